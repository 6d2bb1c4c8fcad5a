import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { layoutSource } from './source-layout';

const source = readFileSync('data/debates/future-talk-deepseek/source.txt', 'utf8');

describe('layoutSource', () => {
  const { paragraphs, unplaced } = layoutSource(bundledDebate, source);

  it('keeps every paragraph, and the text of each, exactly', () => {
    expect(paragraphs).toHaveLength(54);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(source);
  });

  it('maps the six section headings to their topics', () => {
    const headings = paragraphs.filter((p) => p.role === 'heading');
    expect(headings.map((p) => [p.number, p.topic?.id])).toEqual([
      [10, 'inflection-point'],
      [19, 'industry-impact'],
      [25, 'agi-timing'],
      [33, 'open-vs-closed'],
      [40, 'why-a-startup'],
      [47, 'technical-route'],
    ]);
    expect(paragraphs.filter((p) => p.role === 'subheading').map((p) => p.number)).toEqual([
      11, 20, 26, 34, 41, 48,
    ]);
  });

  it('marks every quote once, by its recorded position, and leaves unquoted paragraphs plain', () => {
    const marks = paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.mark ? [s.mark] : [])));
    expect(unplaced).toEqual([]);
    expect(new Set(marks.map((m) => m.quoteId)).size).toBe(37);
    expect(marks.every((m) => m.method === 'position')).toBe(true);
    const plain = paragraphs.filter((p) => p.segments.every((s) => !s.mark)).map((p) => p.number);
    expect(plain).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 21, 35, 42, 51, 52]));
  });
});
