// @vitest-environment node
// (jsdom's Uint8Array is not the one TextEncoder makes, which fflate's zip would misread.)
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { readDebateFiles } from '@/features/open-debate/read-debate-files';
import { checkMessagesEn } from '@/lib/i18n/check-messages-en';
import { messagesEn } from '@/lib/i18n/messages-en';
import { loadFixtureDebate } from './load-fixture';
import { debateJson, debateZip } from '@/features/studio/export-draft';

const debate = loadFixtureDebate('three-voices');
const source = readFileSync('tests/fixtures/three-voices/source.txt', 'utf8');

it('exports the folder as a zip that "Open a debate…" opens as it was', async () => {
  const zip = debateZip({ debate, source });
  const entries = unzipSync(zip);
  expect(Object.keys(entries).sort()).toEqual([
    'three-voices/debate.json',
    'three-voices/source.txt',
  ]);
  expect(strFromU8(entries['three-voices/source.txt']!)).toBe(source);
  const file = new File([zip as BlobPart], 'three-voices.zip');
  const opened = await readDebateFiles([file], {
    problems: messagesEn.openProblems,
    checks: checkMessagesEn,
  });
  expect(opened.ok && opened.debate).toEqual(debate);
});

it('writes debate.json as the bundled file is written', () => {
  expect(debateJson({ debate, source })).toBe(`${JSON.stringify(debate, null, 2)}\n`);
  expect(JSON.parse(debateJson({ debate, source }))).toEqual(debate);
});
