#!/usr/bin/env node
// Runs the Playwright browser tests against Debian's Chromium.
//
//   node scripts/run-browser-tests.mjs [playwright test args...]
//   (env: CHROMIUM_PATH, SKIP_BROWSER)
//
// Without Chromium the run fails: a green `npm test` must mean the browser tests ran. Only an
// explicit SKIP_BROWSER=1 skips them, with one line saying how many were skipped.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extraArgs = process.argv.slice(2);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isTruthyEnv(value) {
  return value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/** How many tests `playwright test --list` finds; 0 when it finds none or cannot list them. */
function countTests() {
  const result = spawnSync(npx, ['--no', 'playwright', 'test', '--list', ...extraArgs], {
    encoding: 'utf8',
    env: process.env,
  });
  // "Total: 42 tests in 4 files" / "Total: 1 test in 1 file". With no tests Playwright exits
  // non-zero ("No tests found"), which simply means there is nothing to skip.
  const match = /^\s*Total:\s+(\d+)\s+tests?\s+in\s+\d+\s+files?/m.exec(result.stdout ?? '');
  return match ? Number(match[1]) : 0;
}

if (isTruthyEnv(process.env.SKIP_BROWSER)) {
  console.log(`SKIP_BROWSER is set: ${countTests()} browser tests skipped`);
  process.exit(0);
}

if (!isExecutableFile(chromiumPath)) {
  console.error(
    `Chromium not found at ${chromiumPath}: the browser tests cannot run. Install it ` +
      '(apt-get install -y chromium), point CHROMIUM_PATH at it, or skip them explicitly ' +
      'with SKIP_BROWSER=1.',
  );
  process.exit(1);
}

/** Runs `playwright test` with `args`; resolves to its exit code. */
function playwright(args) {
  return new Promise((resolve) => {
    const child = spawn(npx, ['--no', 'playwright', 'test', ...args], {
      stdio: 'inherit',
      env: process.env,
    });
    // Ctrl-C reaches the child through the terminal's process group; don't die before it does.
    const forward = (signal) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
    child.on('error', (error) => {
      console.error(`Could not start Playwright: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const sig of ['SIGINT', 'SIGTERM']) process.off(sig, forward);
      if (signal) console.error(`Playwright was stopped by ${signal}`);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

// Named specs or options run as asked. The whole suite runs in two passes: the tests that
// time the page's tasks (the `alone` project) run after the others, with no other browser
// taking the second core; both passes run whatever the first one's result.
const passes =
  extraArgs.length > 0
    ? [extraArgs]
    : [
        ['--project=chromium', '--project=sub-path'],
        ['--project=alone', '--output=test-results/alone'],
      ];
let failed = false;
for (const args of passes) {
  if (passes.length > 1) console.log(`\n==> playwright test ${args.join(' ')}`);
  if ((await playwright(args)) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
