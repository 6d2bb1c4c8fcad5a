import { memo, type ReactNode } from 'react';
import { useDraftSelector, useSetField } from './draft-context';
import { fieldId, formatPath, getAt, type FieldPath } from './draft-path';
import { useStudioText } from './use-studio-text';

interface FieldProps {
  path: FieldPath;
  label: string;
  /** An optional field is removed from the data when emptied. */
  optional?: boolean;
  multiline?: boolean;
  /** Called with the new text instead of setting the field (for fields that set others too). */
  onText?: (text: string) => void;
}

/**
 * Whether a field's props are the same: its path is rebuilt by every render of the list it
 * is in, so it is compared by what it says. Everything else must be the same value; the
 * field's data comes from the draft store (useDraftSelector), not from its props.
 */
function sameField<P extends { path: FieldPath }>(a: P, b: P): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof P)[]);
  for (const key of keys) {
    if (key === 'path') {
      if (formatPath(a.path) !== formatPath(b.path)) return false;
    } else if (key === 'options') {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
    } else if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}

/** The problems the checks found in a field, shown under it and tied to it for assistive tech. */
export function FieldProblems({ id, path }: { id: string; path: string }) {
  const found = useDraftSelector((d) => d.problems.get(path));
  if (!found?.length) return null;
  return (
    <ul className="studio-field-problems" id={`${id}-problems`}>
      {found.map((p) => (
        <li key={p.text}>{p.text}</li>
      ))}
    </ul>
  );
}

/** One text field of the debate, edited in place; its id is its JSON path (see draft-path.ts). */
export const DraftField = memo(function DraftField({
  path,
  label,
  optional,
  multiline,
  onText,
}: FieldProps) {
  const setField = useSetField();
  const at = formatPath(path);
  const id = fieldId(at);
  const value = useDraftSelector((d) => getAt(d.state.debate, path));
  const invalid = useDraftSelector((d) => Boolean(d.problems.get(at)?.length));
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
}, sameField);

interface ChoiceProps {
  path: FieldPath;
  label: string;
  options: readonly { value: string; label: string }[];
  onChoose?: (value: string) => void;
}

/** A field that takes one of a few values. */
export const DraftChoice = memo(function DraftChoice({
  path,
  label,
  options,
  onChoose,
}: ChoiceProps) {
  const setField = useSetField();
  const at = formatPath(path);
  const id = fieldId(at);
  const value = useDraftSelector((d) => getAt(d.state.debate, path));
  const choose = useStudioText().choose;
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value ?? '')}
        onChange={(e) => (onChoose ? onChoose(e.target.value) : setField(path, e.target.value))}
      >
        {/* Nothing chosen yet: no choice is made for the editor, and the checks ask for one. */}
        {!options.some((o) => o.value === String(value ?? '')) && (
          <option value={String(value ?? '')} disabled>
            {choose}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={id} path={at} />
    </div>
  );
}, sameField);

/** A titled group of fields. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="studio-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
