// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// npm test must not pass on a machine without Chromium unless the skip was asked for.
const runner = fileURLToPath(new URL('./run-browser-tests.mjs', import.meta.url));
const MISSING = '/nonexistent/chromium';

function run(env: Record<string, string>) {
  const { SKIP_BROWSER: _skip, CI: _ci, ...inherited } = process.env;
  return spawnSync(process.execPath, [runner, '--grep', 'no test has this name'], {
    encoding: 'utf8',
    env: { ...inherited, CHROMIUM_PATH: MISSING, ...env },
  });
}

describe('the browser-test runner without Chromium', () => {
  it('fails and says how to install Chromium or skip', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Chromium not found at ${MISSING}`);
    expect(result.stderr).toContain('SKIP_BROWSER=1');
  });

  it('fails outside CI too', () => {
    expect(run({ CI: 'false' }).status).toBe(1);
  });

  it('skips, saying so, only when SKIP_BROWSER is set', () => {
    const result = run({ SKIP_BROWSER: '1' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/SKIP_BROWSER is set: \d+ browser tests skipped/);
  });

  it('does not take SKIP_BROWSER=0 as a request to skip', () => {
    expect(run({ SKIP_BROWSER: '0' }).status).toBe(1);
  });
});
