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
  cells: StanceCellModel[];
  relation: RelationCellModel | undefined;
}

export interface MatrixModel {
  speakers: Speaker[];
  /** Whether the grid has a relation column (debates of exactly two speakers). */
  hasRelations: boolean;
  rows: MatrixRowModel[];
  /** Grid size including the header row and the topic column. */
  size: { rows: number; cols: number };
}

/** Everything the matrix draws, computed once per debate and speaker order. */
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
  const hasRelations = speakers.length === 2;
  const rows = debate.topics.map((topic): MatrixRowModel => {
    const cells = speakers.map((speaker): StanceCellModel => {
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
      cells,
      relation: relation && {
        kind: relation.kind,
        why: relation.why,
        href: paths.topic(topic.id),
        name: t.relationCellName(topic.heading, t.relationKinds[relation.kind]),
      },
    };
  });
  return {
    speakers,
    hasRelations,
    rows,
    size: { rows: rows.length + 1, cols: speakers.length + 1 + (hasRelations ? 1 : 0) },
  };
}
