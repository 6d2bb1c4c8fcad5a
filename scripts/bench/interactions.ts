// What a reader does on the built site, timed by the Event Timing API with the CPU slowed 4×
// (CDP's CPU throttling): the longest event of each interaction, from the input to the next
// frame painted, as INP counts it. Pages load at full speed; only the interactions are slowed.
import { expect, type Locator, type Page } from '@playwright/test';
import { interaction, openTimedPage } from './event-timing.ts';

export const CPU_SLOWDOWN = 4;
const REPETITIONS = 5;
/** The English reading: its controls' names are the ones written here. */
const READING = '/en';
const STANCE = `${READING}/topics/agi-timing/yang-shu`;

export interface InteractionResult {
  label: string;
  durations: number[];
}

interface Session {
  page: Page;
  /** Loads `path` at full speed, waits for the app to hydrate, then slows the CPU. */
  open(path: string): Promise<void>;
  /** The longest event of `act`, with the CPU slowed. */
  time(act: () => Promise<void>): Promise<number>;
}

const INTERACTIONS: { label: string; measure: (s: Session) => Promise<number[]> }[] = [
  {
    label: 'opening a stance from the matrix',
    measure: async ({ page, open, time }) => {
      const durations: number[] = [];
      for (let i = 0; i < REPETITIONS; i++) {
        await open(`${READING}/`);
        const cell = page.locator('[role="grid"] a[href*="/topics/"][href$="-shu"]').nth(i % 6);
        durations.push(await time(() => cell.click()));
        await page.waitForURL(/\/topics\/[^/]+\/yang-shu$/);
      }
      return durations;
    },
  },
  {
    label: 'the arrow keys in the matrix',
    measure: async ({ page, open, time }) => {
      await open(`${READING}/`);
      await page.locator('[role="grid"] a[href]').first().focus();
      const keys = ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
      const durations: number[] = [];
      for (const key of keys) durations.push(await time(() => page.keyboard.press(key)));
      return durations;
    },
  },
  {
    label: 'the order control',
    measure: async ({ page, open, time }) => {
      await open(`${READING}/`);
      const durations: number[] = [];
      for (let i = 0; i < REPETITIONS; i++) {
        const name = i % 2 === 0 ? 'By disagreement' : 'As in the article';
        const radio = page.getByRole('radio', { name });
        durations.push(await time(() => radio.click()));
        await expect(radio).toBeChecked();
      }
      return durations;
    },
  },
  {
    label: 'the topic filter on /compare',
    measure: async ({ page, open, time }) => {
      await open(`${READING}/compare`);
      const links = page.getByRole('navigation', { name: 'Filter by topic' }).getByRole('link');
      const durations: number[] = [];
      for (let i = 0; i < REPETITIONS; i++)
        durations.push(await time(() => links.nth(i + 1).click()));
      return durations;
    },
  },
  {
    label: 'opening the cite dialog',
    measure: async ({ page, open, time }) => {
      await open(STANCE);
      const durations: number[] = [];
      for (let i = 0; i < REPETITIONS; i++) {
        const cite = page.getByRole('button', { name: 'Cite this stance' });
        durations.push(await time(() => cite.click()));
        await page.getByRole('dialog').waitFor();
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      }
      return durations;
    },
  },
  ...(
    [
      'Matrix as SVG (vector)',
      'Matrix as PNG (2× resolution)',
      'Quotes as CSV',
      'All data as JSON',
    ] as const
  ).map((name) => ({
    label: `downloading “${name}”`,
    measure: async ({ page, open, time }: Session) => {
      await open(`${READING}/`);
      const button = page.getByRole('button', { name });
      await button.waitFor();
      const durations: number[] = [];
      for (let i = 0; i < 3; i++) {
        const download = page.waitForEvent('download');
        durations.push(await time(() => button.click()));
        await download;
      }
      return durations;
    },
  })),
  {
    label: 'typing in the search box (each keystroke)',
    measure: async ({ page, open, time }) => {
      await open(`${READING}/`);
      await page.getByRole('searchbox').focus();
      const durations: number[] = [];
      for (const key of 'model') durations.push(await time(() => page.keyboard.press(key)));
      return durations;
    },
  },
  {
    label: 'following a quote to /source',
    measure: async ({ page, open, time }) => {
      const durations: number[] = [];
      for (let i = 0; i < REPETITIONS; i++) {
        await open(STANCE);
        const quote: Locator = page.locator('main a[href*="/source#"]').first();
        durations.push(await time(() => quote.click()));
        await page.waitForURL(/\/source#/);
      }
      return durations;
    },
  },
];

export async function measureInteractions(siteUrl: string): Promise<InteractionResult[]> {
  const { browser, page, errors } = await openTimedPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    const throttle = (rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const session: Session = {
      page,
      open: async (path) => {
        await throttle(1);
        await page.goto(`${siteUrl}${path}`);
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
        // Let what loads once the page is live (the debate's data, the islands) arrive.
        await page.waitForLoadState('networkidle');
        await throttle(CPU_SLOWDOWN);
      },
      time: (act) => interaction(page, act),
    };
    const results: InteractionResult[] = [];
    for (const { label, measure } of INTERACTIONS) {
      const durations = await measure(session);
      results.push({ label, durations });
      console.log(`bench: ${label} at ${CPU_SLOWDOWN}× CPU: ${durations.join(', ')} ms`);
    }
    await throttle(1);
    if (errors.length > 0) throw new Error(`interactions: ${errors.join('\n')}`);
    return results;
  } finally {
    await browser.close();
  }
}
