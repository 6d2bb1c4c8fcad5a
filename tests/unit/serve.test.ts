import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

// scripts/serve.mjs, which `npm start` and the benchmark use, compresses text as static
// hosts do, so what the benchmark measures is what a deployed site sends.
const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
const page = `<!doctype html><title>t</title>${'<p>立場矩陣</p>'.repeat(200)}`;
writeFileSync(path.join(root, 'index.html'), page);
writeFileSync(path.join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
const port = 4600 + Math.floor(Math.random() * 300);
let server: ChildProcess;

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    env: { ...process.env, SERVE_ROOT: root },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout?.on('data', () => resolve()));
});
afterAll(() => void server.kill());

const get = (file: string, acceptEncoding: string) =>
  fetch(`http://127.0.0.1:${port}/${file}`, { headers: { 'Accept-Encoding': acceptEncoding } });

it('sends pages with brotli or gzip, as the browser accepts, and the same text', async () => {
  for (const [accepted, sent] of [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
  ]) {
    const response = await get('', accepted!);
    expect(response.headers.get('content-encoding')).toBe(sent);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(page));
    expect(await response.text()).toBe(page);
  }
});

it('sends text uncompressed to a client that asks for nothing, and never compresses images', async () => {
  const plain = await get('', 'identity');
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toBe(page);
  const image = await get('icon.png', 'gzip, br');
  expect(image.headers.get('content-encoding')).toBeNull();
});

it('answers a link that can name no file, such as a broken percent-encoding, with the not-found page', async () => {
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>找不到這個頁面</title>');
  for (const link of [
    'topics/%E0%A4%A',
    'speakers/%',
    'topics/..%2F..%2Fetc%2Fpasswd',
    'a%00b',
    // An encoded slash, and a dot in the last segment, are links like any other.
    'topics/%2F%2Fevil.example',
    'topics/a.b',
    // An encoded slash names no file, even where the decoded path would.
    '%2Findex.html',
  ]) {
    const response = await get(link, 'identity');
    expect(response.status, link).toBe(404);
    expect(await response.text(), link).toContain('找不到這個頁面');
  }
  for (const asset of ['assets/missing.js', 'missing.png', 'missing.json']) {
    const response = await get(asset, 'identity');
    expect(response.status, asset).toBe(404);
    expect(response.headers.get('content-type'), asset).toMatch(/^text\/plain/);
  }
});

it('answers an unknown page under a reading’s folder with that reading’s not-found page', async () => {
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>找不到這個頁面</title>');
  mkdirSync(path.join(root, 'en'), { recursive: true });
  writeFileSync(path.join(root, 'en', '404.html'), '<!doctype html><title>Page not found</title>');
  for (const link of ['en/topics/nope', 'en/nope/', 'en/topics/a.b']) {
    const response = await get(link, 'identity');
    expect(response.status, link).toBe(404);
    expect(await response.text(), link).toContain('Page not found');
  }
  // "english" is no reading's folder: the site's own not-found page.
  expect(await (await get('english/nope', 'identity')).text()).toContain('找不到這個頁面');
});

it('with --spa-fallback, answers unknown pages with index.html and 200, as many hosts do', async () => {
  const spaPort = port + 1;
  const spa = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(spaPort), '--spa-fallback'],
    { env: { ...process.env, SERVE_ROOT: root }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((resolve) => spa.stdout?.on('data', () => resolve()));
    const response = await fetch(`http://127.0.0.1:${spaPort}/topics/no-such-topic`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(page);
    expect((await fetch(`http://127.0.0.1:${spaPort}/assets/missing.js`)).status).toBe(404);
  } finally {
    spa.kill();
  }
});
