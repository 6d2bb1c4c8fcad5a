import { describe, expect, it } from 'vitest';
import { anchorAt } from './text-anchor';
import { locateQuote } from './quote-locator';

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

describe('fuzzy anchoring', () => {
  const text = '前言。甲說開源更好,因為人人可查。乙說閉源更安全。';
  const quoteAt = (start: number, end: number) => anchorAt(text, start, end);

  it('reports the edits between the quote and the text it found', () => {
    const anchor = quoteAt(text.indexOf('開源更好'), text.indexOf(',因為'));
    const edited = text.replace('開源更好', '開源更加好');
    expect(locateQuote(edited, anchor)).toMatchObject({
      start: edited.indexOf('開源更加好'),
      end: edited.indexOf(',因為'),
      method: 'fuzzy',
      errors: 1,
    });
  });

  it('prefers, of two equally close matches, the one whose context fits', () => {
    const second = text.indexOf('閉源更安全');
    const anchor = quoteAt(second, second + 5);
    // Both places now read 閉源很安全; only the second has the recorded context around it.
    const edited = text.replace('開源更好', '閉源很安全').replace('閉源更安全', '閉源很安全');
    const found = locateQuote(edited, anchor);
    expect(found).toMatchObject({ method: 'fuzzy', errors: 1 });
    expect(found?.start).toBe(edited.lastIndexOf('閉源很安全'));
  });

  it('allows at most a quarter of the quote in edits', () => {
    const anchor = quoteAt(text.indexOf('閉源更安全'), text.indexOf('閉源更安全') + 5);
    // Two of five characters changed: more than a quarter of the quote.
    const edited = text.replace('閉源更安全', '閉門很安全');
    expect(locateQuote(edited, anchor)).toBeNull();
  });
});
