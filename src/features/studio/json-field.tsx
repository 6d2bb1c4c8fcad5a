import { useState } from 'react';
import { useDraftSelector, useSetField } from './draft-context';
import { fieldId, formatPath, getAt, type FieldPath } from './draft-path';
import { useCheckText } from './use-check-text';
import { useStudioText } from './use-studio-text';

/**
 * A part of the format edited as JSON (an answer's own quotes): applied to the draft
 * whenever the text is well formed, and checked like every other field.
 */
export function JsonField({ path, label }: { path: FieldPath; label: string }) {
  const problems = useDraftSelector((d) => d.problems);
  const value = useDraftSelector((d) => getAt(d.state.debate, path));
  const setField = useSetField();
  const s = useStudioText();
  const say = useCheckText();
  const formatted = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(formatted);
  const [shown, setShown] = useState(formatted);
  // An undo or another edit changes the value: show it, unless it is what was typed.
  if (formatted !== shown) {
    setShown(formatted);
    setText(formatted);
  }
  const [bad, setBad] = useState(false);
  const at = formatPath(path);
  const id = fieldId(at);
  const nested = [...problems.entries()].filter(
    ([p]) => p === at || p.startsWith(`${at}[`) || p.startsWith(`${at}.`),
  );
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-help`}>
        {s.jsonHelp}
      </p>
      <textarea
        id={id}
        rows={6}
        className="studio-json"
        spellCheck={false}
        value={text}
        aria-invalid={bad || nested.length > 0 || undefined}
        aria-describedby={`${id}-help${bad || nested.length ? ` ${id}-problems` : ''}`}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setBad(false);
            setShown('');
            setField(path, undefined);
            return;
          }
          try {
            const parsed: unknown = JSON.parse(e.target.value);
            setBad(false);
            setShown(JSON.stringify(parsed, null, 2));
            setField(path, parsed);
          } catch {
            setBad(true);
          }
        }}
      />
      {(bad || nested.length > 0) && (
        <ul className="studio-field-problems" id={`${id}-problems`}>
          {bad && <li>{s.badJson}</li>}
          {nested.flatMap(([p, list]) =>
            list.map((problem) => (
              <li key={`${p}:${problem.text}`}>{say.join(problem.place, problem.text)}</li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}
