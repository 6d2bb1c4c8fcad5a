import type { Adjudication, Debate } from './debate-schema.ts';

// What was adjudicated where the readers parted (docs/codebook.md, section 11): counted for
// /about, and each contested item located, for a link to where the page shows it.

export interface ContestedItem {
  key: string;
  /** The topic the item is shown under, and the point, for an item of a point. */
  topicId: string;
  pointId?: string | undefined;
  /** What the item is about, in the debate's words: the topic's heading or the point's claim. */
  title: string;
}

interface Located {
  adjudication: Adjudication<unknown> | undefined;
  item: ContestedItem;
}

function adjudicated(debate: Debate): Located[] {
  const heading = (topicId: string) =>
    debate.topics.find((t) => t.id === topicId)?.heading ?? topicId;
  const relations = debate.relations.map((r) => ({
    adjudication: r.adjudication,
    item: { key: `relation/${r.topicId}`, topicId: r.topicId, title: heading(r.topicId) },
  }));
  const positions = debate.stances.map((s) => ({
    adjudication: s.positionAdjudication,
    item: {
      key: `position/${s.topicId}/${s.speakerId}`,
      topicId: s.topicId,
      title: heading(s.topicId),
    },
  }));
  const points = (debate.points ?? []).flatMap((p) => {
    const item = (key: string) => ({
      key,
      topicId: p.topicIds[0] ?? '',
      pointId: p.id,
      title: p.statement,
    });
    return [
      { adjudication: p.adjudication, item: item(`point/${p.id}`) },
      ...p.answers.map((a) => ({
        adjudication: a.adjudication,
        item: item(`answer/${p.id}/${a.speakerId}`),
      })),
    ];
  });
  return [...relations, ...positions, ...points];
}

export function adjudicationTally(debate: Debate): { decided: number; contested: number } {
  const all = adjudicated(debate);
  const count = (status: string) =>
    all.filter(({ adjudication }) => adjudication?.status === status).length;
  return { decided: count('decided'), contested: count('contested') };
}

/** Every contested item, relations and positions first, then points, once per point. */
export function contestedItems(debate: Debate): ContestedItem[] {
  const seen = new Set<string>();
  return adjudicated(debate)
    .filter(({ adjudication }) => adjudication?.status === 'contested')
    .map(({ item }) => item)
    .filter((item) => {
      const place = item.pointId ?? item.key;
      if (seen.has(place)) return false;
      seen.add(place);
      return true;
    });
}
