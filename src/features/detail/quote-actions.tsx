import { useDebateView } from '@/lib/debate-view/debate-context';
import type { Quote } from '@/model/debate-schema';
import { useText } from '@/lib/i18n/use-text';
import { CopyButton } from '@/ui/copy-button';
import { ShareButton } from '@/ui/share-button';
import { useShareUrl } from '@/ui/use-share-url';

/**
 * A quote's own link (its stance page, at the quote), the quote itself to paste elsewhere
 * (the words, who said them where, and the link, in the reader's script), and on a touch
 * screen the system's share sheet.
 */
export function QuoteActions({
  quote,
  speakerName,
  stancePath,
}: {
  quote: Quote;
  speakerName: string;
  stancePath: string;
}) {
  const t = useText();
  const { debate, dataTag } = useDebateView();
  const url = useShareUrl(stancePath, { hash: quote.id });
  const quoteText = () =>
    t.share.quoteText({
      words: quote.quote.exact,
      gloss: dataTag === 'en' ? quote.en?.gloss : undefined,
      speaker: speakerName,
      outlet: debate.outlet,
      reported: quote.kind === 'reported',
      url: url(),
    });
  return (
    <div className="quote-actions" role="group" aria-label={t.share.quoteActions(speakerName)}>
      <CopyButton label={t.share.copyQuoteLink} text={url} copied={t.linkCopied} />
      <CopyButton label={t.share.copyQuote} text={quoteText} copied={t.share.quoteCopied} />
      <ShareButton title={`${speakerName} · ${debate.title}`} text={quote.quote.exact} url={url} />
    </div>
  );
}
