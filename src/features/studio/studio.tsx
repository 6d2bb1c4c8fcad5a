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
  type StoredDraft,
} from './draft-storage';
import { DraftList } from './draft-list';
import { StartDraft, type ReadFolder } from './start-draft';
import { StudioEditor, type DraftPreview } from './studio-editor';
import { useStudioText } from './use-studio-text';
import './studio.css';

type Opened = { state: 'loading' } | { state: 'ready'; draft: StoredDraft } | { state: 'failed' };

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
  const [opened, setOpened] = useState<Opened>({ state: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);
  // The draft this tab started. It opens even when the browser refuses to store it, so the
  // work can go on and be exported (the editor says that it is not being saved).
  const [started, setStarted] = useState<StoredDraft | null>(null);

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
    loadDraft(draftId).then(
      (draft) => current && setOpened(draft ? { state: 'ready', draft } : { state: 'failed' }),
      () => current && setOpened({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [draftId]);

  // Other parameters (the reader's language and script) stay as they are.
  const open = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('draft', id);
      else next.delete('draft');
      return next;
    });
  const start = (state: DraftState) => {
    const draft = { ...state, id: newDraftId(), updatedAt: Date.now() };
    setStarted(draft);
    const opening = () => open(draft.id);
    saveDraft(draft).then(opening, opening);
  };
  const draft =
    opened.state === 'ready' && opened.draft.id === draftId
      ? opened.draft
      : started?.id === draftId
        ? started
        : undefined;

  return (
    <div className="studio">
      <h1>{s.title}</h1>
      {draftId ? (
        draft ? (
          <StudioEditor
            key={draftId}
            id={draftId}
            initial={{ debate: draft.debate, source: draft.source }}
            Preview={props.Preview}
            onClose={() => open(null)}
          />
        ) : opened.state === 'failed' ? (
          <p className="studio-error" role="alert">
            {s.loadFailed}
          </p>
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
