import { useEffect, useRef, useState } from 'react';
import type { DraftState } from './draft-history';
import { onSavedElsewhere, saveDraft } from './draft-storage';

/**
 * saving: a save is under way; saved: the draft on screen is stored; failed: the browser
 * refused (storage full, private mode); conflict: another tab saved this draft since this tab
 * opened or last saved it, so this tab stops saving rather than overwrite that work.
 */
export type SaveStatus = 'saving' | 'saved' | 'failed' | 'conflict';

/**
 * Saves every version of the draft to IndexedDB as it is made, one save at a time (a version
 * made meanwhile is saved next). The version it was opened with is not saved again: opening is
 * not editing. Says when the browser refuses, and when another tab changed the draft.
 */
export function useSavedDraft(id: string, state: DraftState, openedAt: number) {
  // Revision 0: the draft was started here but the browser refused to store it.
  const [status, setStatus] = useState<SaveStatus>(openedAt === 0 ? 'failed' : 'saved');
  // Whether this tab holds edits the store does not have.
  const [unsaved, setUnsaved] = useState(false);
  const saving = useRef({
    revision: openedAt,
    saved: state,
    busy: false,
    next: null as DraftState | null,
    stopped: false,
  });

  useEffect(() => {
    const run = saving.current;
    const save = (version: DraftState) => {
      run.busy = true;
      setStatus('saving');
      saveDraft({ ...version, id, updatedAt: Date.now() }, run.revision).then(
        (outcome) => {
          run.busy = false;
          if (!outcome.saved) {
            run.stopped = true;
            setStatus('conflict');
            return;
          }
          run.revision = outcome.revision;
          run.saved = version;
          const next = run.next;
          run.next = null;
          if (next && next !== version) save(next);
          else {
            setStatus('saved');
            setUnsaved(false);
          }
        },
        () => {
          run.busy = false;
          setStatus('failed');
        },
      );
    };
    if (state === run.saved) return;
    // Stopped by another tab's save: the edit is kept on screen, and the editor is told so.
    setUnsaved(true);
    if (run.stopped) return;
    if (run.busy) run.next = state;
    else save(state);
  }, [id, state]);

  useEffect(
    () =>
      onSavedElsewhere(id, (revision) => {
        const run = saving.current;
        if (revision <= run.revision) return;
        run.stopped = true;
        setStatus('conflict');
      }),
    [id],
  );

  return { status, unsaved };
}
