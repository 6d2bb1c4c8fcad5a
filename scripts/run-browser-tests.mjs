#!/usr/bin/env node
// Runs the Playwright browser tests against Debian's Chromium.
//
//   node scripts/run-browser-tests.mjs [playwright test args...]   (env: CHROMIUM_PATH, CI)
//
// Without Chromium, a local run skips the browser tests with one line saying how many were
// skipped; a CI run fails, since a green CI must mean the browser tests ran.
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

if (!isExecutableFile(chromiumPath)) {
  if (isTruthyEnv(process.env.CI)) {
    console.log(
      `Chromium not found at ${chromiumPath}: browser tests cannot run in CI (apt-get install -y chromium)`,
    );
    process.exit(1);
  }
  const count = countTests();
  console.log(
    `Chromium not found at ${chromiumPath}: ${count} browser tests skipped (install it with: apt-get install -y chromium)`,
  );
  process.exit(0);
}

const child = spawn(npx, ['--no', 'playwright', 'test', ...extraArgs], {
  stdio: 'inherit',
  env: process.env,
});

// Ctrl-C reaches the child through the terminal's process group; don't die before it does.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`Could not start Playwright: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`Playwright was stopped by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
