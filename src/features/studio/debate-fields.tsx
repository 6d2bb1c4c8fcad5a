import { useDraft, useDraftSelector, useSetField } from './draft-context';
import { addRelation, removeItem } from './draft-edits';
import { DraftChoice, DraftField, FieldGroup } from './draft-field';
import { setAt } from './draft-path';
import { useStudioText } from './use-studio-text';

/** The debate's own description: title, outlet, column, programme, people and date. */
export function AboutFields() {
  const s = useStudioText();
  const f = s.fields;
  const languages = Object.entries(s.languages).map(([value, label]) => ({ value, label }));
  return (
    <>
      <DraftField path={['id']} label={f.id} />
      {/* Guessed from the text when the draft starts; the site then offers the other script. */}
      <DraftChoice path={['language']} label={f.language} options={languages} />
      <DraftField path={['title']} label={f.title} />
      <DraftField path={['outlet']} label={f.outlet} />
      <DraftField path={['column']} label={f.column} />
      <DraftField path={['programme']} label={f.programme} />
      <DraftField path={['interviewer']} label={f.interviewer} />
      <DraftField path={['author']} label={f.author} />
      <DraftField path={['published', 'period']} label={f.period} />
      <DraftField path={['published', 'note']} label={f.publishedNote} multiline />
    </>
  );
}

/** How two speakers relate on a topic. */
export function RelationFields() {
  const { state, dispatch } = useDraft();
  const s = useStudioText();
  const f = s.fields;
  const speakers = state.debate.speakers.map((sp) => ({
    value: sp.id,
    label: sp.name.hant || sp.id,
  }));
  const topics = state.debate.topics.map((t) => ({ value: t.id, label: t.heading || t.id }));
  return (
    <>
      {state.debate.relations.map((_, i) => (
        <FieldGroup key={i} title={s.relationN(i + 1)}>
          <DraftChoice path={['relations', i, 'topicId']} label={s.topic} options={topics} />
          <DraftChoice
            path={['relations', i, 'speakerIds', 0]}
            label={f.firstSpeaker}
            options={speakers}
          />
          <DraftChoice
            path={['relations', i, 'speakerIds', 1]}
            label={f.secondSpeaker}
            options={speakers}
          />
          <DraftChoice
            path={['relations', i, 'kind']}
            label={f.relationKind}
            options={Object.entries(s.relationKinds).map(([value, label]) => ({ value, label }))}
          />
          <DraftField path={['relations', i, 'why']} label={f.why} multiline />
          <DraftField path={['relations', i, 'en', 'why']} label={f.enWhy} optional multiline />
          <button
            type="button"
            className="quiet-button"
            onClick={() => dispatch({ type: 'edit', edit: (d) => removeItem(d, 'relations', i) })}
          >
            {s.remove} {s.relationN(i + 1)}
          </button>
        </FieldGroup>
      ))}
      <button type="button" onClick={() => dispatch({ type: 'edit', edit: addRelation })}>
        {s.addRelation}
      </button>
    </>
  );
}

/** What the source leaves out, one line each. */
export function LimitationFields() {
  const { state, dispatch } = useDraft();
  const s = useStudioText();
  const list = state.debate.limitations ?? [];
  const add = () =>
    dispatch({
      type: 'edit',
      edit: (d) => ({ ...d, debate: setAt(d.debate, ['limitations', list.length], '') }),
    });
  return (
    <>
      {list.map((_, i) => (
        <DraftField
          key={i}
          path={['limitations', i]}
          label={`${s.fields.limitation} ${i + 1}`}
          multiline
        />
      ))}
      <button type="button" onClick={add}>
        {s.addLimitation}
      </button>
    </>
  );
}

/** The dated change log, newest last. */
export function ChangelogFields() {
  const { state, dispatch } = useDraft();
  const s = useStudioText();
  const list = state.debate.changelog ?? [];
  const add = () =>
    dispatch({
      type: 'edit',
      edit: (d) => ({
        ...d,
        debate: setAt(d.debate, ['changelog', list.length], {
          date: new Date().toISOString().slice(0, 10),
          summary: '',
        }),
      }),
    });
  return (
    <>
      {list.map((_, i) => (
        <FieldGroup key={i} title={`${s.changelogSection} ${i + 1}`}>
          <DraftField path={['changelog', i, 'date']} label={s.fields.date} />
          <DraftField path={['changelog', i, 'summary']} label={s.fields.changeSummary} multiline />
        </FieldGroup>
      ))}
      <button type="button" onClick={add}>
        {s.addChange}
      </button>
    </>
  );
}

const ABOUT_KEYS = ['title', 'outlet', 'column', 'programme', 'interviewer', 'author'] as const;

/**
 * The debate's own description in English. A list's English is written whole, padded with
 * empty entries, so that it never has holes the format cannot hold.
 */
export function EnglishFields() {
  const s = useStudioText();
  const f = s.fields;
  const setField = useSetField();
  const limitations = useDraftSelector((d) => d.state.debate.limitations?.length ?? 0);
  const changes = useDraftSelector((d) => d.state.debate.changelog?.length ?? 0);
  const enLimitations = useDraftSelector((d) => d.state.debate.en?.limitations);
  const enChanges = useDraftSelector((d) => d.state.debate.en?.changelog);
  const setEntry =
    (list: 'limitations' | 'changelog', length: number, current: string[] | undefined, i: number) =>
    (text: string) =>
      setField(
        ['en', list],
        Array.from({ length }, (_, j) => (j === i ? text : (current?.[j] ?? ''))),
      );
  return (
    <>
      <p className="hint">{s.englishHelp}</p>
      {ABOUT_KEYS.map((key) => (
        <DraftField key={key} path={['en', key]} label={s.inEnglish(f[key])} optional />
      ))}
      <DraftField path={['en', 'published', 'period']} label={s.inEnglish(f.period)} optional />
      <DraftField
        path={['en', 'published', 'note']}
        label={s.inEnglish(f.publishedNote)}
        optional
        multiline
      />
      {Array.from({ length: limitations }, (_, i) => (
        <DraftField
          key={`limitation-${i}`}
          path={['en', 'limitations', i]}
          label={s.inEnglish(`${f.limitation} ${i + 1}`)}
          onText={setEntry('limitations', limitations, enLimitations, i)}
          multiline
        />
      ))}
      {Array.from({ length: changes }, (_, i) => (
        <DraftField
          key={`change-${i}`}
          path={['en', 'changelog', i]}
          label={s.inEnglish(`${s.changelogSection} ${i + 1}`)}
          onText={setEntry('changelog', changes, enChanges, i)}
          multiline
        />
      ))}
    </>
  );
}
