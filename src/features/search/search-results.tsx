import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { findSpeaker, findTopic } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { scriptTag } from '@/lib/i18n/locale';
import { HighlightedText } from './highlighted-text';
import type { SearchGroup, SearchHit } from './search-index';
import { useSearch } from './use-search';
import { SEARCH_QUERY_LIMIT } from './use-search-query';

/** How many hits show at first, and how many more each "show more" adds. */
const RESULTS_PAGE = 50;

/** The results page: every match, grouped by topic and speaker, each linking to its stance. */
export function SearchResults({ query }: { query: string }) {
  // Typing a new query starts again from the first page of hits.
  const [shown, setShown] = useState({ query, limit: RESULTS_PAGE });
  const limit = shown.query === query ? shown.limit : RESULTS_PAGE;
  const t = useText();
  const { results, query: shownQuery, acrossScripts } = useSearch(query, limit);
  const trimmed = shownQuery.trim();
  const hidden = results.total - Math.min(results.total, limit);
  const hitNumbers = new Map(results.groups.flatMap((g) => g.hits).map((hit, i) => [hit, i]));
  // "Show more" goes away with the last hits: focus moves to the first of those it showed.
  const article = useRef<HTMLElement>(null);
  const focusFrom = shown.query === query && shown.limit > RESULTS_PAGE ? shown.limit : null;
  useEffect(() => {
    if (focusFrom === null) return;
    const first = focusFrom - RESULTS_PAGE;
    article.current?.querySelector<HTMLElement>(`[data-hit="${first}"] a`)?.focus();
  }, [focusFrom]);
  return (
    <article className="search-results" ref={article}>
      <h1>{t.searchHeading}</h1>
      <p role="status" className="search-status">
        {trimmed === ''
          ? t.searchPrompt
          : results.total === 0
            ? // Until OpenCC's table arrives, a miss may only be a miss in this script.
              acrossScripts
              ? t.searchNone(trimmed)
              : t.searching
            : t.searchCount(results.total, trimmed)}
      </p>
      {query.length >= SEARCH_QUERY_LIMIT - 1 && (
        <p className="search-clipped">{t.searchClipped(SEARCH_QUERY_LIMIT)}</p>
      )}
      {runsBy(results.groups, (g) => g.topicId).map((run) => (
        <TopicResults key={run.key} topicId={run.key} groups={run.items} hitNumbers={hitNumbers} />
      ))}
      {hidden > 0 && (
        <p className="search-more">
          {t.searchShowing(limit, results.total)}{' '}
          <button
            type="button"
            className="quiet-button"
            onClick={() => setShown({ query, limit: limit + RESULTS_PAGE })}
          >
            {t.searchShowMore(Math.min(hidden, RESULTS_PAGE))}
          </button>
        </p>
      )}
    </article>
  );
}

/** Consecutive runs of items with the same key. */
function runsBy<T>(items: readonly T[], key: (item: T) => string) {
  const runs: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const run = runs.at(-1);
    if (run?.key === k) run.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
}

type HitNumbers = ReadonlyMap<SearchHit, number>;

function TopicResults({
  topicId,
  groups: byTopic,
  hitNumbers,
}: {
  topicId: string;
  groups: SearchGroup[];
  hitNumbers: HitNumbers;
}) {
  const { debate, dataLang } = useDebateView();
  const topic = findTopic(debate, topicId);
  const headingId = `results-${topicId}`;
  return (
    <section className="result-topic" aria-labelledby={headingId}>
      <h2 id={headingId} lang={dataLang}>
        <Link to={paths.topic(topicId)}>{topic?.heading ?? topicId}</Link>
      </h2>
      {byTopic.map((group) => (
        <ResultGroup key={group.speakerId ?? ''} group={group} hitNumbers={hitNumbers} />
      ))}
    </section>
  );
}

function ResultGroup({ group, hitNumbers }: { group: SearchGroup; hitNumbers: HitNumbers }) {
  const t = useText();
  const { debate, script } = useDebateView();
  const nameOf = useSpeakerName();
  const speaker = findSpeaker(debate, group.speakerId);
  const href = speaker ? paths.stance(group.topicId, speaker.id) : paths.topic(group.topicId);
  return (
    <div className="result-group">
      <h3>
        <Link to={href}>{speaker ? nameOf(speaker) : t.searchTopicMatches}</Link>
      </h3>
      <ul className="result-hits">
        {group.hits.map((hit) => (
          <li
            key={`${hit.entry.field}-${hit.entry.lang}-${hit.entry.text}`}
            data-hit={hitNumbers.get(hit)}
          >
            <span className="result-field">{t.searchFields[hit.entry.field]}</span>
            <Link to={href} lang={hit.entry.lang === 'en' ? 'en' : scriptTag(script)}>
              <HighlightedText text={hit.entry.text} ranges={hit.ranges} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
