// Timing in the page: from an input (or a render call) to the first frame painted after
// the change it causes is in the DOM.

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A task queued now runs after the frame being produced: a rAF callback runs just before
 *  the frame's style, layout and paint, and a message posted from it is handled after them. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Resolves after the first frame painted once `done()` holds (checked before each frame). */
export async function paintedWhen(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  for (;;) {
    await nextFrame();
    if (done()) break;
    if (performance.now() - start > timeoutMs) throw new Error('the change never reached the DOM');
  }
  await nextTask();
}

/**
 * The milliseconds from `act()` to the end of the first frame painted once `done()` holds.
 * With `atFrameStart`, `act()` runs at the start of a frame, as Chromium dispatches pointer
 * input (aligned to animation frames): the time is then the work the input causes, and a
 * figure under one frame (16.7 ms) means its result shows in the very next frame. Work that
 * slips past that frame pays the wait for the next one in full.
 */
export async function timeToPaint(
  act: () => void,
  done: () => boolean,
  { atFrameStart = false } = {},
): Promise<number> {
  if (atFrameStart) await nextFrame();
  const start = performance.now();
  act();
  if (atFrameStart) {
    await nextTask();
    if (done()) return performance.now() - start;
  }
  await paintedWhen(done);
  return performance.now() - start;
}
