import { useMemo } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

// The reader's preferences, kept across visits. Not in the URL: they say how to show
// things, not what is shown.

interface PreferencesState {
  /** Speaker ids in the order the reader wants their columns; empty means the data's order. */
  speakerOrder: string[];
  events: {
    speakersSwapped: (currentOrder: readonly string[]) => void;
  };
}

const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      speakerOrder: [],
      events: {
        speakersSwapped: (currentOrder) => set({ speakerOrder: [...currentOrder].reverse() }),
      },
    }),
    {
      name: 'debate-explorer:preferences',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ speakerOrder }) => ({ speakerOrder }),
      // Prerendered HTML uses the default order; stored preferences are applied after
      // hydration (see rehydratePreferences) so the first render matches it.
      skipHydration: true,
    },
  ),
);

export function rehydratePreferences(): void {
  void usePreferencesStore.persist.rehydrate();
}

/** `items` in the reader's preferred speaker order; ids the preference doesn't know keep the data's order. */
export function useSpeakerOrder<T extends { id: string }>(items: readonly T[]): T[] {
  const order = usePreferencesStore((s) => s.speakerOrder);
  return useMemo(() => {
    const rank = (id: string) => {
      const at = order.indexOf(id);
      return at === -1 ? order.length : at;
    };
    return [...items].sort((a, b) => rank(a.id) - rank(b.id));
  }, [items, order]);
}

export const usePreferenceEvents = () => usePreferencesStore((s) => s.events);
