import { useEffect, useMemo, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { Debate } from '@/model/debate-schema';
import { problemsByPath } from './described-problems';
import { createDraftStore, DraftProvider } from './draft-context';
import type { DraftState } from './draft-history';
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
  revision,
  Preview,
  onClose,
  onReread,
  onCopy,
}: {
  id: string;
  initial: DraftState;
  /** The stored revision `initial` is (0: not stored). */
  revision: number;
  Preview: DraftPreview;
  onClose: () => void;
  /** Reads the draft again from storage, as another tab saved it. */
  onReread: () => void;
  /** Starts a new draft from this one. */
  onCopy: (state: DraftState) => void;
}) {
  const s = useStudioText();
  const [store] = useState(() => createDraftStore(initial));
  const history = useStore(store, (d) => d.history);
  const dispatch = useStore(store, (d) => d.dispatch);
  const state = history.present;
  const { status, unsaved } = useSavedDraft(id, state, revision);
  const { problems, checking, lastGood } = useDraftChecks(state);
  const byPath = useMemo(() => problemsByPath(problems), [problems]);
  useEffect(() => store.getState().setProblems(byPath), [store, byPath]);
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
          {status === 'saving' ? s.saving : status === 'saved' ? s.saved : ''}
        </span>
      </div>
      {status === 'failed' && (
        <div className="studio-error" role="alert">
          <p>{s.storageFailed}</p>
          {exports}
        </div>
      )}
      {status === 'conflict' && (
        <div className="studio-error" role="alert">
          <p>{unsaved ? s.conflictUnsaved : s.conflict}</p>
          {unsaved && (
            <button type="button" onClick={() => onCopy(state)}>
              {s.keepCopy}
            </button>
          )}
          <button type="button" onClick={onReread}>
            {unsaved ? s.discardForTheirs : s.showTheirs}
          </button>
        </div>
      )}
      <DraftProvider store={store}>
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
