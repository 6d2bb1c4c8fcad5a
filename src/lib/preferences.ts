import { useMemo } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { rememberedReading, rememberReading } from './reading-choice';
import { safeStorage } from './safe-storage';

// The reader's preferences, kept across visits. Not in the URL: they say how to show
// things, not what is shown. (The reading is in the URL; see ./reading.ts.)

interface PreferencesState {
  /** Speaker ids in the order the reader wants their columns; empty means the data's order. */
  speakerOrder: string[];
  /**
   * False while the page hydrates: the first render must match the prerendered HTML, which
   * knows neither the stored order nor the URL's query.
   */
  hydrated: boolean;
  events: {
    speakersSwapped: (currentOrder: readonly string[]) => void;
    pageHydrated: () => void;
  };
}

type StoredPreferences = Pick<PreferencesState, 'speakerOrder'>;

/** The shape of the stored entry; merge reads older entries (and hand-edited ones) safely. */
const PREFERENCES_VERSION = 0;

/**
 * Entries written before the reading had an address of its own held the reader's script and
 * language: they become the stored reading, unless the reader has chosen one since.
 */
function migrateReading(saved: { script?: unknown; language?: unknown }) {
  if (rememberedReading()) return;
  if (saved.language === 'en') rememberReading('en');
  else if (saved.script === 'hans' || saved.script === 'hant')
    rememberReading(`zh-${saved.script}`);
}

const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      speakerOrder: [],
      hydrated: false,
      events: {
        speakersSwapped: (currentOrder) => set({ speakerOrder: [...currentOrder].reverse() }),
        pageHydrated: () => set({ hydrated: true }),
      },
    }),
    {
      name: 'debate-explorer:preferences',
      // Never throws: with storage blocked the choices are simply not kept (safe-storage.ts).
      storage: createJSONStorage(() => safeStorage(() => localStorage)),
      version: PREFERENCES_VERSION,
      // An entry written by another version is read like any other: merge keeps what it
      // can still use and drops the rest.
      migrate: (stored) => stored as StoredPreferences,
      partialize: ({ speakerOrder }) => ({ speakerOrder }),
      // A hand-edited or stale entry must not smuggle in values the app cannot show.
      merge: (stored, current) => {
        const saved = (stored ?? {}) as Partial<PreferencesState> & {
          script?: unknown;
          language?: unknown;
        };
        migrateReading(saved);
        const order = Array.isArray(saved.speakerOrder)
          ? saved.speakerOrder.filter((id): id is string => typeof id === 'string')
          : current.speakerOrder;
        return {
          ...current,
          // The same order keeps the same array: a new one would render every view that
          // orders speakers again (the whole page, for a returning reader) for nothing.
          speakerOrder: sameOrder(order, current.speakerOrder) ? current.speakerOrder : order,
        };
      },
      // Prerendered HTML uses the default order; stored preferences are applied after
      // hydration (see rehydratePreferences) so the first render matches it.
      skipHydration: true,
    },
  ),
);

/** Applies what the prerendered page could not know: the stored speaker order. */
export function rehydratePreferences(): void {
  void usePreferencesStore.persist.rehydrate();
  usePreferencesStore.getState().events.pageHydrated();
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** `items` in the reader's preferred speaker order; ids the preference doesn't know keep the data's order. */
export function useSpeakerOrder<T extends { id: string }>(items: readonly T[]): T[] {
  // A string, so a component renders again only when the order itself changes.
  const orderKey = usePreferencesStore((s) => s.speakerOrder.join('\n'));
  const order = useMemo(() => (orderKey ? orderKey.split('\n') : []), [orderKey]);
  return useMemo(() => {
    const rank = (id: string) => {
      const at = order.indexOf(id);
      return at === -1 ? order.length : at;
    };
    return [...items].sort((a, b) => rank(a.id) - rank(b.id));
  }, [items, order]);
}

export const usePreferenceEvents = () => usePreferencesStore((s) => s.events);

export const useIsHydrated = () => usePreferencesStore((s) => s.hydrated);

/**
 * Whether the page is live and `when` holds: a component for which `when` is false (most
 * quotes are not a link's target) is not rendered again as the page goes live.
 */
export const useHydratedWhen = (when: boolean) => usePreferencesStore((s) => when && s.hydrated);
