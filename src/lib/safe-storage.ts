import type { StateStorage } from 'zustand/middleware';

/**
 * The browser's localStorage where it may be used, and nothing where it may not: with site
 * data blocked, or in a cross-site frame (an embed), even reading `window.localStorage`
 * throws. The app then works the same, only without remembering the reader's choices.
 */
export function safeStorage(getStorage: () => Storage): StateStorage {
  return {
    getItem: (name) => {
      try {
        return getStorage().getItem(name);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        getStorage().setItem(name, value);
      } catch {
        // Blocked or full: the choice holds for this page, not the next visit.
      }
    },
    removeItem: (name) => {
      try {
        getStorage().removeItem(name);
      } catch {
        // Blocked: there is nothing stored to remove.
      }
    },
  };
}
