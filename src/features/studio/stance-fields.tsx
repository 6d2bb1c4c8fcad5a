import type { Position, Stance } from '@/model/debate-schema';
import { positionValues } from '@/model/debate-schema';
import { memo } from 'react';
import { useDraftSelector, useSetField } from './draft-context';
import { moveQuote, removeItem, removeQuote } from './draft-edits';
import { DraftChoice, DraftField } from './draft-field';
import { fieldId, formatPath } from './draft-path';
import { LazyFieldGroup } from './lazy-field-group';
import { useStudioText } from './use-studio-text';

/** The element a quote's highlight leads to. */
export const quoteBlockId = (quoteId: string) => `studio-quote-${quoteId}`;

/** The key under which a quote's group can be asked to render (see revealGroups). */
export const quoteGroupKey = (quoteId: string) => `quote:${quoteId}`;

// The first stances render at once (a debate of two speakers and six topics has twelve);
// the rest as the editor nears them.
const EAGER_STANCES = 12;
// Rough heights, so that the scrollbar is about right before a group renders.
const STANCE_REM = 40;
const QUOTE_REM = 30;

// Memo, with its parts of the draft from the store: typing elsewhere leaves the quote as it is.
const QuoteFields = memo(function QuoteFields({ si, qi }: { si: number; qi: number }) {
  const dispatch = useDraftSelector((d) => d.dispatch);
  const stance = useDraftSelector((d) => d.state.debate.stances[si]);
  const speakers = useDraftSelector((d) => d.state.debate.speakers);
  const topics = useDraftSelector((d) => d.state.debate.topics);
  const language = useDraftSelector((d) => d.state.debate.language);
  const s = useStudioText();
  const f = s.fields;
  const quote = stance?.quotes[qi];
  if (!stance || !quote) return null;
  const at = (...rest: string[]) => ['stances', si, 'quotes', qi, ...rest];
  const move = (to: Partial<Pick<Stance, 'topicId' | 'speakerId'>>) =>
    dispatch({
      type: 'edit',
      edit: (d) =>
        moveQuote(d, [si, qi], { topicId: stance.topicId, speakerId: stance.speakerId, ...to }),
    });
  const owner = fieldId(at('owner'));
  return (
    <div className="studio-quote" id={quoteBlockId(quote.id)} tabIndex={-1}>
      <blockquote lang={language}>{quote.quote.exact}</blockquote>
      <div className="studio-field">
        <label htmlFor={`${owner}-speaker`}>{s.speaker}</label>
        <select
          id={`${owner}-speaker`}
          value={stance.speakerId}
          onChange={(e) => move({ speakerId: e.target.value })}
        >
          {speakers.map((sp) => (
            <option key={sp.id} value={sp.id}>
              {sp.name.hant || sp.id}
            </option>
          ))}
        </select>
      </div>
      <div className="studio-field">
        <label htmlFor={`${owner}-topic`}>{s.topic}</label>
        <select
          id={`${owner}-topic`}
          value={stance.topicId}
          onChange={(e) => move({ topicId: e.target.value })}
        >
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.heading || t.id}
            </option>
          ))}
        </select>
      </div>
      <DraftChoice
        path={at('kind')}
        label={f.kind}
        options={Object.entries(s.kinds).map(([value, label]) => ({ value, label }))}
      />
      <DraftChoice
        path={at('attribution')}
        label={f.attribution}
        options={Object.entries(s.attributions).map(([value, label]) => ({ value, label }))}
      />
      <DraftField path={at('note')} label={f.note} optional />
      <DraftField path={at('en', 'gloss')} label={f.enGloss} optional />
      <button
        type="button"
        className="quiet-button"
        onClick={() => dispatch({ type: 'edit', edit: (d) => removeQuote(d, [si, qi]) })}
      >
        {s.removeQuote}
      </button>
    </div>
  );
});

const PositionFields = memo(function PositionFields({
  si,
  position,
}: {
  si: number;
  position: Position;
}) {
  const s = useStudioText();
  const setField = useSetField();
  const axis = useDraftSelector((d) => {
    const topicId = d.state.debate.stances[si]?.topicId;
    return d.state.debate.topics.find((t) => t.id === topicId)?.axis;
  });
  const f = s.fields;
  const at = (...rest: string[]) => ['stances', si, 'position', ...rest];
  // The ends of the scale are the topic's poles, named, so a value never stands alone.
  const ends = new Map<number, string | undefined>([
    [positionValues[0], axis?.from],
    [positionValues[4], axis?.to],
  ]);
  const valueLabel = (v: number) => {
    const pole = ends.get(v);
    return pole ? s.axisEnd(String(v), pole) : String(v);
  };
  const text = position.state === 'placed' ? position.rationale : position.note;
  const restate = (state: string) =>
    setField(
      at(),
      state === 'placed' ? { state, value: 0, rationale: text } : { state, note: text },
    );
  return (
    <>
      <DraftChoice
        path={at('state')}
        label={f.positionState}
        options={Object.entries(s.positionStates).map(([value, label]) => ({ value, label }))}
        onChoose={restate}
      />
      {position.state === 'placed' ? (
        <>
          <DraftChoice
            path={at('value')}
            label={f.positionValue}
            options={positionValues.map((v) => ({ value: String(v), label: valueLabel(v) }))}
            onChoose={(v) => setField(at('value'), Number(v))}
          />
          <DraftField path={at('rationale')} label={f.rationale} multiline />
        </>
      ) : (
        <DraftField path={at('note')} label={f.positionNote} multiline />
      )}
    </>
  );
});

/** Each stance: label, summary, position and rationale, and the quotes behind it. */
export function StanceFields() {
  // From the store, not the whole draft: typing in another field leaves the list as it is.
  const dispatch = useDraftSelector((d) => d.dispatch);
  const speakers = useDraftSelector((d) => d.state.debate.speakers);
  const topics = useDraftSelector((d) => d.state.debate.topics);
  const stances = useDraftSelector((d) => d.state.debate.stances);
  const s = useStudioText();
  const f = s.fields;
  if (stances.length === 0) return <p className="hint">{s.noStances}</p>;
  return (
    <>
      {stances.map((stance, si) => {
        const speaker =
          speakers.find((sp) => sp.id === stance.speakerId)?.name.hant || stance.speakerId;
        const topic = topics.find((t) => t.id === stance.topicId)?.heading || stance.topicId;
        const at = (...rest: string[]) => ['stances', si, ...rest];
        return (
          <LazyFieldGroup
            key={`${stance.topicId}/${stance.speakerId}/${si}`}
            title={s.stanceOf(speaker, topic)}
            keys={[formatPath(at()), ...stance.quotes.map((q) => quoteGroupKey(q.id))]}
            eager={si < EAGER_STANCES}
            estimateRem={STANCE_REM + QUOTE_REM * stance.quotes.length}
            showLabel={s.showFields(s.stanceOf(speaker, topic))}
          >
            <DraftField path={at('label')} label={f.label} />
            <DraftField path={at('summary')} label={f.summary} multiline />
            <PositionFields si={si} position={stance.position} />
            <DraftField path={at('en', 'label')} label={f.enLabel} optional />
            <DraftField path={at('en', 'summary')} label={f.enSummary} optional multiline />
            <DraftField
              path={at('en', 'positionNote')}
              label={f.enPositionNote}
              optional
              multiline
            />
            {stance.quotes.map((q, qi) => (
              <QuoteFields key={q.id} si={si} qi={qi} />
            ))}
            <button
              type="button"
              className="quiet-button"
              onClick={() => dispatch({ type: 'edit', edit: (d) => removeItem(d, 'stances', si) })}
            >
              {s.remove} {s.stanceOf(speaker, topic)}
            </button>
          </LazyFieldGroup>
        );
      })}
    </>
  );
}
