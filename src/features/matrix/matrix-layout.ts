import { index } from 'd3-array';
import type { Debate, RelationKind, Speaker, Stance, Topic } from '@/model/debate-schema';
import { findRelation } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import type { Messages } from '@/lib/i18n/messages-zh-hant';
import { encodePosition, type PositionEncoding } from '@/ui/position-encoding';

export interface StanceCellModel {
  speaker: Speaker;
  stance: Stance | undefined;
  encoding: PositionEncoding | undefined;
  href: string;
  /** The accessible name: who, which topic, which stance. */
  name: string;
}

export interface RelationCellModel {
  kind: RelationKind;
  why: string;
  href: string;
  name: string;
}

export interface MatrixRowModel {
  topic: Topic;
  href: string;
  relation: RelationCellModel | undefined;
}

export interface MatrixModel {
  speakers: Speaker[];
  topics: Topic[];
  /** Whether the grid has a relation column (debates of exactly two speakers). */
  hasRelations: boolean;
  /** Grid size including the header row and the topic column. */
  size: { rows: number; cols: number };
  /** The row of topics[topic]. */
  row: (topic: number) => MatrixRowModel;
  /** The cell of speakers[speaker] on topics[topic]. */
  cell: (topic: number, speaker: number) => StanceCellModel;
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`no item ${i} of ${items.length}`);
  return item;
}

/** Computes each value the first time it is asked for, then remembers it. */
function memoised<T>(compute: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
}

/**
 * Everything the matrix draws, per debate and speaker order. Rows and cells are computed
 * when first drawn: a debate of thousands of stances draws only the few in view, and
 * naming and colouring every cell up front would cost more than drawing them.
 */
export function layoutMatrix(
  debate: Debate,
  speakers: Speaker[],
  t: Messages,
  nameOf: (speaker: Speaker) => string,
): MatrixModel {
  const stances = index(
    debate.stances,
    (s) => s.topicId,
    (s) => s.speakerId,
  );
  const { topics } = debate;
  const hasRelations = speakers.length === 2;
  const row = memoised((ti): MatrixRowModel => {
    const topic = at(topics, ti);
    const relation = hasRelations
      ? findRelation(
          debate,
          topic.id,
          speakers.map((s) => s.id),
        )
      : undefined;
    return {
      topic,
      href: paths.topic(topic.id),
      relation: relation && {
        kind: relation.kind,
        why: relation.why,
        href: paths.topic(topic.id),
        name: t.relationCellName(topic.heading, t.relationKinds[relation.kind]),
      },
    };
  });
  const cell = memoised((key): StanceCellModel => {
    const topic = at(topics, Math.floor(key / speakers.length));
    const speaker = at(speakers, key % speakers.length);
    const stance = stances.get(topic.id)?.get(speaker.id);
    const encoding = stance && encodePosition(stance.position, topic, t);
    return {
      speaker,
      stance,
      encoding,
      href: paths.stance(topic.id, speaker.id),
      name: t.cellName(
        nameOf(speaker),
        topic.heading,
        stance?.label ?? t.positionStates['not-addressed'],
        encoding?.description ?? t.positionStates['not-addressed'],
      ),
    };
  });
  return {
    speakers,
    topics,
    hasRelations,
    size: { rows: topics.length + 1, cols: speakers.length + 1 + (hasRelations ? 1 : 0) },
    row,
    cell: (ti, si) => cell(ti * speakers.length + si),
  };
}
