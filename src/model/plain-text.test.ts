import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterProblem,
  hasMarkup,
  linesWithCharacterProblems,
  plainTextProblem,
  plainTextProblems,
  safeName,
} from './plain-text';

// The regular expression the schema used before: the same language, but quadratic.
const MARKUP = /<\/?[a-z!?][^>]*>/i;

describe('plain-text rules', () => {
  it('find markup exactly where the old regular expression did', () => {
    const pieces = fc.constantFrom('<', '>', '/', 'a', 'Z', '!', '?', '1', ' ', '字', '<a', '</');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(hasMarkup(text)).toBe(MARKUP.test(text));
      }),
    );
  });

  it.each([
    ['a C1 control', 'a\u0085b', 'control'],
    ['a C0 control', 'a\u0007b', 'control'],
    ['a bidi control', 'a\u202Eb', 'bidi'],
    ['a zero-width space', 'a\u200Bb', 'invisible'],
    ['the Hangul filler U+3164', '\u3164', 'invisible'],
    ['a tag character', 'a\uDB40\uDC41', 'invisible'],
    ['a lone high surrogate', 'a\uD800b', 'surrogate'],
    ['a lone low surrogate', 'a\uDC00', 'surrogate'],
    // Issue 25: these broke the SVG and PNG exports.
    ['U+FFFE', 'a\uFFFEb', 'noncharacter'],
    ['U+FFFF', 'a\uFFFF', 'noncharacter'],
    ['U+FDD0', '\uFDD0', 'noncharacter'],
    ['U+10FFFF', 'a\uDBFF\uDFFF', 'noncharacter'],
  ])('refuse %s', (_, text, problem) => {
    expect(characterProblem(text)).toBe(problem);
  });

  it('accept Chinese, emoji, tabs and line feeds', () => {
    expect(plainTextProblem('蔡恆進說：「開源。」😀\t\n3 < 4 and 5 > 2')).toBeUndefined();
  });

  it('accept the characters beside the noncharacters', () => {
    expect(plainTextProblem('\uFFFD\uFDCF\uFDF0 😀 \uD83F\uDFFD')).toBeUndefined();
  });

  it('name every rule a pasted text breaks, not just the first (issue 25)', () => {
    expect(plainTextProblems('\u202Ea\u0007b\uFFFF<b>c</b>')).toEqual([
      'bidi',
      'control',
      'noncharacter',
      'markup',
    ]);
  });

  it('find every line that holds a bad character, with each rule it breaks', () => {
    const text = ['fine', 'a\u202E\u0007', 'fine', '\uDC00 lone', 'b\uFFFE', 'fine'].join('\n');
    expect(linesWithCharacterProblems(text, 10)).toEqual([
      { line: 2, problems: ['bidi', 'control'] },
      { line: 4, problems: ['surrogate'] },
      { line: 5, problems: ['noncharacter'] },
    ]);
    expect(linesWithCharacterProblems(text, 2)).toHaveLength(2);
  });

  it('find the bad lines of a long source in linear time', () => {
    const text = `${'line\n'.repeat(1_000_000)}\u202E\n${'\u0007\n'.repeat(1_000)}`;
    const started = performance.now();
    const found = linesWithCharacterProblems(text, 501);
    expect(found[0]).toEqual({ line: 1_000_001, problems: ['bidi'] });
    expect(found).toHaveLength(501);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('make an echoed name safe and short', () => {
    expect(safeName('a\u202Eb\u0085c.json')).toBe('a\uFFFDb\uFFFDc.json');
    expect(safeName('x'.repeat(60_000))).toBe(`${'x'.repeat(80)}…`);
  });
});
