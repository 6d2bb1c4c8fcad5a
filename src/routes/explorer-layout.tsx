import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { MatrixSection } from '@/features/matrix/matrix-section';
import { useDebateView } from '@/model/debate-context';
import { useText } from '@/lib/i18n/use-text';

/** Below this width the detail pane sits under the matrix (see app.css). */
const STACKED = '(max-width: 959px)';

/** The matrix, with the detail pane beside it (wide screens) or below it (narrow ones). */
export default function ExplorerLayout() {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const { topicId, speakerId } = useParams();
  const { pathname } = useLocation();
  const pane = useRef<HTMLElement>(null);

  // On a narrow screen a link to a topic, stance or speaker would otherwise open on the
  // matrix, far above what it points at: bring the detail into view.
  const selects = topicId !== undefined || speakerId !== undefined;
  useEffect(() => {
    if (!selects || !window.matchMedia(STACKED).matches) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    pane.current?.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [pathname, selects]);

  return (
    <div className="explorer">
      <h1 className="visually-hidden" lang={dataLang}>
        {debate.title}
      </h1>
      <MatrixSection selection={{ topicId, speakerId }} />
      <section className="detail-pane" aria-label={t.detailHeading} ref={pane}>
        <Outlet />
      </section>
    </div>
  );
}
