import { describe, expect, it } from 'vitest';
import type { Debate, Point, PointRelation } from './debate-schema';
import { countsByTopic, pointSections, relationCounts } from '@/model/point-sections';

const point = (id: string, relation: PointRelation, topicIds: string[]): Point => ({
  id,
  statement: id,
  topicIds,
  answers: [],
  relation,
  why: 'why',
});

const points = [
  point('a', 'differ', ['t1']),
  point('b', 'agree', ['t1', 't2']),
  point('c', 'one-speaks', ['t2']),
  point('d', 'differ', ['t2']),
];

describe('the sections of /compare', () => {
  it('group points by relation, agreement first, keeping the data’s order within a group', () => {
    expect(pointSections(points).map((s) => [s.relation, s.points.map((p) => p.id)])).toEqual([
      ['agree', ['b']],
      ['partly-agree', []],
      ['differ', ['a', 'd']],
      ['one-speaks', ['c']],
    ]);
  });

  it('count points per relation, and per topic (a point in two topics counts in both)', () => {
    expect(relationCounts(points)).toEqual({
      agree: 1,
      'partly-agree': 0,
      differ: 2,
      'one-speaks': 1,
    });
    const debate = { topics: [{ id: 't1' }, { id: 't2' }], points } as unknown as Debate;
    expect(
      countsByTopic(debate).map((row) => [row.topic.id, row.counts.differ, row.counts.agree]),
    ).toEqual([
      ['t1', 1, 1],
      ['t2', 1, 1],
    ]);
  });
});
