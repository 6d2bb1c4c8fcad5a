import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipEchoed, clipText, joinSentences, quoteExcerpt } from './clip-text';

const length = (text: string) => Array.from(text).length;

describe('clipText', () => {
  it('leaves a text that fits as it is', () => {
    expect(clipText('  短短一句。  ', 20)).toBe('短短一句。');
  });

  it('keeps whole sentences where they fit, with their closing quotes', () => {
    const text = '他說「甲乙丙丁。」然後又說了第二句話。第三句話很長很長很長很長。';
    expect(clipText(text, 22)).toBe('他說「甲乙丙丁。」然後又說了第二句話。');
  });

  it('falls back to a clause, then to a hard cut, marking either with an ellipsis', () => {
    expect(clipText('一二三四五六七，八九十一二三四五六七八九十', 12)).toBe('一二三四五六七…');
    expect(clipText('一二三四五六七八九十一二三四五六七八九十', 12)).toBe(
      '一二三四五六七八九十一…',
    );
  });

  it('prefers a clause to a sentence that would leave most of the room empty', () => {
    expect(clipText('短句。一二三四五六七八九十，一二三四五六七八九十', 20)).toBe(
      '短句。一二三四五六七八九十…',
    );
  });

  it('reads a full stop as a sentence end only before a space', () => {
    expect(clipText('Version 4.5 is faster than 4.0 was', 20)).toBe('Version 4.5 is fast…');
    expect(clipText('GPT4.5 is out. It is faster', 25)).toBe('GPT4.5 is out.');
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const clipped = clipText('𠀀'.repeat(200));
    expect(length(clipped)).toBe(160);
    expect(clipped.endsWith('𠀀…')).toBe(true);
  });
});

describe('joinSentences', () => {
  it('ends each part with a full stop unless it has one, and skips empty parts', () => {
    expect(joinSentences(['標題', '', '問題？', 'Done.'])).toBe('標題。問題？Done.');
  });

  it('ends and spaces English sentences as English does', () => {
    const english = { stop: '.', space: ' ' };
    expect(joinSentences(['Open or closed?', 'Cai: open wins', ''], english)).toBe(
      'Open or closed? Cai: open wins.',
    );
  });
});

describe('clipEchoed', () => {
  it('repeats a short text as it is', () => {
    expect(clipEchoed('/topics/agi')).toBe('/topics/agi');
  });

  it('cuts a long text at the limit, in whole characters, and says so', () => {
    const clipped = clipEchoed('𠮷'.repeat(100_000));
    expect(length(clipped)).toBe(121);
    expect(clipped.endsWith('𠮷…')).toBe(true);
  });

  it('drops bidirectional and other control characters', () => {
    expect(clipEchoed('abc\u202Edef\u2066g\u0007h')).toBe('abcdefgh');
  });
});

describe('quoteExcerpt', () => {
  it('keeps a quote that fits whole, unmarked', () => {
    expect(quoteExcerpt(' 開源已回不了頭。 ', 20)).toEqual({
      text: '開源已回不了頭。',
      clipped: false,
    });
  });

  it('cuts after whole sentences, keeping their closing marks', () => {
    expect(quoteExcerpt('他說“甲乙丙丁。”然後又說了第二句話。第三句話很長很長很長。', 20)).toEqual({
      text: '他說“甲乙丙丁。”然後又說了第二句話。',
      clipped: true,
    });
  });

  it('else stops before a clause’s comma, leaving the comma out', () => {
    expect(quoteExcerpt('一二三四五六七,八九十一二三四五六七八九十', 12)).toEqual({
      text: '一二三四五六七',
      clipped: true,
    });
  });

  it('else cuts between characters, but never inside a Latin word or number', () => {
    expect(quoteExcerpt('一二三四五六七八九DeepSeek的影響', 12).text).toBe('一二三四五六七八九');
    expect(quoteExcerpt('一二三四五六七八九十一二三四', 12).text).toBe('一二三四五六七八九十一二');
  });

  it('is always the quote’s own opening words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 4, max: 100 }),
        (text, max) => {
          const { text: excerpt, clipped } = quoteExcerpt(text, max);
          expect(text.trim().startsWith(excerpt)).toBe(true);
          expect(Array.from(excerpt).length).toBeLessThanOrEqual(max);
          expect(clipped).toBe(Array.from(text.trim()).length > max);
        },
      ),
    );
  });
});
