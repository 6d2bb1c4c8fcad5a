import { Link } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { RelationLegend } from '@/ui/relation-badge';
import { CiteSlot } from '@/ui/cite-slot';
import { ReliabilitySection } from './reliability-section';

// The methodology is editorial prose about this explorer, kept in the message catalogue
// like every interface text; the limitations and the change log come from the data.

/** How the stances were coded, what the labels mean, what the article leaves out. */
export function Methodology() {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const m = t.methodology;
  return (
    <article className="prose">
      <h1>{t.aboutTitle}</h1>
      <p className="page-actions">
        <CiteSlot target={{ kind: 'debate' }} />
      </p>
      <p>
        {m.intro(debate.outlet, debate.programme)} <Link to={paths.source()}>{t.navSource}</Link>
      </p>
      <h2>{m.encodingHeading}</h2>
      <ul>
        <li>{m.label}</li>
        <li>{m.position}</li>
        <li>{m.states}</li>
        <li>
          {m.relations}
          <RelationLegend />
        </li>
      </ul>
      <ReliabilitySection />
      <h2>{m.quotesHeading}</h2>
      <ul>
        <li>
          <strong>{t.quoteKinds.direct}</strong>
          {t.colon}
          {t.quoteKindHelp.direct}
        </li>
        <li>
          <strong>{t.quoteKinds.reported}</strong>
          {t.colon}
          {t.quoteKindHelp.reported} {m.reportedExtra}
        </li>
        <li>
          <strong>{t.attributions.explicit}</strong>
          {t.colon}
          {t.attributionHelp.explicit}
        </li>
        <li>
          <strong>{t.attributions.inferred}</strong>
          {t.colon}
          {t.attributionHelp.inferred} {m.inferredExtra}
        </li>
        <li>{m.verbatim}</li>
      </ul>
      <h2>{m.scriptsHeading}</h2>
      <p>{m.scripts}</p>
      {debate.limitations && debate.limitations.length > 0 && (
        <section aria-labelledby="limitations-heading">
          <h2 id="limitations-heading">{t.limitationsHeading}</h2>
          <ul lang={dataLang}>
            {debate.limitations.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      {debate.changelog && debate.changelog.length > 0 && (
        <section aria-labelledby="changelog-heading">
          <h2 id="changelog-heading">{t.changelogHeading}</h2>
          <ul>
            {debate.changelog.map((entry) => (
              <li key={`${entry.date}-${entry.summary}`}>
                <time dateTime={entry.date}>{entry.date}</time>
                {t.colon}
                <span lang={dataLang}>{entry.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
