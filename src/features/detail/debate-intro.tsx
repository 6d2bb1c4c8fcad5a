import { Link } from 'react-router';
import { useDebate } from '@/model/debate-context';
import { paths } from '@/lib/paths';
import { uiText } from '@/lib/ui-text';

/** What the debate is, who speaks, and how to read the matrix. */
export function DebateIntro() {
  const debate = useDebate();
  return (
    <div className="debate-intro">
      <h2>{debate.title}</h2>
      <dl className="facts">
        <div>
          <dt>{uiText.source}</dt>
          <dd>
            {debate.outlet} {debate.column} {debate.programme}
          </dd>
        </div>
        <div>
          <dt>{uiText.interviewer}</dt>
          <dd>{debate.interviewer}</dd>
        </div>
        <div>
          <dt>{uiText.author}</dt>
          <dd>{debate.author}</dd>
        </div>
        <div>
          <dt>{uiText.published}</dt>
          <dd>
            {debate.published.period}
            <span className="muted">（{debate.published.note}）</span>
          </dd>
        </div>
      </dl>
      <ul className="speaker-list">
        {debate.speakers.map((speaker) => (
          <li key={speaker.id}>
            <Link to={paths.speaker(speaker.id)}>{speaker.name.hant}</Link>
            <span className="muted">
              {speaker.roles.map((r) => `${r.organization ?? ''}${r.title}`).join('、')}
            </span>
          </li>
        ))}
      </ul>
      <p className="hint">{uiText.howToRead}</p>
      <ol className="topic-list">
        {debate.topics.map((topic) => (
          <li key={topic.id}>
            <Link to={paths.topic(topic.id)}>{topic.heading}</Link>
            <span className="muted">{topic.question}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
