// @vitest-environment node
// `DEBATE=<folder> npm run build` builds the whole site for another debate. The three-voices
// fixture (three speakers, two topics) proves nothing in the app assumes two speakers or six
// topics: it is built once, into its own BUILD_DIR, and its pages are read as a host serves them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const SPEAKERS = ['李華', '陳靜', '張偉'];
let buildDir = '';
let client = '';
const page = (route: string) => readFileSync(path.join(client, route, 'index.html'), 'utf8');

beforeAll(() => {
  buildDir = mkdtempSync(path.join(tmpdir(), 'three-voices-site-'));
  client = path.join(buildDir, 'client');
  execFileSync('npm', ['run', 'build'], {
    env: {
      ...process.env,
      DEBATE: 'tests/fixtures/three-voices',
      BUILD_DIR: buildDir,
      SITE_URL: 'https://example.org/',
      BASE_PATH: '',
    },
    stdio: 'pipe',
  });
}, 180_000);

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

it('prerenders a page for every topic, speaker and stance of that debate', () => {
  const speakers = readdirSync(path.join(client, 'speakers')).sort();
  expect(speakers).toEqual(['chen-jing', 'li-hua', 'zhang-wei']);
  for (const topic of ['congestion-charge', 'bike-lanes'])
    for (const speaker of speakers)
      expect(existsSync(path.join(client, 'topics', topic, speaker, 'index.html'))).toBe(true);
  // No page of the bundled debate is left over.
  expect(existsSync(path.join(client, 'topics', 'open-vs-closed'))).toBe(false);
  const sitemap = readFileSync(path.join(client, 'sitemap.xml'), 'utf8');
  expect(sitemap).toContain('<loc>https://example.org/speakers/zhang-wei</loc>');
});

it('names all three speakers on the overview, each topic page and the search page', () => {
  for (const route of ['', 'topics/congestion-charge', 'topics/bike-lanes', 'source'])
    for (const name of SPEAKERS) expect(page(route), `${route}: ${name}`).toContain(name);
  expect(page('topics/congestion-charge')).toContain('<title>擁堵收費：李華、陳靜與張偉的立場');
  expect(page('')).toContain('城市交通論壇(測試用)');
});

it('ships the debate’s own data beside the pages, and its Simplified version', () => {
  const assets = readdirSync(path.join(client, 'assets'));
  const read = (pattern: RegExp) => {
    const file = assets.find((f) => pattern.test(f));
    expect(file, String(pattern)).toBeDefined();
    return readFileSync(path.join(client, 'assets', file!), 'utf8');
  };
  const data = read(/^debate-data-.*\.json$/);
  for (const name of SPEAKERS) expect(data).toContain(name);
  expect(data).not.toContain('蔡恆進');
  const simplified = read(/^_virtual_bundled-debate-hans-.*\.js$/);
  for (const name of ['李华', '陈静', '张伟']) expect(simplified).toContain(name);
});
