import type { ReactNode } from 'react';
import type { Adjudication } from '@/model/debate-schema';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { useText } from '@/lib/i18n/use-text';

/**
 * Where the independent readers coded an item differently (docs/codebook.md, section 11): a
 * contested item is marked as such, with every reading the article supports; a decided one
 * says how, behind a disclosure, so the reading stays checkable without crowding the page.
 */
export function AdjudicationNote<V>({
  adjudication,
  shown,
  describe,
}: {
  adjudication: Adjudication<V> | undefined;
  /** The value the page shows, which is one of a contested item's readings. */
  shown: V;
  describe: (value: V) => ReactNode;
}) {
  const { dataLang } = useDebateView();
  const t = useText();
  if (!adjudication) return null;
  const contested = adjudication.status === 'contested';
  return (
    <details className={`adjudication adjudication-${adjudication.status}`}>
      <summary>
        {contested ? (
          <>
            <span className="contested-badge">
              <span aria-hidden="true">⚖</span>
              {t.readings.contested}
            </span>
            {t.readings.bothReadings}
          </>
        ) : (
          t.readings.howDecided
        )}
      </summary>
      {contested && adjudication.readings ? (
        <ul className="adjudication-readings">
          {adjudication.readings.map((reading, i) => (
            <li key={i}>
              <strong>{describe(reading.value)}</strong>
              {reading.value === shown ? (
                <span className="muted">{t.parenthetical(t.readings.shown)}</span>
              ) : null}
              {t.colon}
              <span lang={dataLang}>{reading.why}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p lang={dataLang}>{adjudication.reason}</p>
    </details>
  );
}

/** A small mark for places too tight for the whole note, such as a matrix cell. */
export function ContestedMark() {
  const t = useText();
  return (
    <span className="contested-mark" title={t.readings.contested}>
      <span aria-hidden="true">⚖</span>
      <span className="visually-hidden">{t.readings.contested}</span>
    </span>
  );
}
