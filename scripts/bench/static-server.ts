// Serves a folder with scripts/serve.mjs (the server `npm start` uses) on the bench's port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
