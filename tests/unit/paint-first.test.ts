import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { deferBootstrap, paintFirst } from '../../scripts/paint-first.mjs';

// The bootstrap as React Router 7.18 writes it into a prerendered page.
const bootstrap = `import "/assets/manifest-1.js";
import * as route0 from "/assets/root-2.js";
import * as route1 from "/assets/stance-3.js";
  window.__reactRouterRouteModules = {"root":route0,"routes/stance":route1};
import("/assets/entry.client-4.js");`;

describe('paint-first', () => {
  it('imports the same modules, in the same order, only after the first contentful paint', () => {
    const deferred: string = deferBootstrap(bootstrap, 'page.html');
    expect(deferred).not.toMatch(/^import /m);
    const waits = deferred.indexOf('first-contentful-paint');
    const imports = [...deferred.matchAll(/await import\(("[^"]+")\)/g)].map((m) => m[1]);
    expect(imports).toEqual([
      '"/assets/manifest-1.js"',
      '"/assets/root-2.js"',
      '"/assets/stance-3.js"',
    ]);
    expect(waits).toBeGreaterThan(-1);
    expect(waits).toBeLessThan(deferred.indexOf('await import'));
    expect(deferred).toContain('const [, route0, route1] = [');
    expect(deferred).toContain('window.__reactRouterRouteModules = {"root":route0');
    expect(deferred.trim().endsWith('import("/assets/entry.client-4.js");')).toBe(true);
  });

  it('fails the build when React Router changes how its bootstrap looks', () => {
    expect(() => deferBootstrap('import("/assets/entry.client-4.js");', 'page.html')).toThrow(
      /page\.html: React Router's bootstrap script has an unexpected shape/,
    );
    expect(() => paintFirst('/nowhere', '<html><body></body></html>', 'page.html')).toThrow(
      /page\.html: no React Router bootstrap script found/,
    );
  });

  it('inlines the stylesheet, moves the data out, and fetches both after the paint', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'paint-first-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'assets', 'root-5.css'), 'body{color:#222}');
    const data = '[{"_1":2},"loaderData",{"title":"拐點\u003c"}]\n';
    const html = [
      '<head><link rel="modulepreload" href="/debate/assets/entry.client-4.js"/>',
      '<link rel="stylesheet" href="/debate/assets/root-5.css"/></head><body>',
      `<script type="module" async="">${bootstrap}</script>`,
      `<script>window.__reactRouterContext.streamController.enqueue(${JSON.stringify(data)});</script>`,
      '<script>window.__reactRouterContext.streamController.close();</script></body>',
    ].join('');
    const page: string = paintFirst(root, html, 'page.html');
    expect(page).toContain(
      '<style>body{color:#222}</style><link rel="stylesheet" href="/debate/assets/root-5.css" media="print"/>',
    );
    // Nothing but the page itself is fetched before the first paint.
    expect(page).not.toContain('<link rel="modulepreload"');
    expect(page).not.toContain('streamController.enqueue(');
    const dataFile = readdirSync(path.join(root, 'assets')).find((f) =>
      f.startsWith('route-data-'),
    );
    expect(readFileSync(path.join(root, 'assets', dataFile!), 'utf8')).toBe(data);
    const script = page.slice(page.indexOf('<script'));
    const painted = script.indexOf('first-contentful-paint');
    expect(script.indexOf('["/debate/assets/entry.client-4.js"]')).toBeGreaterThan(painted);
    expect(script.indexOf(`fetch("/debate/assets/${dataFile}")`)).toBeGreaterThan(painted);
  });
});
