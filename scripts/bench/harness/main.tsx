// The scale benchmark's page: renders the app's real DebateMatrix, inside the providers the
// app gives it, for a generated debate of ?stances=N, and exposes one timing function per
// measurement for scripts/bench/scale.ts to call through Playwright.
import { useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DebateMatrix } from '@/features/matrix/debate-matrix';
import { SearchResults } from '@/features/search/search-results';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import type { Debate } from '@/model/debate-schema';
import '@/styles/app.css';
import { BENCH_SHAPES, generateDebate } from '../generate-debate.ts';
import { paintedWhen, timeToPaint } from './measure.ts';

export interface BenchApi {
  stances: number;
  /** Each returns one timing in ms per repetition. */
  firstRender: (repetitions: number) => Promise<number[]>;
  arrowMove: (repetitions: number) => Promise<number[]>;
  hover: (repetitions: number) => Promise<number[]>;
  searchKeystroke: (repetitions: number) => Promise<number[]>;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

const stances = Number(new URLSearchParams(location.search).get('stances') ?? 10);
const shape = BENCH_SHAPES[stances];
if (!shape) throw new Error(`no benchmark shape for ${stances} stances`);
const { debate } = generateDebate(shape);
const host = document.getElementById('main') ?? document.body;

/** The Traditional reading, as the app gives every page its reading and interface text. */
function InReading({ children }: { children: ReactNode }) {
  return (
    <ReadingProvider place={{ reading: 'zh-hant', explicit: false }} messages={messagesZhHant}>
      {children}
    </ReadingProvider>
  );
}

function Explorer({ debate }: { debate: Debate }) {
  // The app's layout around the matrix, so cells get the width they get in the app.
  return (
    <div className="explorer">
      <section className="matrix-section" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">立場矩陣</h2>
        <p id="matrix-hint">方向鍵移動</p>
        <DebateProvider debate={debate}>
          <DebateMatrix selection={{}} />
        </DebateProvider>
      </section>
      <section className="detail-pane" aria-label="詳情" />
    </div>
  );
}

let root: Root | undefined;
let container: HTMLElement | undefined;

function unmount() {
  root?.unmount();
  container?.remove();
  root = container = undefined;
}

/** A fresh container for `page`, and a fresh memory router showing it in its reading. */
function freshMount(page: ReactNode) {
  unmount();
  const parent = document.createElement('div');
  host.append(parent);
  container = parent;
  const router = createMemoryRouter([{ path: '*', element: <InReading>{page}</InReading> }]);
  return { parent, router };
}

const grid = () => container?.querySelector<HTMLElement>('[role="grid"]') ?? null;

/** Mounts the matrix (in a fresh root, with a fresh memory router) and returns the ms to paint. */
function mount(): Promise<number> {
  const { parent, router } = freshMount(<Explorer debate={debate} />);
  return timeToPaint(
    () => {
      root = createRoot(parent);
      root.render(<RouterProvider router={router} />);
    },
    () => grid() !== null,
  );
}

/** The focusable element of the cell at grid row and column (0-based, headers included). */
function cellAt(row: number, col: number): HTMLElement {
  const cell = grid()?.querySelector<HTMLElement>(
    `[aria-rowindex="${row + 1}"] [aria-colindex="${col + 1}"]`,
  );
  if (!cell) throw new Error(`no rendered cell at ${row}, ${col}`);
  return cell;
}
const focusable = (cell: HTMLElement) => cell.querySelector<HTMLElement>('a') ?? cell;

async function firstRender(repetitions: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) times.push(await mount());
  return times;
}

// A walk round a square of cells near the top left, so every key really moves focus.
const WALK = ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'] as const;

async function arrowMove(repetitions: number): Promise<number[]> {
  await mount();
  focusable(cellAt(1, 1)).focus();
  await paintedWhen(() => true);
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const from = document.activeElement as HTMLElement;
    const key = WALK[i % WALK.length] ?? 'ArrowDown';
    times.push(
      await timeToPaint(
        () =>
          from.dispatchEvent(
            new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
          ),
        () => document.activeElement !== from && grid()?.contains(document.activeElement) === true,
        { atFrameStart: true },
      ),
    );
  }
  return times;
}

// Cells the pointer visits in turn; consecutive ones differ in both row and column.
const VISITS = [
  [1, 1],
  [2, 2],
  [3, 1],
  [1, 2],
] as const;

async function hover(repetitions: number): Promise<number[]> {
  await mount();
  await paintedWhen(() => true);
  let previous: HTMLElement | null = null;
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const [row, col] = VISITS[i % VISITS.length] ?? [1, 1];
    const cell = cellAt(row, col);
    const target = focusable(cell);
    const left = previous;
    times.push(
      await timeToPaint(
        () => {
          // What a browser sends as the pointer crosses from one cell into the next.
          left?.dispatchEvent(
            new PointerEvent('pointerout', { bubbles: true, relatedTarget: target }),
          );
          target.dispatchEvent(
            new PointerEvent('pointerover', { bubbles: true, relatedTarget: left }),
          );
          target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
        },
        () =>
          cell.classList.contains('is-row-highlighted') &&
          cell.classList.contains('is-col-highlighted'),
        { atFrameStart: true },
      ),
    );
    previous = target;
  }
  return times;
}

// The search page's results for a query the harness sets, as a keystroke in the header's
// box would (the box only puts the query in the URL, which the results page reads).
let typeQuery: ((query: string) => void) | undefined;
function SearchBench({ debate }: { debate: Debate }) {
  const [query, setQuery] = useState('');
  typeQuery = setQuery;
  return (
    <DebateProvider debate={debate}>
      <SearchResults query={query} />
    </DebateProvider>
  );
}

// A function, so TypeScript doesn't take typeQuery for undefined for good after the reset.
const forgetSearchBench = () => {
  typeQuery = undefined;
};

const searchStatus = () => container?.querySelector('[role="status"]')?.textContent ?? '';

async function searchKeystroke(repetitions: number): Promise<number[]> {
  const { parent, router } = freshMount(<SearchBench debate={debate} />);
  forgetSearchBench();
  root = createRoot(parent);
  root.render(<RouterProvider router={router} />);
  await paintedWhen(() => typeQuery !== undefined);
  // Wait for OpenCC's table (cross-script matching), as a reader's first search would.
  const word = debate.stances[0]?.quotes[0]?.quote.exact.slice(0, 4) ?? '議題';
  typeQuery?.(word);
  await paintedWhen(() => searchStatus().includes('有'));
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    // Typing a word and deleting it again: each keystroke changes the query.
    const length = [1, 2, 3, 4, 3, 2][i % 6] ?? 1;
    const query = word.slice(0, length);
    times.push(
      await timeToPaint(
        () => typeQuery?.(query),
        () => searchStatus().startsWith(`「${query}」`),
        { atFrameStart: true },
      ),
    );
  }
  return times;
}

window.bench = { stances, firstRender, arrowMove, hover, searchKeystroke };
