import { clipText } from '@/lib/clip-text';
import { useText } from '@/lib/i18n/use-text';
import type { Debate } from '@/model/debate-schema';
import { useMemo } from 'react';
import { ChecklistField } from './checklist-field';
import { useDraftSelector } from './draft-context';
import { addPoint, removeItem } from './draft-edits';
import { DraftChoice, DraftField, FieldGroup } from './draft-field';
import { setAt } from './draft-path';
import { JsonField } from './json-field';
import { useStudioText } from './use-studio-text';

type Option = { value: string; label: string };

/** Each speaker's quotes, in any stance, as choices: "topic: the words". */
function quoteOptionsBySpeaker(debate: Pick<Debate, 'stances' | 'topics'>) {
  const byId = new Map<string, Option[]>();
  for (const stance of debate.stances) {
    const topic = debate.topics.find((t) => t.id === stance.topicId)?.heading || stance.topicId;
    const list = byId.get(stance.speakerId) ?? [];
    for (const q of stance.quotes)
      list.push({ value: q.id, label: `${topic}：${clipText(q.quote.exact, 40)}` });
    byId.set(stance.speakerId, list);
  }
  return byId;
}

/** One speaker's answer to a point: what they say, in our words, and their words that show it. */
function AnswerFields({ pi, ai, quotes }: { pi: number; ai: number; quotes: Option[] }) {
  const dispatch = useDraftSelector((d) => d.dispatch);
  const speakers = useDraftSelector((d) => d.state.debate.speakers);
  const speakerId = useDraftSelector((d) => d.state.debate.points?.[pi]?.answers[ai]?.speakerId);
  const hasNewQuotes = useDraftSelector(
    (d) => d.state.debate.points?.[pi]?.answers[ai]?.quotes !== undefined,
  );
  const s = useStudioText();
  const t = useText();
  const p = s.pointForm;
  const at = (...rest: (string | number)[]) => ['points', pi, 'answers', ai, ...rest];
  const speakerName = speakers.find((sp) => sp.id === speakerId)?.name.hant || speakerId || '';
  const speakerOptions = speakers.map((sp) => ({ value: sp.id, label: sp.name.hant || sp.id }));
  const answers = Object.entries(t.pointAnswers).map(([value, label]) => ({ value, label }));
  const remove = () =>
    dispatch({
      type: 'edit',
      edit: (d) => {
        const list = d.debate.points?.[pi]?.answers ?? [];
        const kept = list.filter((_, i) => i !== ai);
        return { ...d, debate: setAt(d.debate, ['points', pi, 'answers'], kept) };
      },
    });
  return (
    <fieldset className="studio-answer">
      <legend>{p.answerOf(speakerName)}</legend>
      <DraftChoice path={at('speakerId')} label={s.speaker} options={speakerOptions} />
      <DraftChoice path={at('answer')} label={p.answer} options={answers} />
      <DraftField path={at('note')} label={p.note} optional multiline />
      <DraftField path={at('en', 'note')} label={p.enNote} optional multiline />
      <ChecklistField path={at('quoteIds')} legend={p.quotes} options={quotes} empty={p.noQuotes} />
      {hasNewQuotes && <JsonField path={at('quotes')} label={p.newQuotes} />}
      <button type="button" className="quiet-button" onClick={remove}>
        {p.removeAnswer}
      </button>
    </fieldset>
  );
}

/** The specific claims under the stances, and how each speaker answers them. */
export function PointFields() {
  const dispatch = useDraftSelector((d) => d.dispatch);
  const points = useDraftSelector((d) => d.state.debate.points);
  const topics = useDraftSelector((d) => d.state.debate.topics);
  const stances = useDraftSelector((d) => d.state.debate.stances);
  const s = useStudioText();
  const t = useText();
  const p = s.pointForm;
  const quotesBySpeaker = useMemo(
    () => quoteOptionsBySpeaker({ stances, topics }),
    [stances, topics],
  );
  const topicOptions = topics.map((topic) => ({
    value: topic.id,
    label: topic.heading || topic.id,
  }));
  const relations = Object.entries(t.pointRelations).map(([value, label]) => ({ value, label }));
  return (
    <>
      {(points ?? []).map((point, pi) => {
        const at = (...rest: (string | number)[]) => ['points', pi, ...rest];
        const addAnswer = () =>
          dispatch({
            type: 'edit',
            edit: (d) => ({
              ...d,
              debate: setAt(d.debate, at('answers', point.answers.length), {
                speakerId: d.debate.speakers[0]?.id ?? '',
                answer: 'not-addressed',
                quoteIds: [],
              }),
            }),
          });
        return (
          <FieldGroup key={pi} title={p.pointN(pi + 1, point.statement)}>
            <DraftField path={at('id')} label={s.fields.id} />
            <DraftField path={at('statement')} label={p.statement} />
            <ChecklistField
              path={at('topicIds')}
              legend={p.topics}
              options={topicOptions}
              empty=""
            />
            <DraftChoice path={at('relation')} label={p.relation} options={relations} />
            <DraftField path={at('why')} label={p.why} multiline />
            <DraftField path={at('en', 'statement')} label={p.enStatement} optional />
            <DraftField path={at('en', 'why')} label={s.fields.enWhy} optional multiline />
            {point.answers.map((answer, ai) => (
              <AnswerFields
                key={ai}
                pi={pi}
                ai={ai}
                quotes={quotesBySpeaker.get(answer.speakerId) ?? []}
              />
            ))}
            <button type="button" onClick={addAnswer}>
              {p.addAnswer}
            </button>
            <button
              type="button"
              className="quiet-button"
              onClick={() => dispatch({ type: 'edit', edit: (d) => removeItem(d, 'points', pi) })}
            >
              {p.removePoint(pi + 1)}
            </button>
          </FieldGroup>
        );
      })}
      <button type="button" onClick={() => dispatch({ type: 'edit', edit: addPoint })}>
        {p.addPoint}
      </button>
    </>
  );
}
