import type { ReactNode } from 'react';
import { useDraft, useSetField } from './draft-context';
import { fieldId, formatPath, getAt, type FieldPath } from './draft-path';

interface FieldProps {
  path: FieldPath;
  label: string;
  /** An optional field is removed from the data when emptied. */
  optional?: boolean;
  multiline?: boolean;
  /** Called with the new text instead of setting the field (for fields that set others too). */
  onText?: (text: string) => void;
}

/** The problems the checks found in a field, shown under it and tied to it for assistive tech. */
function FieldProblems({ id, path }: { id: string; path: string }) {
  const { problems } = useDraft();
  const found = problems.get(path);
  if (!found?.length) return null;
  return (
    <ul className="studio-field-problems" id={`${id}-problems`}>
      {found.map((p) => (
        <li key={p.message}>{p.message}</li>
      ))}
    </ul>
  );
}

/** One text field of the debate, edited in place; its id is its JSON path (see draft-path.ts). */
export function DraftField({ path, label, optional, multiline, onText }: FieldProps) {
  const { state, problems } = useDraft();
  const setField = useSetField();
  const at = formatPath(path);
  const id = fieldId(at);
  const value = getAt(state.debate, path);
  const invalid = Boolean(problems.get(at)?.length);
  const props = {
    id,
    value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-problems` : undefined,
    onChange: (e: { target: { value: string } }) => {
      const text = e.target.value;
      if (onText) onText(text);
      else setField(path, optional && text === '' ? undefined : text);
    },
  };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
      <FieldProblems id={id} path={at} />
    </div>
  );
}

interface ChoiceProps {
  path: FieldPath;
  label: string;
  options: readonly { value: string; label: string }[];
  onChoose?: (value: string) => void;
}

/** A field that takes one of a few values. */
export function DraftChoice({ path, label, options, onChoose }: ChoiceProps) {
  const { state } = useDraft();
  const setField = useSetField();
  const at = formatPath(path);
  const id = fieldId(at);
  const value = getAt(state.debate, path);
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value ?? '')}
        onChange={(e) => (onChoose ? onChoose(e.target.value) : setField(path, e.target.value))}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={id} path={at} />
    </div>
  );
}

/** A titled group of fields. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="studio-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
