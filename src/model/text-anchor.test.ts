import { describe, expect, it } from 'vitest';
import { paragraphContaining, paragraphs } from './text-anchor';

/** The definition: the line that holds the whole span, found among all the lines. */
const byDefinition = (source: string, start: number, end: number) =>
  paragraphs(source).find((p) => start >= p.start && end <= p.start + p.text.length);

describe('paragraphContaining', () => {
  it('finds the line of every span, as splitting the source into lines would', () => {
    for (const source of ['\n甲乙\n\n丙丁戊\n', '甲「乙」丙\n丁', '', '\n', '甲']) {
      for (let start = 0; start <= source.length; start++)
        for (let end = start; end <= source.length; end++) {
          const found = paragraphContaining(source, start, end);
          const expected = byDefinition(source, start, end);
          expect(found && { ...found, index: found.index }, `${start}–${end}`).toEqual(expected);
        }
    }
  });

  it('answers nothing for a span outside the source', () => {
    expect(paragraphContaining('甲乙', 1, 3)).toBeUndefined();
    expect(paragraphContaining('甲乙', -1, 1)).toBeUndefined();
  });
});
