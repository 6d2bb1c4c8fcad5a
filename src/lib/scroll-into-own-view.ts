/**
 * `element.scrollIntoView`, but within this document only. In a frame the browser's own
 * scrollIntoView also scrolls every page that frames it, and an embed (`?embed=1`) never
 * moves the page of the site that embeds it (issue 25). Framed, this scrolls just the frame's
 * own viewport, which embed.js sizes to the content, so usually nothing moves at all.
 */
export function scrollIntoOwnView(
  element: Element,
  {
    block = 'start',
    behavior = 'auto',
  }: { block?: 'start' | 'center'; behavior?: ScrollBehavior } = {},
): void {
  if (window.parent === window) {
    element.scrollIntoView({ block, behavior });
    return;
  }
  const rect = element.getBoundingClientRect();
  const offset =
    block === 'center' ? rect.top + rect.height / 2 - window.innerHeight / 2 : rect.top;
  window.scrollTo({ top: window.scrollY + offset, behavior });
}
