import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { findRelation, findStance } from '@/model/debate-queries';
import type { Topic } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { PageActions } from '@/ui/page-actions';
import { AdjudicationNote } from '@/ui/adjudication-note';
import { RelationBadge } from '@/ui/relation-badge';
import { StanceCard } from './stance-card';
import { TopicPoints } from './topic-points';

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
          <AdjudicationNote
            adjudication={relation.adjudication}
            shown={relation.kind}
            describe={(kind) => <RelationBadge kind={kind} />}
          />
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
      <TopicPoints topic={topic} />
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
      <PageActions
        path={paths.topic(topic.id)}
        title={topic.heading}
        cite={{ kind: 'topic', topicId: topic.id }}
      />
    </header>
  );
}
