import type { Debate, Point, PointRelation, Topic } from './debate-schema';
import { pointsOfTopic } from './debate-queries';

/**
 * The order of /compare's sections. Partly-agree points have a section of their own, between
 * agreement and difference: filed under "agree" they would overstate how far the speakers
 * meet, under "differ" they would read as a clash where no one rejects the other. A reader
 * asking "where exactly do they part?" finds the answer in each point's `why`.
 */
export const SECTION_ORDER: readonly PointRelation[] = [
  'agree',
  'partly-agree',
  'differ',
  'one-speaks',
];

export type RelationCounts = Record<PointRelation, number>;

/** How many of `points` have each relation. */
export function relationCounts(points: readonly Point[]): RelationCounts {
  const counts: RelationCounts = { agree: 0, 'partly-agree': 0, differ: 0, 'one-speaks': 0 };
  for (const point of points) counts[point.relation] += 1;
  return counts;
}

/** `points` grouped by relation, in section order (empty groups included). */
export function pointSections(
  points: readonly Point[],
): { relation: PointRelation; points: Point[] }[] {
  return SECTION_ORDER.map((relation) => ({
    relation,
    points: points.filter((p) => p.relation === relation),
  }));
}

/** Each topic with the counts of its points, in article order. */
export function countsByTopic(debate: Debate): { topic: Topic; counts: RelationCounts }[] {
  return debate.topics.map((topic) => ({
    topic,
    counts: relationCounts(pointsOfTopic(debate, topic.id)),
  }));
}
