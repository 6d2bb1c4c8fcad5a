import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { pointsOfTopic } from '@/model/debate-queries';
import type { Point, PointRelation, Speaker, Topic } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useSpeakerOrder } from '@/lib/preferences';
import { useText } from '@/lib/i18n/use-text';
import { pointRelationSymbol } from '@/ui/point-badges';
import { CompareDifferences } from './compare-differences';
import { CompareSummary } from './compare-summary';
import { PointCard } from './compare-point-card';
import { pointSections } from '@/model/point-sections';
import { TopicFilter } from './compare-topic-filter';

/**
 * /compare: where the speakers agree, partly agree, differ, and where only one speaks, point
 * by point, for every topic or for `topic` alone.
 */
export function CompareView({
  topic,
  titleLevel = 1,
}: {
  topic?: Topic | undefined;
  /** 1 on /compare; 3 where the view sits under another page's headings (the studio). */
  titleLevel?: 1 | 3;
}) {
  const Title = titleLevel === 1 ? 'h1' : 'h3';
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const speakers = useSpeakerOrder(debate.speakers);
  const all = debate.points ?? [];
  const points = topic ? pointsOfTopic(debate, topic.id) : all;
  useScrollToPoint();
  return (
    <div className="compare">
      <header className="compare-header">
        <Title>{t.compare.heading}</Title>
        <p>{t.compare.intro}</p>
      </header>
      {all.length === 0 ? (
        <NoPoints />
      ) : (
        <>
          {topic ? null : <CompareDifferences />}
          <TopicFilter currentTopicId={topic?.id} />
          {topic && (
            <p className="compare-topic" lang={dataLang}>
              <Link to={paths.topic(topic.id)}>{topic.heading}</Link>
              {t.colon}
              {topic.question}
            </p>
          )}
          <CompareSummary points={points} currentTopicId={topic?.id} />
          {points.length === 0 ? (
            <p className="notice">{t.compare.noPointsInTopic}</p>
          ) : (
            pointSections(points).map((section) => (
              <PointSection key={section.relation} {...section} speakers={speakers} />
            ))
          )}
        </>
      )}
    </div>
  );
}

function PointSection({
  relation,
  points,
  speakers,
}: {
  relation: PointRelation;
  points: Point[];
  speakers: readonly Speaker[];
}) {
  const t = useText();
  const headingId = `section-${relation}`;
  return (
    <section className="point-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span aria-hidden="true" className="relation-symbol">
          {pointRelationSymbol(relation)}
        </span>
        {t.compare.sections[relation]}
      </h2>
      <p className="hint">{t.compare.sectionNote[relation]}</p>
      {points.length === 0 ? (
        <p className="muted">{t.compare.sectionEmpty}</p>
      ) : (
        points.map((point) => <PointCard key={point.id} point={point} speakers={speakers} />)
      )}
    </section>
  );
}

function NoPoints() {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  return (
    <section className="notice" aria-label={t.compare.title}>
      <p>{t.compare.noPoints}</p>
      <ul lang={dataLang}>
        {debate.topics.map((topic) => (
          <li key={topic.id}>
            <Link to={paths.topic(topic.id)}>{topic.heading}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A link to one point (/compare/<topic>#point-…) opens at it. The browser does this for a page
 * loaded cold; when the page's code loaded lazily, the point was not there to scroll to yet.
 */
function useScrollToPoint() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    let target: HTMLElement | null = null;
    try {
      target = document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch {
      return;
    }
    target?.scrollIntoView();
  }, [hash]);
}
