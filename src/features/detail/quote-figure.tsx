import { useState } from 'react';
import { Link } from 'react-router';
import { useDebateView } from '@/model/debate-context';
import { findQuote } from '@/model/debate-queries';
import type { Quote } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { CiteSlot, type CiteTarget } from '@/ui/cite-slot';

/**
 * One quote, verbatim, with its attribution outside the quoted text. Direct speech and
 * reported speech, explicit and inferred attribution, differ at a glance. A quote shown in
 * Simplified keeps its Traditional original one click away; an English reader sees our
 * translation under the original, never instead of it.
 */
export function QuoteFigure({
  quote,
  speakerName,
  cite,
}: {
  quote: Quote;
  speakerName: string;
  cite?: CiteTarget;
}) {
  const t = useText();
  const { original, script, chineseTag, dataLang, dataTag } = useDebateView();
  const [showOriginal, setShowOriginal] = useState(false);
  const originalText = findQuote(original, quote.id)?.quote.exact;
  const converted = script !== 'hant' && originalText !== undefined;
  const originalId = `quote-${quote.id}-original`;
  return (
    <figure
      className={`quote quote-${quote.kind} attribution-${quote.attribution}`}
      id={`quote-${quote.id}`}
    >
      <blockquote lang={chineseTag}>
        <p>{quote.quote.exact}</p>
      </blockquote>
      {converted && (
        <div className="quote-original">
          <button
            type="button"
            className="quiet-button"
            aria-expanded={showOriginal}
            aria-controls={originalId}
            title={t.convertedQuote}
            onClick={() => setShowOriginal((shown) => !shown)}
          >
            {showOriginal ? t.hideOriginal : t.showOriginal}
          </button>
          <blockquote id={originalId} lang="zh-Hant" hidden={!showOriginal}>
            <p className="original-label">{t.originalLabel}</p>
            <p>{originalText}</p>
          </blockquote>
        </div>
      )}
      {dataTag === 'en' && quote.en && (
        <p className="gloss" lang="en">
          <span className="gloss-label">{t.glossLabel}</span> {quote.en.gloss}
        </p>
      )}
      <figcaption>
        <span className="quote-speaker">{speakerName}</span>
        <span className={`badge badge-${quote.kind}`} title={t.quoteKindHelp[quote.kind]}>
          {t.quoteKinds[quote.kind]}
        </span>
        <span
          className={`badge badge-${quote.attribution}`}
          title={t.attributionHelp[quote.attribution]}
        >
          {t.attributions[quote.attribution]}
        </span>
        <Link
          className="source-link"
          to={paths.sourceQuote(quote.id)}
          aria-label={t.showInSourceName(speakerName)}
        >
          {t.showInSource}
        </Link>
        {cite && <CiteSlot target={cite} />}
      </figcaption>
      {quote.note && (
        <p className="editor-note">
          <strong>
            {t.editorsNote}
            {t.colon}
          </strong>
          <span lang={dataLang}>{quote.note}</span>
        </p>
      )}
    </figure>
  );
}
