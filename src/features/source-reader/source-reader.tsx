import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useDebate, useSpeakerName } from '@/lib/debate-view/debate-context';
import type { Debate } from '@/model/debate-schema';
import type { Script } from '@/lib/i18n/locale';
import { scriptTag } from '@/lib/i18n/locale';
import { findStance } from '@/model/debate-queries';
import { clipEchoed } from '@/lib/clip-text';
import { paths } from '@/lib/paths';
import { readingHref } from '@/lib/reading';
import { useText } from '@/lib/i18n/use-text';
import { useHydrated } from '@/lib/use-hydrated';
import {
  layoutLines,
  lineAt,
  lineStarts,
  placeQuotes,
  type Segment,
  type SourceParagraph,
} from './source-layout';
import { scrollIntoOwnView } from '@/lib/scroll-into-own-view';

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
  const placed = useMemo(() => placeQuotes(chinese, source), [chinese, source]);
  const starts = useMemo(() => lineStarts(source), [source]);
  const { hash, pathname } = useLocation();
  const targetLine = useMemo(() => {
    const id = hash ? safeDecode(hash.slice(1)) : undefined;
    const mark = id === undefined ? undefined : placed.marks.find((m) => m.quoteId === id);
    return mark ? lineAt(starts, mark.start) : undefined;
  }, [hash, placed, starts]);
  // A long source is shown a window of lines at a time (a whole one would crash the tab),
  // opened around the quote the link names and grown as the reader scrolls.
  const windowed = starts.length > WINDOW_FROM_LINES;
  const [shown, setShown] = useState(() => windowAround(targetLine));
  // A link to a quote outside the window moves the window (adjusted while rendering).
  const [shownFor, setShownFor] = useState(targetLine);
  if (shownFor !== targetLine) {
    setShownFor(targetLine);
    if (targetLine !== undefined && (targetLine < shown.from || targetLine >= shown.to))
      setShown(windowAround(targetLine));
  }
  const from = windowed ? shown.from : 0;
  const to = windowed ? Math.min(shown.to, starts.length) : starts.length;
  const lines = useMemo(
    () => layoutLines(chinese, source, placed, starts, from, to),
    [chinese, source, placed, starts, from, to],
  );

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
    scrollIntoOwnView(target, { block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }, [hash, lines]);

  // The prerendered page never saw the #fragment: name a missing quote once hydrated.
  const hydrated = useHydrated();
  const targetId = hydrated && hash ? safeDecode(hash.slice(1)) : undefined;
  const missing = targetId !== undefined && !placed.marks.some((m) => m.quoteId === targetId);

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
            {/* The Traditional reading's own page: the original, unconverted. */}
            <a
              href={readingHref(
                import.meta.env.BASE_URL,
                'zh-hant',
                `${pathname}${hydrated ? hash : ''}`,
              )}
              hrefLang="zh-Hant"
            >
              {t.viewOriginalSource}
            </a>
          </p>
        )}
        {missing && (
          <p className="notice" role="alert">
            {t.quoteNotFound(clipEchoed(targetId))}
          </p>
        )}
      </header>
      <div lang={scriptTag(script)}>
        {windowed && from > 0 && (
          <button
            type="button"
            className="quiet-button source-more"
            onClick={() => setShown(({ to }) => windowOf(from - WINDOW_STEP, to))}
          >
            {t.sourceEarlierLines(from)}
          </button>
        )}
        {lines.map((p) => (
          <ParagraphView key={p.number} paragraph={p} />
        ))}
        {windowed && to < starts.length && (
          <LaterLines
            label={t.sourceLaterLines(to + 1)}
            onShow={() => setShown(({ from }) => windowOf(from, to + WINDOW_STEP))}
          />
        )}
      </div>
    </article>
  );
}

/** Sources longer than this many lines are shown a window at a time. */
const WINDOW_FROM_LINES = 3000;
/** Lines added at a time, and the most shown at once. */
const WINDOW_STEP = 500;
const WINDOW_MOST = 4000;

/** Lines [from, to), keeping at most WINDOW_MOST: the end grown last is kept. */
function windowOf(from: number, to: number): { from: number; to: number } {
  const start = Math.max(0, from);
  return to - start > WINDOW_MOST ? { from: to - WINDOW_MOST, to } : { from: start, to };
}

function windowAround(line: number | undefined) {
  return line === undefined
    ? windowOf(0, WINDOW_STEP)
    : windowOf(line - WINDOW_STEP / 2, line + WINDOW_STEP / 2);
}

/**
 * A button that shows the next lines, pressed by itself as it comes near the viewport. One
 * observer for the button's life reports only its comings and goings, so lines that add no
 * height (issue 25: 4.9 million blank lines) leave it in view without pressing it again and
 * again, which slid the window through the whole source.
 */
function LaterLines({ label, onShow }: { label: string; onShow: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const show = useRef(onShow);
  useEffect(() => {
    show.current = onShow;
  }, [onShow]);
  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.at(-1)?.isIntersecting) show.current();
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, []);
  return (
    <button ref={ref} type="button" className="quiet-button source-more" onClick={onShow}>
      {label}
    </button>
  );
}

function ParagraphView({ paragraph: p }: { paragraph: SourceParagraph }) {
  const id = `p-${p.number}`;
  if (p.role === 'heading' && p.topic)
    return (
      <h2 id={id} className="source-heading">
        <Link to={paths.topic(p.topic.id)}>{p.segments.map((s) => s.text).join('')}</Link>
      </h2>
    );
  if (p.role === 'subheading')
    return (
      <p id={id} className="source-subheading">
        {p.segments.map((s) => s.text).join('')}
      </p>
    );
  const quoted = p.segments.some((s) => s.mark);
  return (
    <p id={id} className={quoted ? 'source-paragraph is-quoted' : 'source-paragraph'}>
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
