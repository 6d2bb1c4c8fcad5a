import { Outlet, useParams } from 'react-router';
import { MatrixSection } from '@/features/matrix/matrix-section';
import { uiText } from '@/lib/ui-text';
import { RouteError } from '@/ui/route-error';

/** The matrix, with the detail pane beside it (wide screens) or below it (narrow ones). */
export default function ExplorerLayout() {
  const { topicId, speakerId } = useParams();
  return (
    <div className="explorer">
      <MatrixSection selection={{ topicId, speakerId }} />
      <section className="detail-pane" aria-label={uiText.detailHeading}>
        <Outlet />
      </section>
    </div>
  );
}

export { RouteError as ErrorBoundary };
