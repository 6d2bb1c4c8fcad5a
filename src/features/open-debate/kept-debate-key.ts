// Which kept debate (in IndexedDB, by the worker) this tab shows. The key lives in
// sessionStorage, and a browser copies a tab's sessionStorage into the tabs it opens (and
// into a duplicated tab): such tabs start with the same key (issue 25). So a tab never writes
// over a key once used, and deletes a kept debate only when no other tab holds it. Each tab
// holds a shared Web Lock named by its key while it shows that debate; deleting takes the
// lock exclusively, which is granted only when no other tab holds it.

/** This tab's key for its opened debate. */
const SESSION_KEY = 'debate-explorer:opened-debate';

function session(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    // Storage may be unavailable (private mode): nothing is kept across reloads.
    return undefined;
  }
}

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

/** The releases of the locks this tab holds, by key. */
const held = new Map<string, () => void>();

/** Marks `key` as in use by this tab, until released (or the tab goes). */
export function holdKeptDebate(key: string) {
  const manager = locks();
  if (!manager || held.has(key)) return;
  void manager.request(
    key,
    { mode: 'shared' },
    () => new Promise<void>((release) => held.set(key, release)),
  );
}

function release(key: string) {
  held.get(key)?.();
  held.delete(key);
}

/** Deletes the kept debate `key` unless another tab holds it. */
function forgetUnlessHeld(key: string) {
  const forget = () =>
    void import('./debate-worker-client').then(({ runInWorker }) =>
      runInWorker({ type: 'forget', key }),
    );
  const manager = locks();
  if (!manager) {
    forget();
    return;
  }
  void manager.request(key, { mode: 'exclusive', ifAvailable: true }, (lock) => {
    if (lock) forget();
  });
}

/** The key this tab keeps its opened debate under (an older build kept the debate itself). */
export function keptKey(): string | undefined {
  const value = session()?.getItem(SESSION_KEY);
  return value?.startsWith('opened-debate:') ? value : undefined;
}

/** Drops a kept value that is not a key (an older build's). */
export function dropStaleKeptValue() {
  if (!keptKey()) session()?.removeItem(SESSION_KEY);
}

/** A key no tab has used, to keep a newly opened debate under. */
export const newKeptKey = (): string => `opened-debate:${crypto.randomUUID()}`;

/**
 * This tab now shows the debate kept under `key` (or, with `kept` false, one that could not
 * be kept): the debate it showed before is let go.
 */
export function showKeptDebate(key: string, kept: boolean) {
  const previous = keptKey();
  if (kept) {
    session()?.setItem(SESSION_KEY, key);
    holdKeptDebate(key);
  } else session()?.removeItem(SESSION_KEY);
  if (previous && previous !== key) {
    release(previous);
    forgetUnlessHeld(previous);
  }
}

/** This tab goes back to the bundled debate: its kept one is deleted unless another tab shows it. */
export function forgetKeptDebate() {
  const key = keptKey();
  session()?.removeItem(SESSION_KEY);
  if (!key) return;
  release(key);
  forgetUnlessHeld(key);
}
