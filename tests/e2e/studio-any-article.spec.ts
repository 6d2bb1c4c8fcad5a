import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectText } from './select-source-text';

// An invented interview in Simplified Chinese, as a transcript: each answer opens with the
// speaker's name and a full-width colon, and no quotation marks anywhere.
const transcript = [
  '停车问题访谈',
  '主持人：市中心的停车位够不够？',
  '林晓澜：停车位太少了，应该多建停车场。',
  '王建国：我不同意，应该先发展公交。',
].join('\n');

async function fill(page: Page, label: string, value: string, nth = 0) {
  await page.getByLabel(label, { exact: true }).nth(nth).fill(value);
}

const problems = (page: Page) =>
  page.getByRole('region', { name: /problem/ }).getByRole('listitem');

test('a Simplified transcript with Name： answers becomes a checked debate with direct speech', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/studio?lang=en');
  await page.getByLabel('Paste the source text').fill(transcript);
  await page.getByRole('button', { name: 'Start from this text' }).click();

  // The script is taken from the text.
  await expect(page.getByLabel('Language of the source')).toHaveValue('zh-Hans');

  // An empty draft's messages name fields in words: no JSON path, no schema wording.
  await expect(problems(page).first()).toBeVisible();
  const said = await problems(page).allTextContents();
  expect(said.length).toBeGreaterThan(5);
  for (const text of said) {
    expect(text).not.toMatch(/Invalid input|\[\d+\]|\w+\.\w+:/);
    expect(text).toMatch(/: .+/);
  }
  expect(said).toContain('The debate: the title is required: fill it in.');

  for (const [label, value] of [
    ['Id (kebab-case)', 'parking-talk'],
    ['Title', '停车问题访谈'],
    ['Outlet', '测试'],
    ['Column', '测试栏目'],
    ['Programme', '测试节目'],
    ['Interviewer', '主持人'],
    ['Author', '测试作者'],
    ['Published (period)', '不详'],
    ['Note on the date', '为测试而写。'],
  ] as const)
    await fill(page, label, value);

  // The names are typed in Traditional; the transcript writes them in Simplified.
  for (const [i, id, name] of [
    [0, 'lin-xiaolan', '林曉瀾'],
    [1, 'wang-jianguo', '王建國'],
  ] as const) {
    await page.getByRole('button', { name: 'Add a speaker' }).click();
    await fill(page, 'Id (kebab-case)', id, 1 + i);
    await fill(page, 'Name (Traditional)', name, i);
    await fill(page, 'Introduction, verbatim', name, i);
    await fill(page, 'Role', '市民', i);
  }
  await page.getByRole('button', { name: 'Add a topic' }).click();
  await fill(page, 'Id (kebab-case)', 'parking', 3);
  await fill(page, 'Heading, verbatim', '停车问题访谈');
  await fill(page, 'Subheading, verbatim', '市中心的停车位够不够？');
  await fill(page, 'Question', '市中心该不该多建停车场？');
  await fill(page, 'Left pole', '少建');
  await fill(page, 'Right pole', '多建');

  for (const [words, speaker] of [
    ['停车位太少了，应该多建停车场。', '林曉瀾'],
    ['我不同意，应该先发展公交。', '王建國'],
  ] as const) {
    await selectText(page, words);
    await page.getByLabel('Speaker', { exact: true }).first().selectOption({ label: speaker });
    await page.getByRole('button', { name: 'Add quote' }).click();
  }
  // Words after the speaker's own label are taken as direct speech.
  for (const nth of [0, 1])
    await expect(page.getByLabel('Kind', { exact: true }).nth(nth)).toHaveValue('direct');
  // The scale's ends are the topic's poles.
  await expect(
    page.getByLabel('Where it sits', { exact: true }).first().locator('option'),
  ).toHaveText(['-2 (少建)', '-1', '0', '1', '2 (多建)']);

  for (const [i, label] of [
    [0, '多建停车场'],
    [1, '先发展公交'],
  ] as const) {
    await fill(page, 'Label', label, i);
    await fill(page, 'Summary', `${label}。`, i);
    await fill(page, 'Rationale', `${label}的理由。`, i);
  }
  await expect(page.getByRole('heading', { name: 'No problems' })).toBeVisible();

  // A new relation comes with no kind chosen, and the checks ask for one.
  await page.locator('summary', { hasText: /^Relations$/ }).click();
  await page.getByRole('button', { name: 'Add a relation' }).click();
  const kind = page.getByLabel('Relation', { exact: true });
  await expect(kind).toHaveValue('');
  await expect(kind.locator('option:checked')).toHaveText('Choose…');
  await expect(page.getByRole('heading', { name: 'No problems' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove Relation 1' }).click();
  await expect(page.getByRole('heading', { name: 'No problems' })).toBeVisible();

  // The exported folder passes check-data, and says the source is Simplified.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the folder (.zip)' }).first().click(),
  ]);
  const out = mkdtempSync(path.join(tmpdir(), 'studio-simplified-'));
  for (const [name, bytes] of Object.entries(
    unzipSync(new Uint8Array(readFileSync(await download.path()))),
  ))
    writeFileSync(path.join(out, path.basename(name)), bytes);
  expect(JSON.parse(readFileSync(path.join(out, 'debate.json'), 'utf8')).language).toBe('zh-Hans');
  expect(
    execFileSync('npx', ['tsx', 'scripts/check-data.ts', out], { encoding: 'utf8' }),
  ).toContain(': clean (');
});

test('a text over the source cap is refused with its length, before it is opened', async ({
  page,
}) => {
  await page.goto('/studio?lang=en');
  const huge = 'x'.repeat(5_000_001);
  await page.getByLabel('Or open a .txt file').setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(huge),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'The text has 5,000,001 characters, over the studio’s cap of 5,000,000: split it, and make a debate of each part.',
  );
  await expect(page).not.toHaveURL(/draft=/);
});
