import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterProblem, hasMarkup, plainTextProblem, safeName } from './plain-text';

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
  ])('refuse %s', (_, text, problem) => {
    expect(characterProblem(text)).toBe(problem);
  });

  it('accept Chinese, emoji, tabs and line feeds', () => {
    expect(plainTextProblem('蔡恆進說：「開源。」😀\t\n3 < 4 and 5 > 2')).toBeUndefined();
  });

  it('make an echoed name safe and short', () => {
    expect(safeName('a\u202Eb\u0085c.json')).toBe('a\uFFFDb\uFFFDc.json');
    expect(safeName('x'.repeat(60_000))).toBe(`${'x'.repeat(80)}…`);
  });
});
