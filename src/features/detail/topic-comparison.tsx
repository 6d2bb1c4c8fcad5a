import { useDebateView, useSpeakerName } from '@/model/debate-context';
import { findRelation, findStance } from '@/model/debate-queries';
import type { Topic } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { CopyLinkButton } from '@/ui/copy-link-button';
import { CiteSlot } from '@/ui/cite-slot';
import { RelationBadge } from '@/ui/relation-badge';
import { StanceCard } from './stance-card';

/** One topic with every speaker's stance side by side, and how the two relate. */
export function TopicComparison({ topic }: { topic: Topic }) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const nameOf = useSpeakerName();
  const speakers = useSpeakerOrder(debate.speakers);
  const relation = findRelation(
    debate,
    topic.id,
    speakers.map((s) => s.id),
  );
  return (
    <div className="topic-comparison">
      <TopicHeaderWithShare topic={topic} />
      {relation && (
        <section className="relation-summary" aria-label={t.relation}>
          <RelationBadge kind={relation.kind} />
          <p lang={dataLang}>{relation.why}</p>
        </section>
      )}
      <div className="side-by-side">
        {speakers.map((speaker) => {
          const stance = findStance(debate, topic.id, speaker.id);
          return stance ? (
            <StanceCard
              key={speaker.id}
              topic={topic}
              speaker={speaker}
              stance={stance}
              title={nameOf(speaker)}
              href={paths.stance(topic.id, speaker.id)}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}

function TopicHeaderWithShare({ topic }: { topic: Topic }) {
  const { dataLang } = useDebateView();
  return (
    <header className="topic-header" lang={dataLang}>
      <h2>{topic.heading}</h2>
      <p className="subheading">{topic.subheading}</p>
      <p className="question">{topic.question}</p>
      <div className="page-actions">
        <CopyLinkButton path={paths.topic(topic.id)} />
        <CiteSlot target={{ kind: 'topic', topicId: topic.id }} />
      </div>
    </header>
  );
}
