import { Link } from 'react-router';
import { useDebate, useSpeakerName } from '@/lib/debate-view/debate-context';
import { neighbouringTopics } from '@/model/debate-queries';
import type { Speaker, Stance, Topic } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { PageActions } from '@/ui/page-actions';
import { StanceCard } from './stance-card';

/** One speaker's stance on one topic, with a way to the neighbouring topics and the comparison. */
export function StanceDetail({
  topic,
  speaker,
  stance,
}: {
  topic: Topic;
  speaker: Speaker;
  stance: Stance;
}) {
  const debate = useDebate();
  const t = useText();
  const name = useSpeakerName()(speaker);
  const { previous, next } = neighbouringTopics(debate, topic.id);
  return (
    <div className="stance-detail">
      <header className="topic-header">
        <p className="kicker">
          <Link to={paths.topic(topic.id)}>
            {topic.heading} · {topic.subheading}
          </Link>
        </p>
        <p className="question">{topic.question}</p>
        <PageActions
          path={paths.stance(topic.id, speaker.id)}
          title={t.stanceOf(name, topic.heading)}
          cite={{ kind: 'stance', topicId: topic.id, speakerId: speaker.id }}
        />
      </header>
      <StanceCard
        topic={topic}
        speaker={speaker}
        stance={stance}
        headingLevel="h2"
        title={t.stanceOf(name, topic.heading)}
      />
      <nav className="pager" aria-label={t.morePagesOf(name)}>
        <ul>
          <li>
            {previous && (
              <Link to={paths.stance(previous.id, speaker.id)} rel="prev">
                ← {t.previousTopic}
                {t.colon}
                {previous.heading}
              </Link>
            )}
          </li>
          <li>
            <Link to={paths.topic(topic.id)}>{t.compareSideBySide}</Link>
          </li>
          <li>
            <Link to={paths.speaker(speaker.id)}>{t.allStancesOf(name)}</Link>
          </li>
          <li>
            {next && (
              <Link to={paths.stance(next.id, speaker.id)} rel="next">
                {t.nextTopic}
                {t.colon}
                {next.heading} →
              </Link>
            )}
          </li>
        </ul>
      </nav>
    </div>
  );
}
