import { createLazyVariants } from '@/lib/lazy-variant';
import type { Debate } from '@/model/debate-schema';

// The pages hydrate with the bundled debate as their reading shows it, prepared when the site
// was built (scripts/prerender.ts). A debate opened from disk is converted to Simplified by
// the converter the app supplies (the open-debate feature's, in its worker).

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

/** A debate opened from disk, converted to Simplified Chinese. */
export const useConvertedSimplified = createLazyVariants(
  (debate: Debate, convert: OpenedDebateConverter) => convert.debate(debate),
);

/** The source text of a debate opened from disk, converted to Simplified Chinese. */
export const useSimplifiedSource = createLazyVariants(
  (source: string, convert: OpenedDebateConverter) => convert.source(source),
);
