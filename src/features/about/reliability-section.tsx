import { Link } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { alphaVerdict } from '@/model/krippendorff-alpha';
import { codingRounds, roundReliability, type FieldReliability } from '@/model/coding-agreement';
import type { Coding } from '@/model/coding-schema';
import {
  adjudicatedItems,
  adjudicationTally,
  type ContestedItem,
} from '@/model/adjudication-tally';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';

// The published files (scripts/vite-plugin-method-files.ts), relative to the site's base.
const methodUrl = (file: string) => `${import.meta.env.BASE_URL}method/${file}`;

/**
 * How sure the reading is, and how to check it: the method, α per field and round computed
 * here from the stored codings (never typed in), what was decided and what is contested, and
 * links to the codebook and every reader's coding.
 */
export function ReliabilitySection() {
  const { debate } = useDebateView();
  const t = useText();
  const m = t.methodology;
  const codings = debate.codings ?? [];
  if (codings.length === 0) return null;
  const rounds = codingRounds(codings).reverse();
  const tally = adjudicationTally(debate);
  return (
    <section aria-labelledby="reliability">
      <h2 id="reliability">{m.reliabilityHeading}</h2>
      <p>{m.reliabilityMethod}</p>
      <p>{m.reliabilityAdjudication}</p>
      <p>
        <strong>{m.reliabilityCaveat}</strong>
      </p>
      {rounds.map(({ round, codings: coded }) => (
        <RoundTable key={round} round={round} codings={coded} />
      ))}
      <ul>
        <li>
          <a href={methodUrl('codebook.md')}>{m.codebookLink}</a>
        </li>
        {codings.map((coding) => (
          <li key={coding.coder}>
            <a href={methodUrl(`codings/${coding.coder}.json`)}>{m.codingsLink(coding.coder)}</a>
          </li>
        ))}
      </ul>
      <h3>{m.adjudicationsHeading}</h3>
      <p>{m.adjudicationsSummary(tally.decided, tally.contested)}</p>
      <ItemList items={adjudicatedItems(debate, 'contested')} label={t.readings.contested} />
      <ItemList items={adjudicatedItems(debate, 'decided')} label={m.decidedLabel} />
      <p className="muted">
        <Link to={paths.compare()}>{t.compare.whereTheyDiffer} →</Link>
      </p>
    </section>
  );
}

function RoundTable({ round, codings }: { round: number; codings: Coding[] }) {
  const t = useText();
  const m = t.methodology;
  const rows = roundReliability(codings);
  const codebook = Math.max(...codings.map((c) => c.codebook));
  return (
    <div className="table-scroll">
      <table className="summary-table reliability-table">
        <caption>{m.roundCaption(round, codebook, codings.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.fieldColumn}</th>
            <th scope="col">{m.alphaColumn}</th>
            <th scope="col">{m.unitsColumn}</th>
            <th scope="col">{m.verdictColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{t.readings.fields[row.field]}</th>
              <td>{row.alpha === undefined ? '—' : row.alpha.toFixed(3)}</td>
              <td>{row.units}</td>
              <td>{verdictText(row, t.readings.verdicts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function verdictText(
  row: FieldReliability,
  verdicts: { reliable: string; tentative: string; unreliable: string; same: string },
): string {
  return row.alpha === undefined ? verdicts.same : verdicts[alphaVerdict(row.alpha)];
}

/** Adjudicated places, each linking to where the page shows it. */
function ItemList({ items, label }: { items: ContestedItem[]; label: string }) {
  const { dataLang } = useDebateView();
  const t = useText();
  if (items.length === 0) return null;
  return (
    <>
      <p>
        <strong>{label}</strong>
        {t.colon}
      </p>
      <ul lang={dataLang}>
        {items.map((item) => (
          <li key={item.key}>
            <Link
              to={
                item.pointId
                  ? paths.comparePoint(item.topicId, item.pointId)
                  : item.speakerId
                    ? paths.stance(item.topicId, item.speakerId)
                    : paths.topic(item.topicId)
              }
            >
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
