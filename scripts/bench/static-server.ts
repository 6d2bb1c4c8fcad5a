// Serves a folder with scripts/serve.mjs (the server `npm start` uses) on the bench's port.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

export async function serveFolder(root: string, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVE, '--port', String(port)], {
    env: { ...process.env, SERVE_ROOT: root },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code} (port ${port})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(url)) resolve();
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * When `moduleUrl` is the script run (`npx tsx scripts/bench/<part>.ts`), serves the existing
 * build/client and runs `measure` on it: one part of the bench alone, without rebuilding.
 */
export async function runAloneOnBuild(
  moduleUrl: string,
  measure: (url: string) => Promise<unknown>,
): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const buildRoot = path.join(fileURLToPath(new URL('../../', moduleUrl)), 'build', 'client');
  const server = await serveFolder(buildRoot, Number(process.env.BENCH_PORT ?? 4392));
  try {
    await measure(server.url);
  } finally {
    await server.stop();
  }
}
