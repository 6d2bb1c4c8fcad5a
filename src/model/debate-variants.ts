import { createLazyVariants } from '@/lib/lazy-variant';
import { bundledDebate } from './bundled-debate';
import { convertDebateScript } from './convert-debate-script';
import type { Debate } from './debate-schema';

// The bundled debate was converted when the app was built, so switching it costs only its
// own small chunk. A debate opened from disk is converted in the browser by OpenCC, whose
// dictionaries load only then.

export const useSimplifiedDebate = createLazyVariants(async (debate: Debate) => {
  if (debate === bundledDebate) return (await import('virtual:bundled-debate-hans')).default;
  const { toSimplified } = await import('./script-converter');
  return convertDebateScript(debate, toSimplified);
});

/** `source` is the source text of a debate opened from disk; undefined means the bundled one. */
export const useSimplifiedSource = createLazyVariants(async (source: string | null) => {
  if (source === null) return (await import('virtual:bundled-source-hans')).default;
  const { toSimplified } = await import('./script-converter');
  return toSimplified(source);
});
