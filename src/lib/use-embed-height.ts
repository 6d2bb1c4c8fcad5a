import { useEffect } from 'react';

/**
 * The message an embedded page posts to its host whenever its height changes:
 *
 *     { type: 'debate-explorer:height', height: <CSS pixels, an integer> }
 *
 * and nothing else: the message goes to whatever page frames this one, which must not learn
 * the page's address, query or fragment from it (issue 25).
 *
 * public/embed.js, the host's resize script, accepts it only from the site's own origin and
 * sizes only the <iframe> it came from. Documented in the README ("Embedding").
 */
const EMBED_HEIGHT_MESSAGE = 'debate-explorer:height';

/**
 * What embed.js posts into each of its frames once it has loaded: the host may have missed
 * the frame's first report (embed.js loads async, often after the frame), so the frame reports
 * again. It carries nothing and asks for nothing but the height, which is no secret.
 */
const EMBED_HEIGHT_REQUEST = 'debate-explorer:height-request';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
}

/** Tells the host page the document's height, now and whenever it changes, while `active`. */
export function useEmbedHeight(active: boolean) {
  useEffect(() => {
    if (!active || window.parent === window) return;
    let last = -1;
    const report = (force = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
      // The height is no secret, and the page cannot know which site frames it.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(() => report());
    observer.observe(document.documentElement);
    const onRequest = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const data: unknown = event.data;
      if (typeof data === 'object' && data !== null && 'type' in data) {
        if (data.type === EMBED_HEIGHT_REQUEST) report(true);
      }
    };
    window.addEventListener('message', onRequest);
    report();
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onRequest);
    };
  }, [active]);
}
