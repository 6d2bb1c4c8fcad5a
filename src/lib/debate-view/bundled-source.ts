import type { Script } from '@/lib/i18n/locale';

// The bundled debate's source text in each script (the Simplified one converted at build
// time), each a chunk of its own: /source loads its reading's before it hydrates (the route's
// preload), so the page renders the text it was prerendered with.

const importers: Record<Script, () => Promise<{ default: string }>> = {
  hant: () => import('virtual:bundled-source'),
  hans: () => import('virtual:bundled-source-hans'),
};

/** The module of each script's text, for the prerender to name its chunk. */
export const bundledSourceModule = (script: Script) =>
  script === 'hans' ? 'virtual:bundled-source-hans' : 'virtual:bundled-source';

const loaded = new Map<Script, string>();
const loading = new Map<Script, Promise<string>>();

/** Loads the text in `script` once; the same promise for every caller. */
export function loadBundledSource(script: Script): Promise<string> {
  let promise = loading.get(script);
  if (!promise) {
    promise = importers[script]().then(({ default: text }) => {
      loaded.set(script, text);
      return text;
    });
    loading.set(script, promise);
  }
  return promise;
}

/** The text in `script`, if it has loaded. */
export const bundledSource = (script: Script): string | undefined => loaded.get(script);
