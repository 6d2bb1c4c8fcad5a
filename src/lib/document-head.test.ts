import { describe, expect, it } from 'vitest';
import { applyHeadTags, headTagsHtml } from './document-head';
import type { HeadTag } from './page-meta';

const tags: HeadTag[] = [
  { title: '楊蜀談「開源」<與> & 閉源' },
  { name: 'description', content: 'He said "yes" & <no>' },
  { property: 'og:title', content: '開源' },
  { tagName: 'link', rel: 'canonical', href: 'https://example.org/a?b=1&c=2' },
];

describe('a page’s head tags', () => {
  it('are written escaped into the prerendered page', () => {
    expect(headTagsHtml(tags)).toBe(
      '<title>楊蜀談「開源」&lt;與&gt; &amp; 閉源</title>' +
        '<meta name="description" content="He said &quot;yes&quot; &amp; &lt;no&gt;" data-page-head>' +
        '<meta property="og:title" content="開源" data-page-head>' +
        '<link rel="canonical" href="https://example.org/a?b=1&amp;c=2" data-page-head>',
    );
  });

  it('replace the previous page’s tags, and leave the document’s own alone', () => {
    const element = (name: string, attributes: Record<string, string>) => {
      const made = document.createElement(name);
      for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
      return made;
    };
    document.head.replaceChildren(
      element('meta', { charset: 'utf-8' }),
      element('title', {}),
      element('link', { rel: 'icon', href: '/favicon.svg' }),
    );
    // The previous page's tags.
    applyHeadTags(document, [
      { title: 'old' },
      { name: 'description', content: 'old' },
      { tagName: 'link', rel: 'canonical', href: 'https://example.org/old' },
    ]);
    applyHeadTags(document, tags);
    applyHeadTags(document, tags);
    expect(document.title).toBe('楊蜀談「開源」<與> & 閉源');
    expect(document.head.querySelectorAll('[data-page-head]')).toHaveLength(3);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'He said "yes" & <no>',
    );
    expect(document.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(document.querySelector('meta[charset]')).not.toBeNull();
    expect(document.head.lastElementChild?.getAttribute('rel')).toBe('icon');
  });
});
