import { Link } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { answerQuotes, findTopic, stanceOfQuote } from '@/model/debate-queries';
import type { Point, PointAnswer, Speaker } from '@/model/debate-schema';
import { paths, pointAnchor } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { AdjudicationNote } from '@/ui/adjudication-note';
import { AnswerBadge, PointRelationBadge } from '@/ui/point-badges';
import { QuoteFigure } from './quote-figure';

/**
 * One point, in its relation's section: the claim, why the speakers relate as they do, and each speaker's answer with
 * the words that show it, side by side in the reader's speaker order.
 */
export function PointCard({ point, speakers }: { point: Point; speakers: readonly Speaker[] }) {
  const { dataLang } = useDebateView();
  const t = useText();
  const headingId = `${pointAnchor(point.id)}-heading`;
  return (
    <article className="point-card" id={pointAnchor(point.id)} aria-labelledby={headingId}>
      <h3 id={headingId} lang={dataLang}>
        {point.statement}
      </h3>
      <p className="point-why">
        <strong>
          {t.compare.why}
          {t.colon}
        </strong>
        <span lang={dataLang}>{point.why}</span>
      </p>
      <AdjudicationNote
        adjudication={point.adjudication}
        shown={point.relation}
        describe={(relation) => <PointRelationBadge relation={relation} />}
      />
      <div className="side-by-side point-answers">
        {speakers.map((speaker) => {
          const answer = point.answers.find((a) => a.speakerId === speaker.id);
          return answer ? (
            <AnswerColumn key={speaker.id} point={point} speaker={speaker} answer={answer} />
          ) : null;
        })}
      </div>
    </article>
  );
}

function AnswerColumn({
  point,
  speaker,
  answer,
}: {
  point: Point;
  speaker: Speaker;
  answer: PointAnswer;
}) {
  const { debate, dataLang } = useDebateView();
  const t = useText();
  const name = useSpeakerName()(speaker);
  const quotes = answerQuotes(debate, answer);
  return (
    <div className={`point-answer answer-is-${answer.answer}`}>
      <h4 className="point-answer-head">
        <span className="point-answer-name">{name}</span>
        <span className="visually-hidden">{t.colon}</span>
        <AnswerBadge kind={answer.answer} />
      </h4>
      <AdjudicationNote
        adjudication={answer.adjudication}
        shown={answer.answer}
        describe={(kind) => <AnswerBadge kind={kind} />}
      />
      {answer.note ? (
        <p lang={dataLang}>{answer.note}</p>
      ) : (
        answer.answer === 'not-addressed' && <p className="muted">{t.compare.notAddressed}</p>
      )}
      {quotes.map((quote) => {
        // A point's own quote has no stance: its link names the speaker's stance on the
        // point's first topic, where the reader finds the rest of their words.
        const stance = stanceOfQuote(debate, quote.id);
        const stancePath = stance
          ? paths.stance(stance.topicId, stance.speakerId)
          : paths.stance(point.topicIds[0] ?? '', speaker.id);
        return (
          <QuoteFigure
            key={quote.id}
            quote={quote}
            speakerName={name}
            stancePath={stancePath}
            idPrefix={`${pointAnchor(point.id)}-`}
          />
        );
      })}
      <ul className="stance-links">
        {point.topicIds.map((topicId) => {
          const topic = findTopic(debate, topicId);
          return topic ? (
            <li key={topicId}>
              <Link to={paths.stance(topicId, speaker.id)} lang={dataLang}>
                {t.compare.stanceLink(name, topic.heading)} →
              </Link>
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}
