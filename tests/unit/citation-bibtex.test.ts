import { bibtexEntry, bibtexText } from '@/features/cite/bibtex';
import { formatted } from './cite-format';
import { probeItem, QUOTE } from './cite-inputs';

// BibTeX's rules, checked on their own: one entry; `name = {value},` fields; braces balanced
// once escaped braces are set aside; no TeX special left unescaped in a value, except in `url`,
// which the url package reads verbatim: there no brace, backslash or space at all.

const ESCAPES = /\\(?:[{}%&$#_]|text(?:backslash|asciicircum|asciitilde)\{\})/g;

function checkBibtex(entry: string) {
  const lines = entry.split('\n');
  expect(lines[0]).toMatch(/^@misc\{[A-Za-z0-9-]+,$/);
  expect(lines.at(-1)).toBe('}');
  expect(entry.match(/^@/gm)).toHaveLength(1);
  for (const line of lines.slice(1, -1)) {
    const [, name, value] = /^ {2}([a-z]+) = \{(.*)\},$/.exec(line) ?? [];
    expect(value, line).toBeDefined();
    if (name === 'url') {
      expect(value, line).toMatch(/^[^\s{}\\]+$/);
      continue;
    }
    const bare = (value ?? '').replace(ESCAPES, '');
    // Only our own braces remain, balanced: a literal name is `{…}` inside the field's braces.
    let depth = 0;
    for (const c of bare) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth, line).toBeGreaterThanOrEqual(0);
    }
    expect(depth, line).toBe(0);
    expect(bare.replace(/[{}]/g, ''), line).not.toMatch(/[\\%&$#_^~]/);
  }
}

test('every citation of the bundled debate is well-formed BibTeX, in every reading', () => {
  for (const reading of ['zh-Hant', 'zh-Hans', 'en'] as const)
    for (const kind of ['article', 'page'] as const)
      checkBibtex(formatted(reading, kind, QUOTE, 'bibtex'));
});

test('probe: a } in a field cannot close it and add a \\url or a whole new entry', () => {
  const probe = 'x}\n\\url{file:///etc/passwd}\n}\n@misc{evil, url={file:///etc/passwd}';
  const entry = bibtexEntry(
    probeItem({ title: probe, author: [{ literal: `崔}${probe}` }], 'container-title': probe }),
    probe,
  );
  checkBibtex(entry);
  expect(entry).not.toMatch(/^\s*url\s*=/m);
  expect(entry).not.toMatch(/\\url\{/);
});

test('TeX specials are escaped and the Chinese kept as it is', () => {
  expect(bibtexText('50% & #1 $x$ ~ ^ _ \\ 網易')).toBe(
    '50\\% \\& \\#1 \\$x\\$ \\textasciitilde{} \\textasciicircum{} \\_ \\textbackslash{} 網易',
  );
  checkBibtex(bibtexEntry(probeItem({ title: '50% & #1 $x$ ~ ^ _ \\ 網易' }), undefined));
});

test('a URL stays a URL: what could end the field is percent-encoded', () => {
  const entry = bibtexEntry(probeItem({ URL: 'https://example.org/a b#c}d{e' }), undefined);
  expect(entry).toContain('  url = {https://example.org/a%20b#c%7Dd%7Be},');
  checkBibtex(entry);
});
