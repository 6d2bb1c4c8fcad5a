import { useState } from 'react';
import { Link } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { findQuote } from '@/model/debate-queries';
import type { Quote } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { lazyIsland } from '@/lib/lazy-island';
import { useText } from '@/lib/i18n/use-text';
import { useQuoteTarget } from './use-quote-target';
import { CiteSlot, type CiteTarget } from '@/ui/cite-slot';

// Copy and share are used now and then: their code loads after the page's (an island).
const QuoteActions = lazyIsland(() =>
  import('./quote-actions').then((module) => module.QuoteActions),
);

/**
 * One quote, verbatim, with its attribution outside the quoted text. Direct speech and
 * reported speech, explicit and inferred attribution, differ at a glance. A quote shown in
 * Simplified keeps its Traditional original one click away; an English reader sees our
 * translation under the original, never instead of it. Its id is the quote's, so that its
 * link (`stancePath#<quoteId>`) opens at it.
 */
export function QuoteFigure({
  quote,
  speakerName,
  stancePath,
  idPrefix = '',
  cite,
  isKey = false,
}: {
  quote: Quote;
  speakerName: string;
  /** The page of the stance the quote belongs to: its link is `stancePath#<quoteId>`. */
  stancePath: string;
  /**
   * Keeps ids unique where one quote shows more than once on a page (/compare's points);
   * such a copy is not the target of a quote link, which names the stance page.
   */
  idPrefix?: string;
  cite?: CiteTarget;
  /** The stance's key quote (docs/codebook.md): marked, as its share card quotes it. */
  isKey?: boolean;
}) {
  const t = useText();
  const { original, script, chineseTag, dataLang, dataTag } = useDebateView();
  const [showOriginal, setShowOriginal] = useState(false);
  const originalText = findQuote(original, quote.id)?.quote.exact;
  const converted = script !== 'hant' && originalText !== undefined;
  const originalId = `${idPrefix}quote-${quote.id}-original`;
  const { targeted, ref } = useQuoteTarget<HTMLElement>(idPrefix ? null : quote.id);
  return (
    <figure
      className={`quote quote-${quote.kind} attribution-${quote.attribution}${targeted ? ' is-target' : ''}`}
      id={`${idPrefix}${quote.id}`}
      ref={ref}
      tabIndex={-1}
    >
      {isKey ? <p className="key-quote-label">{t.readings.keyQuote}</p> : null}
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
          {/* The label is ours, not the quoted words: outside the quotation. */}
          <div id={originalId} className="quote-original-text" hidden={!showOriginal}>
            <p className="original-label">{t.originalLabel}</p>
            <blockquote lang="zh-Hant">
              <p>{originalText}</p>
            </blockquote>
          </div>
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
      <QuoteActions quote={quote} speakerName={speakerName} stancePath={stancePath} />
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
