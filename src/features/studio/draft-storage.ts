// Drafts live in the browser's IndexedDB (idb-keyval), one record per draft, written on every
// change: a reload, a crash or a closed tab loses nothing that was on screen. Each record has
// a revision, raised by every save, so that two tabs on one draft cannot overwrite each
// other's work unseen: a save checks the revision it started from (see saveDraft).
import { createStore, del, entries, get, update } from 'idb-keyval';
import type { DraftState } from './draft-history';

export interface StoredDraft extends DraftState {
  id: string;
  /** Milliseconds since 1970, when the draft was last changed. */
  updatedAt: number;
  /** Raised by every save; absent in drafts saved before revisions were kept. */
  revision?: number;
}

export type DraftSummary =
  | (Pick<StoredDraft, 'id' | 'updatedAt'> & { title: string; damaged?: false })
  /** A record that is not a draft (damaged, or written by something else): listed, never opened. */
  | { id: string; damaged: true };

let store: ReturnType<typeof createStore> | undefined;
const drafts = () => (store ??= createStore('debate-studio', 'drafts'));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The record as a draft, or undefined when it is damaged. Only the envelope is checked here;
 * the debate inside a draft is unfinished by nature, and the checks say what it lacks.
 */
export function asStoredDraft(value: unknown): StoredDraft | undefined {
  if (!isRecord(value)) return undefined;
  const { id, updatedAt, source, debate, revision } = value;
  if (typeof id !== 'string' || typeof source !== 'string' || !isRecord(debate)) return undefined;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return undefined;
  if (revision !== undefined && typeof revision !== 'number') return undefined;
  for (const list of ['speakers', 'topics', 'stances', 'relations'])
    if (!Array.isArray(debate[list])) return undefined;
  return value as unknown as StoredDraft;
}

export type SaveOutcome = { saved: true; revision: number } | { saved: false; revision: number };

/**
 * Saves the draft if the stored one is still at `revision` (the one this tab opened or last
 * saved); otherwise leaves the stored one as it is and says which revision it is at. The
 * check and the write are one transaction.
 */
export async function saveDraft(draft: StoredDraft, revision: number): Promise<SaveOutcome> {
  let outcome: SaveOutcome = { saved: true, revision: revision + 1 };
  await update<unknown>(
    draft.id,
    (stored) => {
      const current = asStoredDraft(stored)?.revision ?? (stored === undefined ? 0 : 1);
      // A record from before revisions counts as revision 1 if it exists.
      if (stored !== undefined && current !== revision) {
        outcome = { saved: false, revision: current };
        return stored;
      }
      return { ...draft, revision: revision + 1 };
    },
    drafts(),
  );
  if (outcome.saved) announceSave(draft.id, outcome.revision);
  return outcome;
}

export type LoadedDraft =
  | { state: 'ready'; draft: StoredDraft & { revision: number } }
  | { state: 'missing' }
  | { state: 'damaged' };

export async function loadDraft(id: string): Promise<LoadedDraft> {
  const stored = await get<unknown>(id, drafts());
  if (stored === undefined) return { state: 'missing' };
  const draft = asStoredDraft(stored);
  if (!draft) return { state: 'damaged' };
  return { state: 'ready', draft: { ...draft, revision: draft.revision ?? 1 } };
}

export async function deleteDraft(id: string): Promise<void> {
  await del(id, drafts());
}

/** Every draft, the last edited first; damaged records last, so they can be deleted. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await entries<IDBValidKey, unknown>(drafts());
  const summaries: DraftSummary[] = all.map(([key, value]) => {
    const draft = asStoredDraft(value);
    if (!draft) return { id: String(key), damaged: true };
    const title = typeof draft.debate.title === 'string' ? draft.debate.title : '';
    return { id: draft.id, updatedAt: draft.updatedAt, title: title || String(draft.debate.id) };
  });
  const time = (d: DraftSummary) => (d.damaged ? -Infinity : d.updatedAt);
  return summaries.sort((a, b) => time(b) - time(a));
}

/** A new draft's key: unique without a clock or counter shared between tabs. */
export const newDraftId = () => crypto.randomUUID();

// Tabs tell each other of every save, so a tab showing an older revision knows at once.
const CHANNEL = 'debate-studio-saves';
let channel: BroadcastChannel | null | undefined;
const saves = () =>
  (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

function announceSave(id: string, revision: number) {
  saves()?.postMessage({ id, revision });
}

/** Calls `listener` with the revision each time another tab saves the draft `id`. */
export function onSavedElsewhere(id: string, listener: (revision: number) => void): () => void {
  const heard = saves();
  if (!heard) return () => {};
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (isRecord(data) && data.id === id && typeof data.revision === 'number')
      listener(data.revision);
  };
  heard.addEventListener('message', onMessage);
  return () => heard.removeEventListener('message', onMessage);
}
