import { index } from 'd3-array';
import type { Debate, RelationKind, Speaker, Stance, Topic } from '@/model/debate-schema';
import { findRelation, positionGap } from '@/model/debate-queries';
import { paths, withRowOrder } from '@/lib/paths';
import type { Messages } from '@/lib/i18n/messages-zh-hant';
import { codedRange } from '@/model/coded-items';
import { describeValue, encodePosition, type PositionEncoding } from '@/ui/position-encoding';
import {
  layoutSharedAxis,
  type AxisPlacement,
  type SharedAxisLayout,
} from '@/ui/position-axis-layout';
import { markLetters } from '@/ui/speaker-mark';
import { axisShownText } from './axis-cell-text';
import { disagreementOrder, type MatrixOrder } from './matrix-order';
import { countEvidence } from './stance-evidence';

export interface StanceCellModel {
  speaker: Speaker;
  stance: Stance | undefined;
  encoding: PositionEncoding | undefined;
  href: string;
  /** The accessible name: who, which topic, which stance, on what evidence. */
  name: string;
}

/** The topic's shared axis: every speaker's position on it, and the gap between them. */
export interface AxisCellModel {
  layout: SharedAxisLayout;
  /** Speakers (by index) with no place on the axis, and why. */
  unplaced: { speaker: number; state: 'not-addressed' | 'unclear' }[];
  /** The gap in words, shown under the axis; none in a one-speaker debate. */
  caption: string | undefined;
  href: string;
  /** Every speaker's position and the gap, in words. */
  name: string;
}

export interface RelationCellModel {
  kind: RelationKind;
  /** Whether the readers left the relation contested (docs/codebook.md, section 11). */
  contested: boolean;
  why: string;
  href: string;
  name: string;
}

export interface MatrixRowModel {
  topic: Topic;
  href: string;
  relation: RelationCellModel | undefined;
  axis: AxisCellModel;
}

export interface MatrixModel {
  speakers: Speaker[];
  topics: Topic[];
  /** Whether the grid has a relation column (debates of exactly two speakers). */
  hasRelations: boolean;
  /** The letter in each speaker's mark, where marks are large enough for one. */
  initials: string[] | undefined;
  /** The grid columns of the shared axis and of the relation (the latter only with relations). */
  axisCol: number;
  relationCol: number;
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

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/**
 * Everything the matrix draws, per debate, speaker order and row order. Rows and cells are computed
 * when first drawn: a debate of thousands of stances draws only the few in view, and
 * naming and colouring every cell up front would cost more than drawing them.
 */
export function layoutMatrix(
  debate: Debate,
  speakers: Speaker[],
  t: Messages,
  nameOf: (speaker: Speaker) => string,
  order: MatrixOrder = 'article',
): MatrixModel {
  const stances = index(
    debate.stances,
    (s) => s.topicId,
    (s) => s.speakerId,
  );
  const hasRelations = speakers.length === 2;
  const speakerIds = speakers.map((s) => s.id);
  const relationOf = (topic: Topic) =>
    hasRelations ? findRelation(debate, topic.id, speakerIds) : undefined;
  const placedValues = (topic: Topic) =>
    speakers.flatMap((speaker) => {
      const position = stances.get(topic.id)?.get(speaker.id)?.position;
      return position?.state === 'placed' ? [position.value] : [];
    });
  const topics =
    order === 'disagreement'
      ? disagreementOrder(
          debate.topics.map((topic) => ({
            gap: positionGap(placedValues(topic)),
            relation: relationOf(topic)?.kind,
          })),
        ).map((i) => at(debate.topics, i))
      : debate.topics;
  const link = (path: string) => withRowOrder(path, order);
  const initials = markLetters(speakers.map(nameOf));

  function axisCell(topic: Topic): AxisCellModel {
    const placements: AxisPlacement[] = [];
    const unplaced: AxisCellModel['unplaced'] = [];
    const words = speakers.map((speaker, si) => {
      const position = stances.get(topic.id)?.get(speaker.id)?.position;
      if (position?.state !== 'placed') {
        const state = position?.state ?? 'not-addressed';
        unplaced.push({ speaker: si, state });
        return t.axisUnplaced(nameOf(speaker), t.positionStates[state]);
      }
      const range = codedRange(debate.codings ?? [], topic.id, speaker.id) as
        | AxisPlacement['range']
        | undefined;
      placements.push({ speaker: si, value: position.value, range });
      const { description } = encodePosition(position, topic, t);
      const placed = t.axisPlaced(nameOf(speaker), description, signed(position.value));
      return range
        ? placed +
            t.parenthetical(
              t.readings.codedRange(
                describeValue(range.min, topic, t),
                describeValue(range.max, topic, t),
              ),
            )
        : placed;
    });
    const gap = positionGap(placements.map((p) => p.value));
    const caption =
      gap !== undefined
        ? t.axisGap(gap, placements.length)
        : speakers.length > 1
          ? t.axisNoGapShort
          : undefined;
    // The short caption is shown; the name spells out what it abbreviates.
    const gapWords = gap === undefined && speakers.length > 1 ? [t.axisNoGap] : [];
    const layout = layoutSharedAxis(placements);
    const shown = axisShownText(layout, unplaced, caption, initials, (s) => t.positionStates[s]);
    return {
      layout,
      unplaced,
      caption,
      href: link(paths.topic(topic.id)),
      name: t.axisCellName(topic.heading, shown, [...words, ...gapWords].join(t.axisJoin)),
    };
  }

  const row = memoised((ti): MatrixRowModel => {
    const topic = at(topics, ti);
    const relation = relationOf(topic);
    return {
      topic,
      href: link(paths.topic(topic.id)),
      relation: relation && {
        kind: relation.kind,
        contested: relation.adjudication?.status === 'contested',
        why: relation.why,
        href: link(paths.topic(topic.id)),
        name: t.relationCellName(
          topic.heading,
          relation.adjudication?.status === 'contested'
            ? `${t.relationKinds[relation.kind]}${t.axisJoin}${t.readings.contested}`
            : t.relationKinds[relation.kind],
        ),
      },
      axis: axisCell(topic),
    };
  });
  const cell = memoised((key): StanceCellModel => {
    const topic = at(topics, Math.floor(key / speakers.length));
    const speaker = at(speakers, key % speakers.length);
    const stance = stances.get(topic.id)?.get(speaker.id);
    const encoding = stance && encodePosition(stance.position, topic, t);
    const name = t.cellName(
      nameOf(speaker),
      topic.heading,
      stance?.label ?? t.positionStates['not-addressed'],
      encoding?.description ?? t.positionStates['not-addressed'],
    );
    // A stance not addressed has no quotes by definition; saying so again adds nothing.
    const addressed = stance && stance.position.state !== 'not-addressed';
    return {
      speaker,
      stance,
      encoding,
      href: link(paths.stance(topic.id, speaker.id)),
      name: addressed ? t.withEvidence(name, t.evidence(countEvidence(stance.quotes))) : name,
    };
  });
  const axisCol = speakers.length + 1;
  return {
    speakers,
    topics,
    hasRelations,
    initials,
    axisCol,
    relationCol: axisCol + 1,
    size: { rows: topics.length + 1, cols: axisCol + 1 + (hasRelations ? 1 : 0) },
    row,
    cell: (ti, si) => cell(ti * speakers.length + si),
  };
}
