// Many renders run inside one test here, so each is unmounted by hand before the next.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { renderExplorer } from './render-explorer';

const segment = fc.oneof(
  fc.constantFrom(
    'topics',
    'speakers',
    'agi-timing',
    'yang-shu',
    '楊蜀',
    'AGI-Timing',
    '..',
    '%E0%A4%A',
    '%00',
    '',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map(encodeURIComponent),
);
const query = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }).map((s) => `?q=${encodeURIComponent(s)}`),
  fc.constantFrom('?script=<script>', '?__proto__=1', '?q=%E0%A4', `?x=${'a'.repeat(3000)}`),
);

describe('any link at all', () => {
  it('shows a page or the not-found page, never a crash', async () => {
    // React Router warns (console.warn) about undecodable segments; that is expected here.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 4 }), query, async (segments, search) => {
        const path = `/${segments.join('/')}${search}`;
        renderExplorer(path);
        const main = await screen.findAllByRole('heading');
        expect(main.length).toBeGreaterThan(0);
        expect(screen.queryByText('發生了意外錯誤')).not.toBeInTheDocument();
        cleanup();
      }),
      { numRuns: 80 },
    );
    // 80 full renders take about 4 s alone, and more on a busy machine: past the default 5 s.
  }, 30_000);
});
