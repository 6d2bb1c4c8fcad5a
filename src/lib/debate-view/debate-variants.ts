import { createLazyVariants } from '@/lib/lazy-variant';
import type { Debate } from '@/model/debate-schema';

// The pages hydrate with the bundled debate in its source script and without its English
// (the root route's loader data). Its Simplified version and its English were made when the
// app was built, so switching costs only their own chunk. A debate opened from disk is
// converted by the converter the app supplies (the open-debate feature's, in its worker).

/** Converts a debate opened from disk, and its source, to Simplified Chinese. */
export interface OpenedDebateConverter {
  debate: (debate: Debate) => Promise<Debate>;
  source: (source: string) => Promise<string>;
}

/**
 * Converts on the main thread, OpenCC's dictionaries loaded on demand: for views rendered
 * without the app's worker (the studio's preview, tests).
 */
export const convertInPage: OpenedDebateConverter = {
  debate: async (debate) => {
    const [{ simplifiedConverters }, { convertDebateScript }] = await Promise.all([
      import('@/model/mainland-converter'),
      import('@/model/convert-debate-script'),
    ]);
    return convertDebateScript(debate, simplifiedConverters);
  },
  source: async (source) => (await import('@/model/script-converter')).toSimplified(source),
};

/** The bundled debate in Simplified Chinese, English included. */
export const useBundledSimplified = createLazyVariants(
  async (_debate: Debate) => (await import('virtual:bundled-debate-hans')).default,
);

/** The bundled debate with its English. */
export const useBundledWithEnglish = createLazyVariants(
  async (_debate: Debate) => (await import('virtual:bundled-debate')).default,
);

/** A debate opened from disk, converted to Simplified Chinese. */
export const useConvertedSimplified = createLazyVariants(
  (debate: Debate, convert: OpenedDebateConverter) => convert.debate(debate),
);

/** `source` is the source text of a debate opened from disk; null means the bundled one. */
export const useSimplifiedSource = createLazyVariants(
  async (source: string | null, convert: OpenedDebateConverter) =>
    source === null
      ? (await import('virtual:bundled-source-hans')).default
      : convert.source(source),
);
