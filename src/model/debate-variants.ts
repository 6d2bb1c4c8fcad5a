import { createLazyVariants } from '@/lib/lazy-variant';
import { convertDebateScript } from './convert-debate-script';
import type { Debate } from './debate-schema';

// The pages hydrate with the bundled debate in its source script and without its English
// (the root route's loader data). Its Simplified version and its English were made when the
// app was built, so switching costs only their own chunk. A debate opened from disk is
// converted by OpenCC in the open-debate worker, whose dictionaries load only then.

/** The bundled debate in Simplified Chinese, English included. */
export const useBundledSimplified = createLazyVariants(
  async (_debate: Debate) => (await import('virtual:bundled-debate-hans')).default,
);

/** The bundled debate with its English. */
export const useBundledWithEnglish = createLazyVariants(
  async (_debate: Debate) => (await import('virtual:bundled-debate')).default,
);

/** A debate opened from disk, converted to Simplified Chinese (in the open-debate worker). */
export const useConvertedSimplified = createLazyVariants(async (debate: Debate) => {
  if (typeof Worker === 'undefined') {
    const { toSimplified } = await import('./script-converter');
    return convertDebateScript(debate, toSimplified);
  }
  const { simplifyInWorker } = await import('@/features/open-debate/debate-worker-client');
  const answer = await simplifyInWorker({ type: 'simplify-debate', debate });
  if (answer.type !== 'simplified-debate') throw new Error(answer.type);
  return answer.debate;
});

/** `source` is the source text of a debate opened from disk; null means the bundled one. */
export const useSimplifiedSource = createLazyVariants(async (source: string | null) => {
  if (source === null) return (await import('virtual:bundled-source-hans')).default;
  if (typeof Worker === 'undefined') {
    const { toSimplified } = await import('./script-converter');
    return toSimplified(source);
  }
  const { simplifyInWorker } = await import('@/features/open-debate/debate-worker-client');
  const answer = await simplifyInWorker({ type: 'simplify-source', source });
  if (answer.type !== 'simplified-source') throw new Error(answer.type);
  return answer.source;
});
