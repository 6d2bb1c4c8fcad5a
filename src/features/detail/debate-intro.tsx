import { Link } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { paths } from '@/lib/paths';
import { roleName } from '@/ui/role-name';
import { useText } from '@/lib/i18n/use-text';

/** What the debate is, who speaks, and how to read the matrix. */
export function DebateIntro() {
  const { debate, dataLang, dataTag } = useDebateView();
  const t = useText();
  const nameOf = useSpeakerName();
  return (
    <div className="debate-intro">
      <h2 lang={dataLang}>{debate.title}</h2>
      <dl className="facts">
        <div>
          <dt>{t.source}</dt>
          <dd lang={dataLang}>
            {debate.outlet} {debate.column} {debate.programme}
          </dd>
        </div>
        <div>
          <dt>{t.interviewer}</dt>
          <dd lang={dataLang}>{debate.interviewer}</dd>
        </div>
        <div>
          <dt>{t.author}</dt>
          <dd lang={dataLang}>{debate.author}</dd>
        </div>
        <div>
          <dt>{t.published}</dt>
          <dd lang={dataLang}>
            {debate.published.period}
            <span className="muted">{t.parenthetical(debate.published.note)}</span>
          </dd>
        </div>
      </dl>
      <ul className="speaker-list">
        {debate.speakers.map((speaker) => (
          <li key={speaker.id}>
            <Link to={paths.speaker(speaker.id)}>{nameOf(speaker)}</Link>
            <span className="muted" lang={dataLang}>
              {speaker.roles.map((r) => roleName(r, dataTag)).join(t.listSeparator)}
            </span>
          </li>
        ))}
      </ul>
      <p className="hint">{t.howToRead}</p>
      <ol className="topic-list">
        {debate.topics.map((topic) => (
          <li key={topic.id}>
            <Link to={paths.topic(topic.id)} lang={dataLang}>
              {topic.heading}
            </Link>
            <span className="muted" lang={dataLang}>
              {topic.question}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
