import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { StateCreator } from 'zustand';
import { resetStores, storeResets } from './store-resets';

// The Simplified and English texts arrive as lazily imported chunks (as in the app), which
// a loaded machine can take over a second to transform the first time.
configure({ asyncUtilTimeout: 4000 });

// A console.error during a test is a bug (React warnings, failed prop types, act() leaks).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error in a test: ${args.map(String).join(' ')}`);
  });
});

// jsdom lacks these browser APIs.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (typeof window !== 'undefined')
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
// jsdom has <dialog> but not its modal methods: open it and fire `close` as browsers do.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => {} });
}
if (typeof SVGElement !== 'undefined' && !('getBBox' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
  });
}

// Zustand stores are module singletons: reset every store to its initial state after each
// test, as zustand's testing guide does, so no test sees another's hover or preferences.
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof import('zustand')>();
  const track = (createState: StateCreator<unknown>) => {
    const store = zustand.create(createState);
    const initial = store.getState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  };
  // create(fn) and the curried create()(fn) both go through track.
  const create = (createState?: StateCreator<unknown>) =>
    createState ? track(createState) : track;
  return { ...zustand, create };
});
afterEach(() => {
  // Unmount first, so resetting the stores re-renders nothing.
  cleanup();
  resetStores();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
