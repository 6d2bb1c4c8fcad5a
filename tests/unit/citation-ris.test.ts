import { formatted } from './cite-format';
import { probeItem, QUOTE, STANCE } from './cite-inputs';
import { risRecord } from '@/features/cite/ris';

// RIS's rules, checked on their own: every line is `XX  - value` (two capitals or a capital and
// a digit, two spaces, a hyphen, a space), one line per field, TY first, ER last and once.

function checkRis(record: string) {
  const lines = record.split('\n');
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
  expect(lines.at(-1)).toBe('ER  - ');
  expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith('ER  - '))).toHaveLength(1);
  return lines;
}

test('every citation of the bundled debate is one RIS record, one line per field, in every reading', () => {
  for (const reading of ['zh-Hant', 'zh-Hans', 'en'] as const)
    for (const kind of ['article', 'page'] as const)
      for (const target of [QUOTE, STANCE]) checkRis(formatted(reading, kind, target, 'ris'));
});

test('long titles and URLs are not wrapped', () => {
  const title = '很長的標題'.repeat(40);
  const url = `https://example.org/${'long-path/'.repeat(20)}#quote`;
  const lines = checkRis(risRecord(probeItem({ title, URL: url }), []));
  expect(lines).toContain(`TI  - ${title}`);
  expect(lines).toContain(`UR  - ${url}`);
});

test('probe: a newline and "ER  -" in a field cannot close the record and start another', () => {
  const probe = 'x\nER  - \nTY  - ELEC\nUR  - file:///etc/passwd\nL1  - file:///etc/passwd';
  const lines = checkRis(
    risRecord(
      probeItem({
        title: probe,
        'container-title': `a\r\n${probe}\u2028b`,
        URL: 'https://example.org/',
      }),
      [probe],
    ),
  );
  expect(lines.filter((l) => l.startsWith('UR  - '))).toEqual(['UR  - https://example.org/']);
  expect(lines.some((l) => l.startsWith('L1  - '))).toBe(false);
});

test('the names are "Family, Given" when romanised, whole when Chinese', () => {
  expect(formatted('en', 'article', QUOTE, 'ris')).toMatch(/^AU {2}- Cui, Yuxian$/m);
  expect(formatted('zh-Hant', 'article', QUOTE, 'ris')).toMatch(/^AU {2}- 崔玉賢$/m);
  expect(formatted('zh-Hant', 'page', STANCE, 'ris')).toMatch(/^Y2 {2}- 2026\/12\/15$/m);
});
