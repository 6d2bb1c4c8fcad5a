import { useDebateView } from '@/lib/debate-view/debate-context';
import type { Point, RelationKind } from '@/model/debate-schema';
import { useText } from '@/lib/i18n/use-text';
import { findRelation } from '@/model/debate-queries';
import { PointRelationBadge } from '@/ui/point-badges';
import { RelationBadge } from '@/ui/relation-badge';
import { countsByTopic, relationCounts, SECTION_ORDER } from '@/model/point-sections';

/**
 * What /compare opens with: how many points fall in each section (for the topic in view, or
 * all), and a table of the counts topic by topic.
 */
export function CompareSummary({
  points,
  currentTopicId,
}: {
  points: readonly Point[];
  currentTopicId: string | undefined;
}) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const counts = relationCounts(points);
  const parts = SECTION_ORDER.map((r) => t.compare.countOf(t.pointRelations[r], counts[r]));
  const rows = countsByTopic(debate);
  // A point on two topics counts in both rows; the foot counts each point once.
  const totals = relationCounts(debate.points ?? []);
  const pair = debate.speakers.length === 2 ? debate.speakers.map((s) => s.id) : undefined;
  return (
    <section className="compare-summary" aria-labelledby="compare-summary-heading">
      <h2 id="compare-summary-heading">{t.compare.summaryHeading}</h2>
      <p className="compare-counts">
        {t.compare.counts(points.length, parts.join(t.listSeparator))}
      </p>
      <div className="table-scroll">
        <table className="summary-table">
          <caption className="visually-hidden">{t.compare.summaryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.topicColumn}</th>
              {pair ? <th scope="col">{t.compare.topicRelationColumn}</th> : null}
              {SECTION_ORDER.map((relation) => (
                <th scope="col" key={relation}>
                  <PointRelationBadge relation={relation} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ topic, counts: row }) => (
              <tr key={topic.id} className={topic.id === currentTopicId ? 'is-current' : undefined}>
                <th scope="row" lang={dataLang}>
                  {topic.heading}
                </th>
                {pair ? (
                  <td>
                    <TopicRelation kind={findRelation(debate, topic.id, pair)?.kind} />
                  </td>
                ) : null}
                {SECTION_ORDER.map((relation) => (
                  <td key={relation} className={row[relation] === 0 ? 'is-zero' : undefined}>
                    {row[relation]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.compare.total}</th>
              {pair ? <td /> : null}
              {SECTION_ORDER.map((relation) => (
                <td key={relation}>{totals[relation]}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function TopicRelation({ kind }: { kind: RelationKind | undefined }) {
  return kind ? <RelationBadge kind={kind} /> : null;
}
