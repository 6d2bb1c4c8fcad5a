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

/** Renders `path` and expects a page with a heading, not the crash message; then unmounts. */
async function expectAPage(path: string) {
  renderExplorer(path);
  const headings = await screen.findAllByRole('heading');
  expect(headings.length).toBeGreaterThan(0);
  expect(screen.queryByText('發生了意外錯誤')).not.toBeInTheDocument();
  cleanup();
}

describe('any link at all', () => {
  it('shows a page or the not-found page, never a crash', async () => {
    // React Router warns (console.warn) about undecodable segments; that is expected here.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 4 }), query, async (segments, search) => {
        await expectAPage(`/${segments.join('/')}${search}`);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('answers links of long, repetitive segments and queries as quickly as short ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // 10^4 to 10^5 characters of one unit: what a backtracking pattern or a quadratic scan
    // of the path or query would choke on.
    const unit = fc.oneof(
      fc.constantFrom('a', '楊', '%', '%2', '%E0%A4', '<a', '..', '/', '?', '&q=', '#'),
      fc.string({ minLength: 1, maxLength: 6 }),
    );
    const long = fc
      .tuple(unit, fc.integer({ min: 10_000, max: 100_000 }))
      .map(([text, length]) => text.repeat(Math.ceil(length / text.length)).slice(0, length));
    const link = fc.oneof(
      long.map((text) => `/${encodeURIComponent(text)}`),
      long.map((text) => `/topics/${encodeURIComponent(text)}`),
      long.map((text) => `/search?q=${encodeURIComponent(text)}`),
      long.map((text) => `/?script=${encodeURIComponent(text)}`),
    );
    await fc.assert(
      fc.asyncProperty(link, expectAPage),
      // Few runs, each a whole page: the bound is that they finish inside the timeout.
      { numRuns: 16 },
    );
  }, 30_000);
});
