// Zustand stores are module singletons. The test setup registers a reset for each one as
// it is created; tests call resetStores() to stand for a new visit (a reload), after which
// only what the app persisted (localStorage) remains.
export const storeResets = new Set<() => void>();

export function resetStores(): void {
  storeResets.forEach((reset) => reset());
}

/**
 * Stands for a reload: every store back to its initial state, while what the app stored in
 * localStorage stays (resetting a persisted store would otherwise write its defaults there).
 */
export function simulateNewVisit(): void {
  const stored = Object.entries(localStorage);
  resetStores();
  localStorage.clear();
  for (const [key, value] of stored) localStorage.setItem(key, value);
}
