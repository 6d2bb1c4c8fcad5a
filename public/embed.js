// Sizes this site's embedded pages (`?embed=1`) to their content. Put it on the host page
// after the <iframe> the site's "Embed" dialog gives:
//
//   <script src="https://<this site>/embed.js" async></script>
//
// An embedded page posts { type: 'debate-explorer:height', height } to its host
// whenever its height changes. This script believes only messages from the origin it was
// itself loaded from, and sizes only the <iframe> whose window sent the message. Once loaded,
// it asks each of its frames to say their height again ({ type: 'debate-explorer:height-request' },
// posted only to the site's origin), in case a frame spoke before anyone listened. It reads
// nothing else and requests nothing.
/* global document, window, URL, HTMLScriptElement */
(() => {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  const origin = new URL(script.src, document.baseURI).origin;
  // Past this a page is surely not what it claims; its frame keeps its last size.
  const MAX_HEIGHT = 100000;
  // Whether `frame` shows a page of the site. Another frame's src may be anything the host
  // wrote, even an address no URL parser accepts: that frame is simply not ours.
  const ours = (frame) => {
    if (!frame.src) return false;
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch {
      return false;
    }
  };
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    if (data.type !== 'debate-explorer:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
    if (height > MAX_HEIGHT) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      // The page's own src must be on the same origin too: a frame the host later pointed
      // elsewhere is not ours to size.
      if (!ours(frame)) continue;
      frame.style.height = `${Math.ceil(height)}px`;
    }
  });
  // Frames that loaded before this script did told their height to no one: ask them again.
  const ask = () => {
    for (const frame of document.querySelectorAll('iframe')) {
      if (!ours(frame)) continue;
      frame.contentWindow?.postMessage({ type: 'debate-explorer:height-request' }, origin);
    }
  };
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask, { once: true });
})();
