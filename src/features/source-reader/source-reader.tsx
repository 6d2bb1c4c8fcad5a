import { Fragment, useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useDebate } from '@/model/debate-context';
import { findStance } from '@/model/debate-queries';
import { paths } from '@/lib/paths';
import { uiText } from '@/lib/ui-text';
import { layoutSource, type Segment } from './source-layout';

/**
 * The whole source, paragraph by paragraph, with every curated quote highlighted where it
 * stands. `#<quoteId>` in the URL scrolls to that quote and moves focus to it.
 */
export function SourceReader({ source }: { source: string }) {
  const debate = useDebate();
  const layout = useMemo(() => layoutSource(debate, source), [debate, source]);
  const { hash } = useLocation();

  useEffect(() => {
    if (!hash) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }, [hash, layout]);

  const targetId = hash ? safeDecode(hash.slice(1)) : undefined;
  const missing =
    targetId !== undefined &&
    !layout.paragraphs.some((p) => p.segments.some((s) => s.mark?.quoteId === targetId));

  return (
    <article className="source-reader" lang={debate.language}>
      <header>
        <h1>{uiText.sourceTitle}</h1>
        <p className="hint">{uiText.sourceIntro}</p>
        <ul className="source-key">
          {debate.speakers.map((speaker, i) => (
            <li key={speaker.id}>
              <mark className={`speaker-tint-${i % 4}`}>{speaker.name.hant}</mark>
            </li>
          ))}
          <li>
            <mark className="is-inferred">{uiText.sourceInferredKey}</mark>
          </li>
          <li className="muted">{uiText.sourcePlainKey}</li>
        </ul>
        {missing && (
          <p className="notice" role="alert">
            {uiText.quoteNotFound(targetId)}
          </p>
        )}
      </header>
      {layout.paragraphs.map((p) => {
        const id = `p-${p.number}`;
        if (p.role === 'heading' && p.topic)
          return (
            <h2 key={id} id={id} className="source-heading">
              <Link to={paths.topic(p.topic.id)}>{p.segments.map((s) => s.text).join('')}</Link>
            </h2>
          );
        if (p.role === 'subheading')
          return (
            <p key={id} id={id} className="source-subheading">
              {p.segments.map((s) => s.text).join('')}
            </p>
          );
        const quoted = p.segments.some((s) => s.mark);
        return (
          <p
            key={id}
            id={id}
            className={quoted ? 'source-paragraph is-quoted' : 'source-paragraph'}
          >
            <span className="line-number" aria-hidden="true">
              {p.number}
            </span>
            {p.segments.map((segment, i) => (
              <Fragment key={i}>
                <SegmentView segment={segment} />
              </Fragment>
            ))}
          </p>
        );
      })}
    </article>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  const debate = useDebate();
  const { mark } = segment;
  if (!mark) return segment.text;
  const speaker = debate.speakers[mark.speakerIndex];
  const topic = debate.topics.find((t) => t.id === mark.topicId);
  const stance = findStance(debate, mark.topicId, mark.speakerId);
  const name = speaker?.name.hant ?? mark.speakerId;
  return (
    <>
      <mark
        id={mark.quoteId}
        tabIndex={-1}
        className={`speaker-tint-${mark.speakerIndex % 4}${mark.attribution === 'inferred' ? ' is-inferred' : ''}`}
      >
        {segment.text}
      </mark>
      <Link
        className="mark-link"
        to={paths.stance(mark.topicId, mark.speakerId)}
        aria-label={uiText.quoteBackLink(name, topic?.heading ?? mark.topicId, stance?.label ?? '')}
      >
        {name}
      </Link>
    </>
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
