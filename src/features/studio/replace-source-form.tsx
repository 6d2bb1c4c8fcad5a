import { useState } from 'react';
import { useDraft } from './draft-context';
import { replaceSource, type LostQuote } from './reanchor-quotes';
import { focusQuote } from './source-pane';
import { useStudioText } from './use-studio-text';

/** Replaces the source with a corrected version; the quotes re-anchor, or are listed. */
export function ReplaceSourceForm() {
  const { state, dispatch } = useDraft();
  const s = useStudioText();
  const [text, setText] = useState('');
  const [lost, setLost] = useState<LostQuote[] | null>(null);
  const replace = () => {
    if (!text) return;
    const result = replaceSource(state, text);
    dispatch({ type: 'edit', edit: () => result.state });
    setLost(result.lost);
    setText('');
  };
  return (
    <details className="studio-section">
      <summary>
        <h3>{s.replaceSourceHeading}</h3>
      </summary>
      <p className="hint">{s.replaceSourceHelp}</p>
      <div className="studio-field">
        <label htmlFor="studio-new-source">{s.newSourceLabel}</label>
        <textarea
          id="studio-new-source"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" onClick={replace}>
        {s.replaceSource}
      </button>
      {lost && (
        <div role="status">
          {lost.length === 0 ? (
            <p>{s.reanchored}</p>
          ) : (
            <>
              <p>{s.lostQuotes(lost.length)}</p>
              <ul>
                {lost.map((q) => (
                  <li key={q.id}>
                    <button type="button" className="quiet-button" onClick={() => focusQuote(q.id)}>
                      「{q.exact}」
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  );
}
