import { Link } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { adjudicationTally } from '@/model/adjudication-tally';
import { findRelation, findStance, positionGap } from '@/model/debate-queries';
import type { RelationKind, Topic } from '@/model/debate-schema';
import { relationCounts } from '@/model/point-sections';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { RelationBadge } from '@/ui/relation-badge';

// Most divided first, as the matrix's order by disagreement reads (matrix-order.ts).
const TOPIC_ORDER: readonly RelationKind[] = [
  'differ',
  'partly-agree',
  'one-speaks',
  'different-emphasis',
  'agree',
];

/**
 * /compare's answer to "where do they differ?", before any detail: the topics by how the two
 * relate on each, the points' totals, and how sure the reading is, with a link to the method.
 * Only for two-speaker debates, the ones with relations.
 */
export function CompareDifferences() {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  if (debate.speakers.length !== 2) return null;
  const ids = debate.speakers.map((s) => s.id);
  const byKind = new Map<RelationKind, Topic[]>();
  for (const topic of debate.topics) {
    const kind = findRelation(debate, topic.id, ids)?.kind;
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), topic]);
  }
  // As the matrix orders by disagreement: within a relation, the widest gap first.
  const gaps = new Map(
    debate.topics.map((topic) => [
      topic.id,
      positionGap(
        ids.flatMap((id) => {
          const position = findStance(debate, topic.id, id)?.position;
          return position?.state === 'placed' ? [position.value] : [];
        }),
      ),
    ]),
  );
  const gap = (topic: Topic) => gaps.get(topic.id);
  for (const topics of byKind.values()) topics.sort((a, b) => (gap(b) ?? -1) - (gap(a) ?? -1));
  const points = debate.points ?? [];
  const c = relationCounts(points);
  const { contested } = adjudicationTally(debate);
  return (
    <section className="compare-differences" aria-labelledby="where-they-differ">
      <h2 id="where-they-differ">{t.compare.whereTheyDiffer}</h2>
      <ul className="topics-by-relation">
        {TOPIC_ORDER.filter((kind) => byKind.has(kind)).map((kind) => {
          const topics = byKind.get(kind) ?? [];
          return (
            <li key={kind}>
              <RelationBadge kind={kind} />
              {t.compare.topicsWith(topics.length)}
              {topics.map((topic, i) => (
                <span key={topic.id}>
                  {i > 0 ? t.listSeparator : null}
                  <Link to={paths.compare(topic.id)} lang={dataLang}>
                    {topic.heading}
                  </Link>
                  {gaps.get(topic.id) === undefined
                    ? null
                    : t.parenthetical(t.axisGap(gaps.get(topic.id) ?? 0, 2))}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      {points.length > 0 && c['one-speaks'] * 2 > points.length ? (
        <p>{t.compare.differNote(c['one-speaks'], points.length)}</p>
      ) : null}
      {points.length > 0 ? (
        <p>
          {t.compare.pointTotals(
            points.length,
            c.differ,
            c['partly-agree'],
            c.agree,
            c['one-speaks'],
          )}
        </p>
      ) : null}
      {debate.codings?.length ? (
        <p className="muted">
          {t.readings.contestedCount(contested)}{' '}
          <Link to={`${paths.about()}#reliability`}>{t.readings.methodLink}</Link>
        </p>
      ) : null}
    </section>
  );
}
