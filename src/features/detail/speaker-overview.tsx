import { Link } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { findStance } from '@/model/debate-queries';
import type { Speaker } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { PageActions } from '@/ui/page-actions';
import { roleName } from '@/ui/role-name';
import { StanceCard } from './stance-card';

/** One speaker across every topic, in article order. */
export function SpeakerOverview({ speaker }: { speaker: Speaker }) {
  const { debate, dataLang, dataTag, chineseTag } = useDebateView();
  const t = useText();
  const name = useSpeakerName()(speaker);
  const chineseName = speaker.name[chineseTag === 'zh-Hans' ? 'hans' : 'hant'];
  // Beside the name as shown: the name in Chinese, or in the other script.
  const otherName =
    name !== chineseName
      ? { text: chineseName, lang: chineseTag }
      : speaker.name.hans !== speaker.name.hant
        ? chineseTag === 'zh-Hans'
          ? { text: speaker.name.hant, lang: 'zh-Hant' }
          : { text: speaker.name.hans, lang: 'zh-Hans' }
        : undefined;
  return (
    <div className="speaker-overview">
      <header className="topic-header">
        <h2>
          {name}
          {otherName && (
            <span className="alt-name" lang={otherName.lang}>
              {t.parenthetical(otherName.text)}
            </span>
          )}
        </h2>
        <ul className="roles" lang={dataLang}>
          {speaker.roles.map((role) => (
            <li key={`${role.organization ?? ''}${role.title}`}>
              {roleName(role, dataTag)}
              {role.note && <span className="muted">{t.parenthetical(role.note)}</span>}
            </li>
          ))}
        </ul>
        <PageActions path={paths.speaker(speaker.id)} title={name} />
      </header>
      {debate.topics.map((topic) => {
        const stance = findStance(debate, topic.id, speaker.id);
        return stance ? (
          <StanceCard
            key={topic.id}
            topic={topic}
            speaker={speaker}
            stance={stance}
            title={
              <Link to={paths.topic(topic.id)} lang={dataLang}>
                {topic.heading}
              </Link>
            }
            href={paths.stance(topic.id, speaker.id)}
          />
        ) : null;
      })}
    </div>
  );
}
