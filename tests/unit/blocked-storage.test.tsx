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
  it('still switches script and language', () =>
    withStorageBlocked(async (render) => {
      const user = userEvent.setup();
      render('/topics/open-vs-closed/yang-shu');
      await user.click(screen.getByRole('button', { name: '简体' }));
      expect(await within(grid()).findByRole('link', { name: '杨蜀' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'English' }));
      expect(await within(grid()).findByRole('link', { name: 'Yang Shu' })).toBeInTheDocument();
      expect(console.error).not.toHaveBeenCalled();
    }));
});

describe('a stored entry from another version of the app', () => {
  it('is read for what it still means, without an error', async () => {
    localStorage.setItem(
      'debate-explorer:preferences',
      JSON.stringify({ state: { script: 'hans', language: null, speakerOrder: [] }, version: 7 }),
    );
    renderExplorer('/');
    expect(await within(grid()).findByRole('link', { name: '杨蜀' })).toBeInTheDocument();
    expect(console.error).not.toHaveBeenCalled();
  });
});
