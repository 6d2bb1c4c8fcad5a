import { useMemo } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { parseLanguage, parseScript, scriptFromLanguages } from './i18n/locale';
import { safeStorage } from './safe-storage';
import type { Script, UiLanguage } from './i18n/locale';

// The reader's preferences, kept across visits. Not in the URL: they say how to show
// things, not what is shown.

interface PreferencesState {
  /** Speaker ids in the order the reader wants their columns; empty means the data's order. */
  speakerOrder: string[];
  /** The script and language the reader chose; null until they choose. */
  script: Script | null;
  language: UiLanguage | null;
  /** What the browser's language list asks for, read once the page is hydrated. */
  browserScript: Script | null;
  /**
   * False while the page hydrates: the first render must match the prerendered HTML, which
   * knows neither the stored choices nor the browser's languages nor the URL's query.
   */
  hydrated: boolean;
  /**
   * The script and language a shared link asked for (`?script=`, `?lang=`), kept for this
   * visit only, so following links inside the app doesn't drop back to the stored choice.
   */
  linkScript: Script | null;
  linkLanguage: UiLanguage | null;
  events: {
    speakersSwapped: (currentOrder: readonly string[]) => void;
    scriptChosen: (script: Script) => void;
    languageChosen: (language: UiLanguage) => void;
    pageHydrated: (browserLanguages: readonly string[]) => void;
    linkFollowed: (asked: {
      script?: Script | undefined;
      language?: UiLanguage | undefined;
    }) => void;
  };
}

type StoredPreferences = Pick<PreferencesState, 'speakerOrder' | 'script' | 'language'>;

/** The shape of the stored entry; merge reads older entries (and hand-edited ones) safely. */
const PREFERENCES_VERSION = 0;

const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      speakerOrder: [],
      script: null,
      language: null,
      browserScript: null,
      hydrated: false,
      linkScript: null,
      linkLanguage: null,
      events: {
        speakersSwapped: (currentOrder) => set({ speakerOrder: [...currentOrder].reverse() }),
        scriptChosen: (script) => set({ script, linkScript: null }),
        languageChosen: (language) => set({ language, linkLanguage: null }),
        linkFollowed: ({ script, language }) =>
          set((s) => ({
            linkScript: script ?? s.linkScript,
            linkLanguage: language ?? s.linkLanguage,
          })),
        pageHydrated: (browserLanguages) =>
          set({ hydrated: true, browserScript: scriptFromLanguages(browserLanguages) ?? null }),
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
      partialize: ({ speakerOrder, script, language }) => ({ speakerOrder, script, language }),
      // A hand-edited or stale entry must not smuggle in values the app cannot show.
      merge: (stored, current) => {
        const saved = (stored ?? {}) as Partial<PreferencesState>;
        const order = Array.isArray(saved.speakerOrder)
          ? saved.speakerOrder.filter((id): id is string => typeof id === 'string')
          : current.speakerOrder;
        return {
          ...current,
          // The same order keeps the same array: a new one would render every view that
          // orders speakers again (the whole page, for a returning reader) for nothing.
          speakerOrder: sameOrder(order, current.speakerOrder) ? current.speakerOrder : order,
          script: parseScript(saved.script) ?? null,
          language: parseLanguage(saved.language) ?? null,
        };
      },
      // Prerendered HTML uses the default order; stored preferences are applied after
      // hydration (see rehydratePreferences) so the first render matches it.
      skipHydration: true,
    },
  ),
);

/** Applies what the prerendered page could not know: stored choices and the browser's languages. */
export function rehydratePreferences(): void {
  void usePreferencesStore.persist.rehydrate();
  usePreferencesStore.getState().events.pageHydrated(navigator.languages);
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

/** What the reader's locale is resolved from (see useLocale). */
export type LocaleInputs = Pick<
  PreferencesState,
  'hydrated' | 'script' | 'language' | 'browserScript' | 'linkScript' | 'linkLanguage'
>;

/**
 * A value computed from the locale inputs. Pass a selector that returns a primitive: the
 * component then re-renders only when that value changes, not whenever an input does (on
 * hydration most inputs change while the outcome usually stays the same).
 */
export const useLocaleInputs = <T extends string | number | boolean | null>(
  select: (inputs: LocaleInputs) => T,
): T => usePreferencesStore(select);
