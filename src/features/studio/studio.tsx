import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHydrated } from '@/lib/use-hydrated';
import type { DraftState } from './draft-history';
import {
  deleteDraft,
  listDrafts,
  loadDraft,
  newDraftId,
  saveDraft,
  type DraftSummary,
  type LoadedDraft,
} from './draft-storage';
import { DraftList } from './draft-list';
import { StartDraft, type ReadFolder } from './start-draft';
import { StudioEditor, type DraftPreview } from './studio-editor';
import { useStudioText } from './use-studio-text';
import './studio.css';

type Opened = { state: 'loading' } | LoadedDraft | { state: 'failed' };
type Started = { id: string; state: DraftState; revision: number };

/** The studio: the drafts in this browser and how to start one, or the draft being edited. */
export function Studio(props: {
  Preview: DraftPreview;
  readFolder: ReadFolder;
  loadBundled: () => Promise<DraftState>;
}) {
  const s = useStudioText();
  // The draft being edited is in the address (?draft=…), so a reload reopens it.
  const [params, setParams] = useSearchParams();
  // The page is prerendered without a draft; it opens one once hydrated, as prerendered.
  const draftId = useHydrated() ? params.get('draft') : null;
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  // What was read for which draft and reading: anything else is still loading.
  const [read, setRead] = useState<{ key: string; opened: Opened } | null>(null);
  // Raised to read the draft again from storage (another tab's newer version).
  const [reading, setReading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  // The draft this tab started. It opens even when the browser refuses to store it, so the
  // work can go on and be exported (the editor says that it is not being saved).
  const [started, setStarted] = useState<Started | null>(null);

  const refresh = useCallback(
    () =>
      listDrafts().then(setDrafts, () => {
        setProblem(s.loadFailed);
      }),
    [s],
  );
  useEffect(() => {
    if (draftId) return;
    void refresh();
  }, [draftId, refresh]);
  useEffect(() => {
    if (!draftId) return;
    let current = true;
    const key = `${draftId}:${reading}`;
    loadDraft(draftId).then(
      (loaded) => current && setRead({ key, opened: loaded }),
      () => current && setRead({ key, opened: { state: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [draftId, reading]);

  // Other parameters (the reader's language and script) stay as they are.
  const open = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('draft', id);
      else next.delete('draft');
      return next;
    });
  const start = (state: DraftState) => {
    const id = newDraftId();
    const opening = (revision: number) => {
      setStarted({ id, state, revision });
      open(id);
    };
    saveDraft({ ...state, id, updatedAt: Date.now() }, 0).then(
      (outcome) => opening(outcome.revision),
      () => opening(0),
    );
  };
  const opened: Opened = read?.key === `${draftId}:${reading}` ? read.opened : { state: 'loading' };
  const draft =
    opened.state === 'ready' && opened.draft.id === draftId
      ? { state: opened.draft, revision: opened.draft.revision }
      : started?.id === draftId
        ? started
        : undefined;
  const failure =
    opened.state === 'damaged' ? s.damagedDraft : opened.state === 'failed' ? s.loadFailed : null;

  return (
    <div className="studio">
      <h1>{s.title}</h1>
      {draftId ? (
        draft && opened.state !== 'loading' ? (
          <StudioEditor
            key={`${draftId}:${reading}`}
            id={draftId}
            initial={{ debate: draft.state.debate, source: draft.state.source }}
            revision={draft.revision}
            Preview={props.Preview}
            onClose={() => open(null)}
            onReread={() => {
              setStarted(null);
              setReading((n) => n + 1);
            }}
            onCopy={start}
          />
        ) : failure || opened.state === 'missing' ? (
          <div className="studio-error" role="alert">
            <p>{failure ?? s.loadFailed}</p>
            <button type="button" onClick={() => open(null)}>
              {s.backToDrafts}
            </button>
          </div>
        ) : null
      ) : (
        <>
          <p>{s.intro}</p>
          {problem && (
            <p className="studio-error" role="alert">
              {problem}
            </p>
          )}
          <DraftList
            drafts={drafts}
            onOpen={open}
            onDelete={(id) => void deleteDraft(id).then(refresh)}
          />
          <StartDraft
            onStart={start}
            readFolder={props.readFolder}
            loadBundled={props.loadBundled}
          />
        </>
      )}
    </div>
  );
}
