import { useState, type FormEvent } from 'react';
import { selectByLine } from './text-selection';
import { useStudioText } from './use-studio-text';

/** "Line L, characters a to b": selecting without a mouse or arrow keys. */
export function SelectByLineForm({
  source,
  onSelect,
}: {
  source: string;
  onSelect: (range: { start: number; end: number }) => void;
}) {
  const s = useStudioText();
  const [line, setLine] = useState('1');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const range = selectByLine(source, Number(line), Number(from), Number(to));
    if ('error' in range) return setError(s[range.error]);
    setError(null);
    onSelect(range);
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        inputMode="numeric"
        value={value}
        aria-describedby={error ? 'studio-by-line-error' : undefined}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
  return (
    <form className="studio-group" onSubmit={submit} aria-labelledby="studio-by-line-heading">
      <h3 id="studio-by-line-heading">{s.byLineHeading}</h3>
      <div className="studio-row">
        {field('studio-by-line-line', s.line, line, setLine)}
        {field('studio-by-line-from', s.fromChar, from, setFrom)}
        {field('studio-by-line-to', s.toChar, to, setTo)}
        <button type="submit">{s.selectRange}</button>
      </div>
      {error && (
        <p className="studio-error" id="studio-by-line-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
