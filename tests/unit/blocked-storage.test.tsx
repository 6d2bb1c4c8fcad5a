import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderExplorer } from './render-explorer';

// Site data blocked, or a cross-site frame (an embed): even reading window.localStorage
// throws. The app must work all the same, only without remembering.

const grid = () => screen.getByRole('grid');

/** Runs `run` with storage blocked from the start: the app's modules load afresh under it. */
async function withStorageBlocked(run: (render: typeof renderExplorer) => Promise<void>) {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  try {
    vi.resetModules();
    const fresh = await import('./render-explorer');
    await run(fresh.renderExplorer);
  } finally {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else Reflect.deleteProperty(window, 'localStorage');
  }
}

describe('with storage blocked', () => {
  it(
    'still shows each reading, and its switch still leads to the others',
    () =>
      withStorageBlocked(async (render) => {
        const user = userEvent.setup();
        render('/en/topics/open-vs-closed/yang-shu');
        expect(within(grid()).getByRole('link', { name: 'Yang Shu' })).toBeInTheDocument();
        // jsdom cannot follow a link: where it leads is the browser tests' to check.
        document.addEventListener('click', (event) => event.preventDefault(), { once: true });
        const simplified = screen.getByRole('link', { name: '简体' });
        await user.click(simplified);
        expect(simplified).toHaveAttribute('href', '/zh-hans/topics/open-vs-closed/yang-shu');
        expect(console.error).not.toHaveBeenCalled();
      }),
    // The app's modules load afresh, every reading's catalogue and pages among them.
    60_000,
  );
});

describe('a stored entry from another version of the app', () => {
  it('is read without an error; the default address shows Traditional until its script sends the reader on', () => {
    localStorage.setItem(
      'debate-explorer:preferences',
      JSON.stringify({ state: { script: 'hans', language: null, speakerOrder: [] }, version: 7 }),
    );
    renderExplorer('/');
    expect(within(grid()).getByRole('link', { name: '楊蜀' })).toBeInTheDocument();
    expect(console.error).not.toHaveBeenCalled();
  });
});
