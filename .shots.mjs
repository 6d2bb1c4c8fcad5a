import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://127.0.0.1:4381';
const locales = { hant: '', hans: 'script=hans', en: 'lang=en' };
const names = { hant: '引用這個立場', hans: '引用这个立场', en: 'Cite this stance' };
const png = { hant: '矩陣 PNG（2 倍解析度）', hans: '矩阵 PNG（2 倍分辨率）', en: 'Matrix as PNG (2× resolution)' };
for (const [width, tag] of [[1280, 'desktop'], [375, 'phone']]) {
  const ctx = await b.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const p = await ctx.newPage();
  await p.clock.setFixedTime(new Date(2026, 11, 1, 10, 0, 0));
  for (const [loc, q] of Object.entries(locales)) {
    const url = (path) => `${base}${path}${q ? `?${q}` : ''}`;
    await p.goto(url('/topics/inflection-point/cai-hengjin'));
    await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await p.getByRole('button', { name: names[loc] }).click();
    await p.locator('[data-format="csl-json"]').waitFor({ timeout: 90000 });
    await p.screenshot({ path: `/tmp/cite-shots/cite-${loc}-${tag}.png` });
    await p.keyboard.press('Escape');
    await p.emulateMedia({ media: 'print' });
    await p.screenshot({ path: `/tmp/cite-shots/print-${loc}-${tag}.png`, fullPage: true });
    await p.emulateMedia({ media: 'screen' });
    if (tag === 'desktop') {
      await p.goto(url('/'));
      await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      const [d] = await Promise.all([p.waitForEvent('download', { timeout: 60000 }), p.getByRole('button', { name: png[loc] }).click()]);
      await d.saveAs(`/tmp/cite-shots/export-${loc}.png`);
      await p.screenshot({ path: `/tmp/cite-shots/overview-${loc}.png`, fullPage: true });
    }
  }
  await ctx.close();
}
await b.close();
