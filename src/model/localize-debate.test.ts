import { expect, it } from 'vitest';
import { bundledDebate } from './bundled-debate';
import { debateInEnglish, withoutEnglish } from './localize-debate';

const hasEnglishKey = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasEnglishKey)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([key, inner]) => key === 'en' || hasEnglishKey(inner))
      : false;

it('leaves the English and the coders’ reasons out of what the pages hydrate with, and nothing else', () => {
  expect(hasEnglishKey(bundledDebate)).toBe(true);
  const chinese = withoutEnglish(bundledDebate);
  expect(hasEnglishKey(chinese)).toBe(false);
  // Taking the English away changes no Chinese text and no structure.
  const strip = (_key: string, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'en'))
      : value;
  const { codings, ...rest } = chinese;
  expect(JSON.parse(JSON.stringify({ ...bundledDebate, codings: undefined }, strip))).toEqual(rest);
  // The codings keep every code, and lose the reasons only the adjudication needed.
  const codes = (value: unknown) =>
    JSON.parse(
      JSON.stringify(value, (key, inner: unknown) =>
        ['reason', 'evidence', 'note'].includes(key) ? undefined : inner,
      ),
    ) as unknown;
  expect(codings).toEqual(codes(bundledDebate.codings));
  expect(JSON.stringify(codings)).not.toMatch(/"reason"/);
  expect(JSON.stringify(chinese).length).toBeLessThan(JSON.stringify(bundledDebate).length * 0.8);
  // Without English a debate stays in Chinese for an English reader.
  expect(debateInEnglish(chinese)).toBe(chinese);
});
