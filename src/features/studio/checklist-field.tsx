import { memo } from 'react';
import { useDraftSelector, useSetField } from './draft-context';
import { FieldProblems } from './draft-field';
import { fieldId, formatPath, getAt, type FieldPath } from './draft-path';

interface ChecklistProps {
  path: FieldPath;
  legend: string;
  options: readonly { value: string; label: string }[];
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty: string;
}

/**
 * A field that holds a list of ids (a point's topics, an answer's quotes), as one checkbox per
 * id it may hold. The list keeps the options' order; ids no option offers are kept, so that
 * the checks can name them.
 */
export const ChecklistField = memo(function ChecklistField({
  path,
  legend,
  options,
  empty,
}: ChecklistProps) {
  const setField = useSetField();
  const at = formatPath(path);
  const id = fieldId(at);
  const raw = useDraftSelector((d) => getAt(d.state.debate, path));
  const chosen = Array.isArray(raw) ? (raw as string[]) : [];
  const toggle = (value: string, on: boolean) => {
    const offered = options.map((o) => o.value);
    const kept = chosen.filter((v) => !offered.includes(v));
    const next = offered.filter((v) => (v === value ? on : chosen.includes(v)));
    setField(path, [...next, ...kept]);
  };
  return (
    <fieldset className="studio-field studio-checklist" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {options.length === 0 && <p className="hint">{empty}</p>}
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />{' '}
          {o.label}
        </label>
      ))}
      <FieldProblems id={id} path={at} />
    </fieldset>
  );
});
