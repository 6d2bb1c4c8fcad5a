import { Link } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { isPointContested, pointsOfTopic } from '@/model/debate-queries';
import type { Topic } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { ContestedMark } from '@/ui/adjudication-note';
import { AnswerBadge, PointRelationBadge } from '@/ui/point-badges';

/**
 * A topic's points under its stances, compactly: each claim, how the speakers relate on it and
 * each one's answer, linking to /compare for the reasons and the words. Nothing for a debate
 * without points.
 */
export function TopicPoints({ topic }: { topic: Topic }) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const nameOf = useSpeakerName();
  const speakers = useSpeakerOrder(debate.speakers);
  const points = pointsOfTopic(debate, topic.id);
  if (points.length === 0) return null;
  return (
    <section className="topic-points" aria-labelledby="topic-points-heading">
      <h3 id="topic-points-heading">{t.compare.topicPointsHeading}</h3>
      <ul className="point-list">
        {points.map((point) => (
          <li key={point.id}>
            <p className="point-list-head">
              <Link to={paths.comparePoint(topic.id, point.id)} lang={dataLang}>
                {point.statement}
              </Link>
              <PointRelationBadge relation={point.relation} />
              {isPointContested(point) ? <ContestedMark /> : null}
            </p>
            <ul className="point-list-answers">
              {speakers.map((speaker) => {
                const answer = point.answers.find((a) => a.speakerId === speaker.id);
                return answer ? (
                  <li key={speaker.id}>
                    {nameOf(speaker)}
                    {t.colon}
                    <AnswerBadge kind={answer.answer} />
                  </li>
                ) : null;
              })}
            </ul>
          </li>
        ))}
      </ul>
      <p className="card-link">
        <Link to={paths.compare(topic.id)}>{t.compare.topicPointsLink(topic.heading)} →</Link>
      </p>
    </section>
  );
}
