import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../scripts/page-html.ts';

// index.html as `vite build` writes it.
const template = `<!doctype html>
<html lang="zh-Hant">
  <head>
    <meta charset="utf-8" />
    <!--reading-negotiation-->
    <!--page-head-->
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head>
  <body>
    <div id="root"><!--page-body--></div>
  </body>
</html>`;

const parts = {
  head: '<title>頁</title>',
  body: '<main>立場</main>',
  pageModules: ['/assets/source-4.js'],
  reading: 'zh-hant',
  lang: 'zh-Hant',
  explicit: false,
  dataUrls: {
    'zh-hant': '/assets/debate-data-zh-hant-5.json',
    en: '/assets/debate-data-en-6.json',
  },
};
const css = 'main{color:#000}';
const readAsset = (url: string) => {
  if (url !== '/assets/index-3.css') throw new Error(`unexpected ${url}`);
  return css;
};
const bootstrapOf = (html: string) =>
  /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('a prerendered page', () => {
  const html = pageHtml(template, parts, readAsset);

  it('carries its head tags, the app’s HTML and its stylesheet inline', () => {
    expect(html).toContain('<meta charset="utf-8" />\n    \n    <title>頁</title>');
    expect(html).toContain('<div id="root" data-reading="zh-hant"><main>立場</main></div>');
    expect(html).toContain(`<style>${css}</style>`);
    // The stylesheet's link stays only as a disabled marker (never fetched) for Vite's loader.
    expect(html).toContain('<link rel="stylesheet" href="/assets/index-3.css" disabled>');
    expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*\bdisabled>)/);
    expect(html).not.toMatch(/<link rel="modulepreload"/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it('asks for its scripts and data only after the first contentful paint', () => {
    const script = bootstrapOf(html);
    const waits = script.indexOf('first-contentful-paint');
    expect(waits).toBeGreaterThan(-1);
    for (const request of [
      '["/assets/vendor-2.js"]',
      'fetch("/assets/debate-data-zh-hant-5.json")',
      'import("/assets/source-4.js")',
      'import("/assets/index-1.js")',
    ])
      expect(script.indexOf(request), request).toBeGreaterThan(waits);
    // The app's entry comes last: the page's own code is already on its way.
    expect(script.trim().endsWith('import("/assets/index-1.js");')).toBe(true);
  });

  it('marks the static host’s not-found page, which hydrates as prerendered', () => {
    expect(pageHtml(template, { ...parts, fallback: true }, readAsset)).toContain(
      '<div id="root" data-reading="zh-hant" data-fallback><main>立場</main></div>',
    );
  });

  it('names the path it was prerendered for, so the app can tell when a host serves it elsewhere', () => {
    expect(pageHtml(template, { ...parts, path: '/topics/a"b' }, readAsset)).toContain(
      '<div id="root" data-path="/topics/a&quot;b" data-reading="zh-hant"><main>立場</main></div>',
    );
  });

  it('is in its reading, and only at a default address sends a reader on before anything else', () => {
    const english = { ...parts, reading: 'en', lang: 'en', explicit: true };
    const en = pageHtml(template, english, readAsset);
    expect(en).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(en).toContain('<div id="root" data-reading="en" data-explicit>');
    expect(en).not.toContain('location.replace');
    // The English page asks for its own reading's data first.
    expect(bootstrapOf(en)).toContain('fetch("/assets/debate-data-en-6.json")');
    const negotiation = 'location.replace("/en/")';
    const home = pageHtml(template, { ...parts, negotiation }, readAsset);
    expect(home).toContain(`<meta charset="utf-8" />\n    <script>${negotiation}</script>\n`);
    expect(() => pageHtml(template, { ...parts, reading: 'fr' }, readAsset)).toThrow(
      /no debate data for the reading fr/,
    );
  });

  it('keeps `$` sequences in the app’s HTML as they are', () => {
    const body = '<p>$& $1 $$</p>';
    expect(pageHtml(template, { ...parts, body }, readAsset)).toContain(body);
  });

  it('fails the build when the template or the stylesheet is not as expected', () => {
    expect(() =>
      pageHtml(template.replace(/<script[^>]*><\/script>/, ''), parts, readAsset),
    ).toThrow(/no module script/);
    expect(() => pageHtml(template.replace('<!--page-head-->', ''), parts, readAsset)).toThrow(
      /page-head, reading-negotiation or page-body placeholder, or <html lang>, is missing/,
    );
    expect(() =>
      pageHtml(template.replace('<!--reading-negotiation-->', ''), parts, readAsset),
    ).toThrow(/placeholder, or <html lang>, is missing/);
    expect(() => pageHtml(template, parts, () => 'a{}</style><script>')).toThrow(
      /cannot be inlined/,
    );
  });
});
