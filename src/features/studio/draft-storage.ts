// Drafts live in the browser's IndexedDB (idb-keyval), one record per draft, written on every
// change: a reload, a crash or a closed tab loses nothing that was on screen.
import { createStore, del, get, set, values } from 'idb-keyval';
import type { DraftState } from './draft-history';

export interface StoredDraft extends DraftState {
  id: string;
  /** Milliseconds since 1970, when the draft was last changed. */
  updatedAt: number;
}

export type DraftSummary = Pick<StoredDraft, 'id' | 'updatedAt'> & { title: string };

let store: ReturnType<typeof createStore> | undefined;
const drafts = () => (store ??= createStore('debate-studio', 'drafts'));

export async function saveDraft(draft: StoredDraft): Promise<void> {
  await set(draft.id, draft, drafts());
}

export async function loadDraft(id: string): Promise<StoredDraft | undefined> {
  return get<StoredDraft>(id, drafts());
}

export async function deleteDraft(id: string): Promise<void> {
  await del(id, drafts());
}

/** Every draft, the last edited first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await values<StoredDraft>(drafts());
  return all
    .map(({ id, updatedAt, debate }) => ({ id, updatedAt, title: debate.title || debate.id }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A new draft's key: unique without a clock or counter shared between tabs. */
export const newDraftId = () => crypto.randomUUID();
