import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { MatrixSection } from '@/features/matrix/matrix-section';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { useEmbedMode } from '@/lib/embed-mode';
import { useText } from '@/lib/i18n/use-text';
import { scrollIntoOwnView } from '@/lib/scroll-into-own-view';

/** Below this width the detail pane sits under the matrix (see app.css). */
const STACKED = '(max-width: 959px)';

/** The matrix, with the detail pane beside it (wide screens) or below it (narrow ones). */
export default function ExplorerLayout() {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const { topicId, speakerId } = useParams();
  const { pathname, hash } = useLocation();
  const pane = useRef<HTMLElement>(null);
  const embedded = useEmbedMode();

  // On a narrow screen a link to a topic, stance or speaker would otherwise open on the
  // matrix, far above what it points at: bring the detail into view. A link to a quote
  // (#<quoteId>) brings the quote itself into view (use-quote-target.ts).
  const selects = topicId !== undefined || speakerId !== undefined;
  const toQuote = hash !== '';
  useEffect(() => {
    // Embedded, the page is just the pane, and the host's page is not ours to scroll.
    if (embedded || !selects || toQuote || !window.matchMedia(STACKED).matches) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // `embedded` is false while the page hydrates: whatever frames this page is not ours to move.
    if (pane.current)
      scrollIntoOwnView(pane.current, { block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [pathname, selects, toQuote, embedded]);

  return (
    // Embedded, a topic, stance or speaker page shows just itself; data-selects lets the
    // stylesheet hide the matrix before the page is live (see src/lib/embed-mode.ts).
    <div className="explorer" data-selects={selects ? '' : undefined}>
      <h1 className="visually-hidden" lang={dataLang}>
        {debate.title}
      </h1>
      {!(embedded && selects) && <MatrixSection selection={{ topicId, speakerId }} />}
      <section className="detail-pane" aria-label={t.detailHeading} ref={pane}>
        <Outlet />
      </section>
    </div>
  );
}
