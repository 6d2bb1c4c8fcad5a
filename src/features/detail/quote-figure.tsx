import { Link } from 'react-router';
import type { Quote } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { uiText } from '@/lib/ui-text';

/**
 * One quote, verbatim, with its attribution outside the quoted text. Direct speech and
 * reported speech, explicit and inferred attribution, differ at a glance.
 */
export function QuoteFigure({ quote, speakerName }: { quote: Quote; speakerName: string }) {
  return (
    <figure
      className={`quote quote-${quote.kind} attribution-${quote.attribution}`}
      id={`quote-${quote.id}`}
    >
      <blockquote lang="zh-Hant">
        <p>{quote.quote.exact}</p>
      </blockquote>
      <figcaption>
        <span className="quote-speaker">{speakerName}</span>
        <span className={`badge badge-${quote.kind}`} title={uiText.quoteKindHelp[quote.kind]}>
          {uiText.quoteKinds[quote.kind]}
        </span>
        <span
          className={`badge badge-${quote.attribution}`}
          title={uiText.attributionHelp[quote.attribution]}
        >
          {uiText.attributions[quote.attribution]}
        </span>
        <Link
          className="source-link"
          to={paths.sourceQuote(quote.id)}
          aria-label={uiText.showInSourceName(speakerName)}
        >
          {uiText.showInSource}
        </Link>
      </figcaption>
      {quote.note && (
        <p className="editor-note">
          <strong>{uiText.editorsNote}：</strong>
          {quote.note}
        </p>
      )}
    </figure>
  );
}
