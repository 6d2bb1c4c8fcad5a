const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML a site pastes to embed a page: the <iframe> (at a height that fits most pages
 * until the script sizes it) and the resize script served by this site (public/embed.js).
 */
export function embedSnippet({
  pageUrl,
  scriptUrl,
  title,
}: {
  pageUrl: string;
  scriptUrl: string;
  title: string;
}): string {
  return [
    `<iframe src="${attribute(pageUrl)}" title="${attribute(title)}" width="100%" height="720" style="border:0;max-width:100%" loading="lazy" data-debate-explorer></iframe>`,
    `<script src="${attribute(scriptUrl)}" async></script>`,
  ].join('\n');
}
