import { describe, expect, it } from 'vitest';
import { anchorAt } from './text-anchor';
import { approximateMatches, locateQuote } from './quote-locator';

const source = '甲說:開源是好事。\n乙說:閉源更安全。\n甲又說:開源是好事,但要小心。';

describe('locateQuote', () => {
  it('uses the recorded position when the text there matches', () => {
    const anchor = anchorAt(source, 3, 8);
    expect(locateQuote(source, anchor)).toEqual({
      start: 3,
      end: 8,
      method: 'position',
      errors: 0,
    });
  });

  it('falls back to the exact text, choosing the occurrence whose context fits', () => {
    const later = source.lastIndexOf('開源是好事');
    const anchor = anchorAt(source, later, later + 5);
    const moved = { ...anchor, position: { ...anchor.position, start: 0, end: 5 } };
    expect(locateQuote(source, moved)).toEqual({
      start: later,
      end: later + 5,
      method: 'quote',
      errors: 0,
    });
  });

  it('falls back to a fuzzy match when the source was edited', () => {
    const anchor = anchorAt(source, 13, 19); // 閉源更安全。
    const edited = source.replace('閉源更安全', '閉源更加安全');
    const found = locateQuote(edited, anchor);
    expect(found?.method).toBe('fuzzy');
    expect(edited.slice(found?.start, found?.end)).toContain('閉源更加安全');
  });

  it('gives up on text that is not there', () => {
    const anchor = anchorAt(source, 3, 8);
    expect(
      locateQuote('完全無關的文字', {
        ...anchor,
        quote: { ...anchor.quote, exact: '量子計算的未來' },
      }),
    ).toBeNull();
  });
});

describe('approximateMatches', () => {
  it('finds substrings within the allowed edits', () => {
    expect(approximateMatches('the quick brown fox', 'quack', 1)).toEqual([
      { start: 4, end: 9, errors: 1 },
    ]);
    expect(approximateMatches('the quick brown fox', 'zzzzz', 1)).toEqual([]);
  });
});
