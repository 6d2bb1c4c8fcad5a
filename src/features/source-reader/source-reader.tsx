import { Fragment, useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useDebate, useSpeakerName } from '@/lib/debate-view/debate-context';
import type { Debate } from '@/model/debate-schema';
import type { Script } from '@/lib/i18n/locale';
import { scriptTag } from '@/lib/i18n/locale';
import { findStance } from '@/model/debate-queries';
import { clipEchoed } from '@/lib/clip-text';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { useHydrated } from '@/lib/use-hydrated';
import { layoutSource, type Segment } from './source-layout';

/**
 * The whole source, paragraph by paragraph, with every curated quote highlighted where it
 * stands. `#<quoteId>` in the URL scrolls to that quote and moves focus to it. `source`
 * and `chinese` (the debate whose quotes it anchors) are in the same script, `script`.
 */
export function SourceReader({
  source,
  chinese,
  script,
}: {
  source: string;
  chinese: Debate;
  script: Script;
}) {
  const debate = useDebate();
  const t = useText();
  const nameOf = useSpeakerName();
  const layout = useMemo(() => layoutSource(chinese, source), [chinese, source]);
  const { hash, pathname } = useLocation();

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

  // The prerendered page never saw the #fragment: name a missing quote once hydrated.
  const hydrated = useHydrated();
  const targetId = hydrated && hash ? safeDecode(hash.slice(1)) : undefined;
  const missing =
    targetId !== undefined &&
    !layout.paragraphs.some((p) => p.segments.some((s) => s.mark?.quoteId === targetId));

  return (
    <article className="source-reader">
      <header>
        <h1>{t.sourceTitle}</h1>
        <p className="hint">{t.sourceIntro}</p>
        <ul className="source-key">
          {debate.speakers.map((speaker, i) => (
            <li key={speaker.id}>
              <mark className={`speaker-tint-${i % 4}`}>{nameOf(speaker)}</mark>
            </li>
          ))}
          <li>
            <mark className="is-inferred">{t.sourceInferredKey}</mark>
          </li>
          <li className="muted">{t.sourcePlainKey}</li>
        </ul>
        {script !== 'hant' && (
          <p className="notice">
            {t.convertedSource}{' '}
            <Link to={{ pathname, search: '?script=hant', hash }}>{t.viewOriginalSource}</Link>
          </p>
        )}
        {missing && (
          <p className="notice" role="alert">
            {t.quoteNotFound(clipEchoed(targetId))}
          </p>
        )}
      </header>
      <div lang={scriptTag(script)}>
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
      </div>
    </article>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  const debate = useDebate();
  const t = useText();
  const nameOf = useSpeakerName();
  const { mark } = segment;
  if (!mark) return segment.text;
  const speaker = debate.speakers[mark.speakerIndex];
  const topic = debate.topics.find((t) => t.id === mark.topicId);
  const stance = findStance(debate, mark.topicId, mark.speakerId);
  const name = speaker ? nameOf(speaker) : mark.speakerId;
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
        aria-label={t.quoteBackLink(name, topic?.heading ?? mark.topicId, stance?.label ?? '')}
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
