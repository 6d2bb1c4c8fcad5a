import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import type { Speaker, Stance, Topic } from '@/model/debate-schema';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { codedRange } from '@/model/coded-items';
import { keyQuote } from '@/model/debate-queries';
import { AdjudicationNote } from '@/ui/adjudication-note';
import { describeValue, encodePosition } from '@/ui/position-encoding';
import { PositionGlyph } from '@/ui/position-glyph';
import { QuoteFigure } from './quote-figure';

interface StanceCardProps {
  topic: Topic;
  speaker: Speaker;
  stance: Stance;
  /** The card's heading, e.g. the speaker's name beside the other speaker, or the topic. */
  title: ReactNode;
  /** A link to the stance's own page, where the card is not already on it. */
  href?: string;
  headingLevel?: 'h2' | 'h3';
}

/** A stance: its label, where it sits on the topic's axis, our summary, and the exact words. */
export function StanceCard({
  topic,
  speaker,
  stance,
  title,
  href,
  headingLevel: Heading = 'h3',
}: StanceCardProps) {
  const t = useText();
  const nameOf = useSpeakerName();
  const { debate, dataLang } = useDebateView();
  const name = nameOf(speaker);
  const encoding = encodePosition(stance.position, topic, t);
  const explanation =
    stance.position.state === 'placed' ? stance.position.rationale : stance.position.note;
  const range = codedRange(debate.codings ?? [], topic.id, speaker.id);
  const shownCode =
    stance.position.state === 'placed' ? stance.position.value : stance.position.state;
  const key = stance.quotes.length > 1 ? keyQuote(stance) : undefined;
  return (
    <article className="stance-card" aria-label={t.stanceOf(name, topic.heading)}>
      <Heading className="stance-card-title">{title}</Heading>
      <p className="stance-card-label" lang={dataLang}>
        {stance.label}
      </p>
      <div className="stance-position">
        <PositionGlyph encoding={encoding} />
        <div>
          <p className="position-axis" lang={dataLang}>
            <span>{topic.axis.from}</span>
            <span aria-hidden="true"> ↔ </span>
            <span className="visually-hidden">{t.axisTo}</span>
            <span>{topic.axis.to}</span>
          </p>
          <p className="position-description">
            <span className="visually-hidden">
              {t.position}
              {t.colon}
            </span>
            {encoding.description}
          </p>
          {range ? (
            <p className="coded-range muted" lang={dataLang}>
              {sentence(
                t.readings.codedRange(
                  describeValue(range.min, topic, t),
                  describeValue(range.max, topic, t),
                ),
              )}
            </p>
          ) : null}
        </div>
      </div>
      <p className="position-rationale">
        <span className="muted">
          {t.rationale}
          {t.colon}
        </span>
        <span lang={dataLang}>{explanation}</span>
      </p>
      <AdjudicationNote
        adjudication={stance.positionAdjudication}
        shown={shownCode}
        describe={(code) =>
          typeof code === 'number' ? describeValue(code, topic, t) : t.positionStates[code]
        }
      />
      <p className="stance-summary" lang={dataLang}>
        {stance.summary}
      </p>
      {stance.quotes.length > 0 && (
        <section className="quotes" aria-label={t.quotes}>
          {stance.quotes.map((quote) => (
            <QuoteFigure
              key={quote.id}
              quote={quote}
              speakerName={name}
              stancePath={paths.stance(topic.id, speaker.id)}
              isKey={quote.id === key?.id}
              cite={{
                kind: 'quote',
                topicId: stance.topicId,
                speakerId: stance.speakerId,
                quoteId: quote.id,
              }}
            />
          ))}
        </section>
      )}
      {href && (
        <p className="card-link">
          <Link to={href}>{t.openStance(name)} →</Link>
        </p>
      )}
    </article>
  );
}

/** Words written to follow others, standing alone: “independent readers…” → “Independent…”. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
