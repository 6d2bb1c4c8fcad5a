import { useState, type MouseEvent } from 'react';
import { matchPath } from 'react-router';
import { MatrixSection } from '@/features/matrix/matrix-section';
import { CompareView } from '@/features/detail/compare-view';
import { StanceDetail } from '@/features/detail/stance-detail';
import { TopicComparison } from '@/features/detail/topic-comparison';
import { withoutBase } from '@/lib/base-path';
import { placeBasename, placeOf } from '@/lib/reading';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { findStance, findSpeaker, findTopic } from '@/model/debate-queries';
import type { Debate } from '@/model/debate-schema';

interface Selection {
  topicId?: string | undefined;
  speakerId?: string | undefined;
}

/** The topic and speaker a link of the reader's views points at, if it is one of those. */
function linkedSelection(anchor: HTMLAnchorElement): Selection | null {
  const pathname = new URL(anchor.href).pathname;
  // A link in a reading (/en/compare/…) names the same view as the default address's.
  const base = placeBasename(import.meta.env.BASE_URL, placeOf(import.meta.env.BASE_URL, pathname));
  const path = withoutBase(base, pathname);
  if (path === null) return null;
  const stance = matchPath('/topics/:topicId/:speakerId', path);
  if (stance) return stance.params;
  const topic = matchPath('/topics/:topicId', path) ?? matchPath('/compare/:topicId', path);
  if (topic) return topic.params;
  return matchPath('/compare', path) ? {} : null;
}

/**
 * The reader's matrix, topic, stance and compare views, drawn by their own components from the
 * draft. Their links to a topic or stance select it here instead of leaving the studio.
 */
export function StudioPreview({ debate, source }: { debate: Debate; source: string }) {
  const [selection, setSelection] = useState<Selection>({});
  const topic = findTopic(debate, selection.topicId);
  const speaker = findSpeaker(debate, selection.speakerId);
  const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
  const onClickCapture = (event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor) return;
    const next = linkedSelection(anchor);
    // Any other link (the source, the method page) would leave the draft: it stays inert here.
    event.preventDefault();
    if (next) setSelection(next);
  };
  return (
    <DebateProvider debate={debate} source={source}>
      <div className="explorer studio-preview-views" onClickCapture={onClickCapture}>
        <MatrixSection selection={selection} />
        <section className="detail-pane">
          {topic && speaker && stance ? (
            <StanceDetail topic={topic} speaker={speaker} stance={stance} />
          ) : topic ? (
            <TopicComparison topic={topic} />
          ) : null}
        </section>
      </div>
      {/* The points, for the selected topic or all of them, as /compare shows them. */}
      <div className="studio-preview-compare" onClickCapture={onClickCapture}>
        <CompareView topic={topic} titleLevel={3} />
      </div>
    </DebateProvider>
  );
}
