import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COUNT_LIMITS,
  DEPTH_LIMIT,
  FIELD_LIMITS,
  KEY_LIMIT,
  SOURCE_LIMIT,
  checkShape,
} from './debate-limits';
import { parseDebate } from './parse-debate';

const folder = 'data/debates/future-talk-deepseek';
const bundled = JSON.parse(readFileSync(`${folder}/debate.json`, 'utf8')) as Record<
  string,
  unknown
>;
const source = readFileSync(`${folder}/source.txt`, 'utf8');

describe('the caps on an opened debate', () => {
  it('leave the bundled debate far inside them', () => {
    expect(parseDebate(bundled, source).ok).toBe(true);
    expect(source.length * 100).toBeLessThan(SOURCE_LIMIT);
  });

  it('name the cap a field crosses', () => {
    const result = parseDebate({ ...bundled, title: 'x'.repeat(FIELD_LIMITS.title + 1) }, source);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ path: 'title', message: 'a title is at most 300 characters' }),
    ]);
  });

  it('refuse more speakers than the cap before checking any', () => {
    const speakers = Array.from({ length: COUNT_LIMITS.speakers + 1 }, () => ({}));
    const result = parseDebate({ ...bundled, speakers }, source);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ path: 'speakers', message: '101 entries; at most 100' }),
    ]);
  });

  it('refuse an object with more members than the cap, before the schema sees it', () => {
    const wide = Object.fromEntries(Array.from({ length: KEY_LIMIT + 1 }, (_, i) => [`k${i}`, i]));
    const result = parseDebate({ ...bundled, topics: [wide] }, source);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ path: 'topics[0]', message: '201 fields; at most 200' }),
    ]);
  });

  it('refuse more quotes in all than the cap', () => {
    const quotes = Array.from({ length: 5 }, () => ({}));
    const stances = Array.from({ length: COUNT_LIMITS.quotes / 5 + 1 }, () => ({ quotes }));
    const result = parseDebate({ ...bundled, stances }, source);
    expect(!result.ok && result.problems[0]?.message).toBe('100005 quotes; at most 100000');
  });

  it('refuse a source over its cap', () => {
    const result = parseDebate(bundled, source + 'x'.repeat(SOURCE_LIMIT));
    expect(!result.ok && result.problems[0]?.path).toBe('source.txt');
  });

  it('refuse an invisible character in source.txt, naming its line', () => {
    const result = parseDebate(bundled, `${source}\n\u3164`);
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: `source.txt:${source.split('\n').length + 1}`,
      detail: { kind: 'source-text', problem: 'invisible' },
    });
  });

  it('name every bad line of source.txt and every rule a title breaks (issue 25)', () => {
    const lines = source.split('\n').length;
    const result = parseDebate(
      { ...bundled, title: 'a\u202Eb\uFFFF' },
      `${source}\nx\uFFFE\ny\n\u0007z`,
    );
    expect(!result.ok && result.problems.map((p) => [p.path, p.message])).toEqual([
      [`source.txt:${lines + 1}`, expect.stringContaining('(noncharacter)')],
      [`source.txt:${lines + 3}`, expect.stringContaining('(control)')],
      ['title', expect.stringContaining('bidirectional control')],
      ['title', expect.stringContaining('noncharacter')],
    ]);
  });

  it('find nesting past the limit without recursion', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkShape({ speakers: deep })).toEqual({
      kind: 'too-deep',
      path: `speakers${'[0]'.repeat(DEPTH_LIMIT - 1)}`,
      limit: DEPTH_LIMIT,
    });
  });

  it('list the first 500 problems of a huge broken file, and stop there', () => {
    const stances = Array.from({ length: 40_000 }, () => ({ topicId: 7 }));
    const result = parseDebate({ ...bundled, stances }, source);
    expect(!result.ok && result.problems.length).toBe(501);
    expect(!result.ok && result.problems.at(-1)?.detail).toMatchObject({
      kind: 'stopped',
      limit: 500,
    });
  });
});
