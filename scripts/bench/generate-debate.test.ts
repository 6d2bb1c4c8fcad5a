import { describe, expect, it } from 'vitest';
import { parseDebate } from '@/model/parse-debate';
import { BENCH_SHAPES, generateDebate, STUDIO_SHAPE } from './generate-debate';

describe('generateDebate', () => {
  it('makes debates the app accepts, every quote anchored in the source', () => {
    for (const shape of [BENCH_SHAPES[10]!, BENCH_SHAPES[100]!, { speakers: 3, topics: 7 }]) {
      const { debate, source } = generateDebate(shape);
      const result = parseDebate(JSON.parse(JSON.stringify(debate)), source);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(debate.stances).toHaveLength(shape.speakers * shape.topics);
    }
  });

  it('pads the studio’s draft to 50,000 characters, every quote still where it was', () => {
    const { debate, source } = generateDebate(STUDIO_SHAPE, 1, { sourceLength: 50_000 });
    expect(source.length).toBeGreaterThanOrEqual(50_000);
    expect(debate.stances.flatMap((s) => s.quotes).length).toBeGreaterThanOrEqual(500);
    const result = parseDebate(JSON.parse(JSON.stringify(debate)), source);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is deterministic for a seed and varies with it', () => {
    const shape = { speakers: 4, topics: 6 };
    expect(generateDebate(shape, 7)).toEqual(generateDebate(shape, 7));
    expect(generateDebate(shape, 7)).not.toEqual(generateDebate(shape, 8));
  });

  it('lays out 10 to 10,000 stances, at most 50 speakers wide', () => {
    for (const [stances, shape] of Object.entries(BENCH_SHAPES)) {
      expect(shape.speakers * shape.topics).toBe(Number(stances));
      expect(shape.speakers).toBeLessThanOrEqual(50);
    }
  });
});
