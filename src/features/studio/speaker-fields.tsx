import type { Speaker } from '@/model/debate-schema';
import { toSimplified } from '@/model/script-converter';
import { useDraftSelector } from './draft-context';
import { removeItem } from './draft-edits';
import { DraftField, FieldGroup } from './draft-field';
import { setAt } from './draft-path';
import { useStudioText } from './use-studio-text';

/** The speakers: both scripts of each name, the Simplified filled in by OpenCC (and editable). */
export function SpeakerFields() {
  const dispatch = useDraftSelector((d) => d.dispatch);
  const speakers = useDraftSelector((d) => d.state.debate.speakers);
  const s = useStudioText();
  const f = s.fields;
  const setName = (i: number, speaker: Speaker, hant: string) =>
    dispatch({
      type: 'edit',
      typing: `speakers[${i}].name.hant`,
      edit: (d) => {
        // The Simplified follows the Traditional until the editor writes their own.
        const following =
          speaker.name.hans === '' || speaker.name.hans === toSimplified(speaker.name.hant);
        const name = { hant, hans: following ? toSimplified(hant) : speaker.name.hans };
        return { ...d, debate: setAt(d.debate, ['speakers', i, 'name'], name) };
      },
    });
  return (
    <>
      {speakers.map((speaker, i) => (
        <FieldGroup key={i} title={speaker.name.hant || s.speakerN(i + 1)}>
          <DraftField path={['speakers', i, 'id']} label={f.id} />
          <DraftField
            path={['speakers', i, 'name', 'hant']}
            label={f.nameHant}
            onText={(text) => setName(i, speaker, text)}
          />
          <DraftField path={['speakers', i, 'name', 'hans']} label={f.nameHans} />
          <DraftField path={['speakers', i, 'introduction']} label={f.introduction} multiline />
          <DraftField path={['speakers', i, 'roles', 0, 'title']} label={f.role} />
          <DraftField
            path={['speakers', i, 'roles', 0, 'organization']}
            label={f.organization}
            optional
          />
          <DraftField path={['speakers', i, 'en', 'name']} label={f.enName} optional />
          <DraftField
            path={['speakers', i, 'en', 'introduction']}
            label={f.enIntroduction}
            optional
            multiline
          />
          <button
            type="button"
            className="quiet-button"
            onClick={() => dispatch({ type: 'edit', edit: (d) => removeItem(d, 'speakers', i) })}
          >
            {s.remove} {speaker.name.hant || s.speakerN(i + 1)}
          </button>
        </FieldGroup>
      ))}
    </>
  );
}
