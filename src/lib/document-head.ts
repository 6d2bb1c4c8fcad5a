import type { HeadTag } from './page-meta';

// A page's head tags are written into its prerendered HTML, and replaced as the reader moves
// between pages. The tags carry `data-page-head`, so the page's other head tags stay alone.

const MARK = 'data-page-head';

function attributesOf(tag: HeadTag): [string, string][] {
  if ('title' in tag) return [];
  if ('tagName' in tag)
    return [
      ['rel', tag.rel],
      ...(tag.hreflang === undefined ? [] : [['hreflang', tag.hreflang] as [string, string]]),
      ['href', tag.href],
    ];
  if ('property' in tag)
    return [
      ['property', tag.property],
      ['content', tag.content],
    ];
  return [
    ['name', tag.name],
    ['content', tag.content],
  ];
}

const escaped = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The tags as HTML, for the prerendered page. */
export function headTagsHtml(tags: readonly HeadTag[]): string {
  return tags
    .map((tag) => {
      if ('title' in tag) return `<title>${escaped(tag.title)}</title>`;
      const name = 'tagName' in tag ? 'link' : 'meta';
      const attributes = attributesOf(tag).map(([key, value]) => ` ${key}="${escaped(value)}"`);
      return `<${name}${attributes.join('')} ${MARK}>`;
    })
    .join('');
}

/** Replaces the document's page head tags with `tags`. */
export function applyHeadTags(doc: Document, tags: readonly HeadTag[]) {
  for (const old of doc.head.querySelectorAll(`[${MARK}]`)) old.remove();
  const anchor = doc.head.querySelector('link[rel="icon"]');
  for (const tag of tags) {
    if ('title' in tag) {
      doc.title = tag.title;
      continue;
    }
    const element = doc.createElement('tagName' in tag ? 'link' : 'meta');
    element.setAttribute(MARK, '');
    for (const [key, value] of attributesOf(tag)) element.setAttribute(key, value);
    doc.head.insertBefore(element, anchor);
  }
}
