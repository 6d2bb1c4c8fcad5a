import type { Adjudication, Debate } from './debate-schema.ts';

// What was adjudicated where the readers parted (docs/codebook.md, section 11): counted for
// /about, and each contested item located, for a link to where the page shows it.

export interface ContestedItem {
  key: string;
  /** The topic the item is shown under, and the point, for an item of a point. */
  topicId: string;
  pointId?: string | undefined;
  /** The speaker, for a position. */
  speakerId?: string | undefined;
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
      speakerId: s.speakerId,
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

/**
 * The places whose items were decided or left contested: a point counts once, whatever of it
 * (its relation, an answer) was adjudicated; a contested place is not also counted decided.
 */
export function adjudicationTally(debate: Debate): { decided: number; contested: number } {
  return {
    decided: adjudicatedItems(debate, 'decided').length,
    contested: adjudicatedItems(debate, 'contested').length,
  };
}

/** Each place adjudicated with `status`, relations and positions first, then points. */
export function adjudicatedItems(debate: Debate, status: 'decided' | 'contested'): ContestedItem[] {
  const all = adjudicated(debate);
  const place = (item: ContestedItem) => item.pointId ?? item.key;
  const contested = new Set(
    all.filter((a) => a.adjudication?.status === 'contested').map((a) => place(a.item)),
  );
  const seen = new Set<string>();
  return all
    .filter(({ adjudication }) => adjudication?.status === status)
    .map(({ item }) => item)
    .filter((item) => {
      const at = place(item);
      if (seen.has(at) || (status === 'decided' && contested.has(at))) return false;
      seen.add(at);
      return true;
    });
}
