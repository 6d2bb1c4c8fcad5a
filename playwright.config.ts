import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.ts';

// E2E_PORT lets two checkouts run their browser tests side by side. The sub-path build is
// served on the next port.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const SUB_PATH_PORT = PORT + 1;
const baseURL = `http://127.0.0.1:${PORT}`;
/** Where the sub-path build lives, as on a static host serving it from a folder. */
const SUB_PATH_SITE = `http://127.0.0.1:${SUB_PATH_PORT}/debate/`;
/** Specs that time the page's tasks: they run in the `alone` project. */
const TIMED_ALONE = /open-debate-hostile\.spec\.ts$/;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
};

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    // A browser that reads Traditional Chinese, the source's script: the default address (/…)
    // then stays in Traditional, as most tests expect. The tests of how it sends other
    // readers on set their own locale (reading-addresses.spec.ts).
    locale: 'zh-TW',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: [/sub-path\.spec\.ts$/, TIMED_ALONE], use: chromium },
    // The tests that time how long the page stops answering. Beside another browser on two
    // cores, a task's length is half the other browser's; `npm run test:browser` runs this
    // project on its own, after the others (scripts/run-browser-tests.mjs).
    { name: 'alone', testMatch: TIMED_ALONE, use: chromium },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts$/,
      use: { ...chromium, baseURL: SUB_PATH_SITE },
    },
  ],
  // Both builds know their public URL, as a production build would (README, Deploying), so
  // the tests see canonical links, og:url and the sitemap. Playwright starts the servers one
  // after the other, so the two builds never run at once.
  webServer: [
    {
      command: `npm run build && node scripts/serve.mjs --port ${PORT}`,
      env: { SITE_URL: `${baseURL}/`, BASE_PATH: '/', BUILD_DIR: 'build' },
      url: `${baseURL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npm run build && node scripts/serve.mjs --port ${SUB_PATH_PORT}`,
      env: { SITE_URL: SUB_PATH_SITE, BASE_PATH: '/debate/', BUILD_DIR: 'build-sub-path' },
      url: SUB_PATH_SITE,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
