import { Link } from 'react-router';
import { useDebate } from '@/model/debate-context';
import { findStance } from '@/model/debate-queries';
import type { Speaker } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { CopyLinkButton } from '@/ui/copy-link-button';
import { StanceCard } from './stance-card';

/** One speaker across every topic, in article order. */
export function SpeakerOverview({ speaker }: { speaker: Speaker }) {
  const debate = useDebate();
  return (
    <div className="speaker-overview">
      <header className="topic-header">
        <h2>
          {speaker.name.hant}
          {speaker.name.hans !== speaker.name.hant && (
            <span className="alt-name" lang="zh-Hans">
              （{speaker.name.hans}）
            </span>
          )}
        </h2>
        <ul className="roles">
          {speaker.roles.map((role) => (
            <li key={`${role.organization ?? ''}${role.title}`}>
              {role.organization}
              {role.title}
              {role.note && <span className="muted">（{role.note}）</span>}
            </li>
          ))}
        </ul>
        <CopyLinkButton path={paths.speaker(speaker.id)} />
      </header>
      {debate.topics.map((topic) => {
        const stance = findStance(debate, topic.id, speaker.id);
        return stance ? (
          <StanceCard
            key={topic.id}
            topic={topic}
            speaker={speaker}
            stance={stance}
            title={<Link to={paths.topic(topic.id)}>{topic.heading}</Link>}
            href={paths.stance(topic.id, speaker.id)}
          />
        ) : null;
      })}
    </div>
  );
}
