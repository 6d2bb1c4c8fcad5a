import { useEffect, useState } from 'react';
import type { DraftState } from './draft-history';
import { saveDraft } from './draft-storage';

/**
 * Saves every version of the draft to IndexedDB as it is made. Says when the browser refuses
 * (storage full, private mode), so the editor can export instead.
 */
export function useSavedDraft(id: string, state: DraftState) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    saveDraft({ ...state, id, updatedAt: Date.now() }).then(
      () => current && setFailed(false),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [id, state]);
  return failed;
}
