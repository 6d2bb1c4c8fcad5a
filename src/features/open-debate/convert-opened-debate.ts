import type { OpenedDebateConverter } from '@/lib/debate-view/debate-variants';
import { convertInPage } from '@/lib/debate-view/debate-variants';

// OpenCC's dictionaries and the conversion of a whole debate are heavy: an opened debate is
// converted in the open-debate worker, which loads only then. Where there are no workers,
// the page converts it itself.

/** Converts a debate opened from disk, and its source, to Simplified in the worker. */
export const convertInWorker: OpenedDebateConverter = {
  debate: async (debate) => {
    if (typeof Worker === 'undefined') return convertInPage.debate(debate);
    const { simplifyInWorker } = await import('./debate-worker-client');
    const answer = await simplifyInWorker({ type: 'simplify-debate', debate });
    if (answer.type !== 'simplified-debate') throw new Error(answer.type);
    return answer.debate;
  },
  source: async (source) => {
    if (typeof Worker === 'undefined') return convertInPage.source(source);
    const { simplifyInWorker } = await import('./debate-worker-client');
    const answer = await simplifyInWorker({ type: 'simplify-source', source });
    if (answer.type !== 'simplified-source') throw new Error(answer.type);
    return answer.source;
  },
};
