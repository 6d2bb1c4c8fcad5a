import { Link } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { pointsOfTopic } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';

/**
 * The topic filter: plain links, since the filter is the page's path (/compare/<topic>). So
 * every filtered view is prerendered, shareable, works without JavaScript, and Back restores it.
 */
export function TopicFilter({ currentTopicId }: { currentTopicId: string | undefined }) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const current = (topicId?: string) => (topicId === currentTopicId ? 'page' : undefined);
  return (
    <nav className="topic-filter" aria-label={t.compare.filterLabel}>
      <ul>
        <li>
          <Link to={paths.compare()} aria-current={current()}>
            {t.compare.allTopics}
          </Link>
        </li>
        {debate.topics.map((topic) => (
          <li key={topic.id}>
            <Link to={paths.compare(topic.id)} aria-current={current(topic.id)}>
              <span lang={dataLang}>{topic.heading}</span>
              <span className="filter-count">
                {t.parenthetical(String(pointsOfTopic(debate, topic.id).length))}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
