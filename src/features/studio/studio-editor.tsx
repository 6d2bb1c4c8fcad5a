import { useMemo, useReducer, type ComponentType, type KeyboardEvent } from 'react';
import type { Debate } from '@/model/debate-schema';
import { DraftProvider, problemsByPath } from './draft-context';
import { historyReducer, startHistory, type DraftState } from './draft-history';
import { debateJson, debateZip, download } from './export-draft';
import { ModelPane } from './model-pane';
import { ProblemList } from './problem-list';
import { ReplaceSourceForm } from './replace-source-form';
import { SourcePane } from './source-pane';
import { useDraftChecks } from './use-draft-checks';
import { useSavedDraft } from './use-saved-draft';
import { useStudioText } from './use-studio-text';

export type DraftPreview = ComponentType<{ debate: Debate; source: string }>;

/** Ctrl+Z and Ctrl+Shift+Z (⌘ on a Mac) anywhere in the studio, text fields included. */
function historyKey(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

export function StudioEditor({
  id,
  initial,
  Preview,
  onClose,
}: {
  id: string;
  initial: DraftState;
  Preview: DraftPreview;
  onClose: () => void;
}) {
  const s = useStudioText();
  const [history, dispatch] = useReducer(historyReducer, initial, startHistory);
  const state = history.present;
  const storageFailed = useSavedDraft(id, state);
  const { problems, checking, lastGood } = useDraftChecks(state);
  const byPath = useMemo(() => problemsByPath(problems), [problems]);
  const name = state.debate.id || 'debate';
  const exportZip = () => download(`${name}.zip`, debateZip(state) as BlobPart, 'application/zip');
  const exportJson = () => download('debate.json', debateJson(state), 'application/json');
  const exports = (
    <>
      <button type="button" onClick={exportZip}>
        {s.exportZip}
      </button>
      <button type="button" onClick={exportJson}>
        {s.exportJson}
      </button>
    </>
  );
  return (
    // The keys are heard on the way down, before a text field's own undo takes them.
    <div
      className="studio-editor"
      onKeyDownCapture={(event) => {
        const action = historyKey(event);
        if (!action) return;
        event.preventDefault();
        dispatch({ type: action });
      }}
    >
      <div className="studio-toolbar" role="toolbar" aria-label={s.title}>
        <button type="button" className="quiet-button" onClick={onClose}>
          ← {s.backToDrafts}
        </button>
        <button
          type="button"
          onClick={() => dispatch({ type: 'undo' })}
          aria-disabled={history.past.length === 0 || undefined}
          aria-keyshortcuts="Control+Z"
        >
          {s.undo}
        </button>
        <button
          type="button"
          onClick={() => dispatch({ type: 'redo' })}
          aria-disabled={history.future.length === 0 || undefined}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {s.redo}
        </button>
        {exports}
        <span className="hint" role="status">
          {storageFailed ? '' : s.saved}
        </span>
      </div>
      {storageFailed && (
        <div className="studio-error" role="alert">
          <p>{s.storageFailed}</p>
          {exports}
        </div>
      )}
      <DraftProvider state={state} dispatch={dispatch} problems={byPath}>
        <ProblemList problems={problems} checking={checking} />
        <div className="studio-panes">
          <div>
            <SourcePane />
            <ReplaceSourceForm />
          </div>
          <ModelPane />
        </div>
      </DraftProvider>
      <section className="studio-preview" aria-labelledby="studio-preview-heading">
        <h2 id="studio-preview-heading">{s.previewHeading}</h2>
        <p className="hint">{lastGood ? s.previewHelp : s.previewWaiting}</p>
        {lastGood ? (
          <Preview debate={lastGood.debate} source={lastGood.source} />
        ) : (
          <p>{s.previewNone}</p>
        )}
      </section>
    </div>
  );
}
