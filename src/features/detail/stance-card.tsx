import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Speaker, Stance, Topic } from '@/model/debate-schema';
import { uiText } from '@/lib/ui-text';
import { encodePosition } from '@/ui/position-encoding';
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
  const encoding = encodePosition(stance.position, topic);
  const explanation =
    stance.position.state === 'placed' ? stance.position.rationale : stance.position.note;
  return (
    <article className="stance-card" aria-label={uiText.stanceOf(speaker.name.hant, topic.heading)}>
      <Heading className="stance-card-title">{title}</Heading>
      <p className="stance-card-label">{stance.label}</p>
      <div className="stance-position">
        <PositionGlyph encoding={encoding} />
        <div>
          <p className="position-axis">
            <span>{topic.axis.from}</span>
            <span aria-hidden="true"> ↔ </span>
            <span className="visually-hidden">至</span>
            <span>{topic.axis.to}</span>
          </p>
          <p className="position-description">
            <span className="visually-hidden">{uiText.position}：</span>
            {encoding.description}
          </p>
        </div>
      </div>
      <p className="position-rationale">
        <span className="muted">{uiText.rationale}：</span>
        {explanation}
      </p>
      <p className="stance-summary">{stance.summary}</p>
      {stance.quotes.length > 0 && (
        <section className="quotes" aria-label={uiText.quotes}>
          {stance.quotes.map((quote) => (
            <QuoteFigure key={quote.id} quote={quote} speakerName={speaker.name.hant} />
          ))}
        </section>
      )}
      {href && (
        <p className="card-link">
          <Link to={href}>{uiText.openStance(speaker.name.hant)} →</Link>
        </p>
      )}
    </article>
  );
}
