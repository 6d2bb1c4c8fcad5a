// Publishes what a reader needs to check the reading (see /about#reliability): the codebook
// as method/codebook.md and each reader's coding as method/codings/<coder>.json, in the
// build and on the dev server alike, from the files themselves, so they cannot drift.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const METHOD_DIR = 'method';

/** Every published file: its path under the site and where it is read from. */
export function methodFiles(debateFolder: string, codebookPath: string): Map<string, string> {
  const files = new Map([[`${METHOD_DIR}/codebook.md`, codebookPath]]);
  const codings = join(debateFolder, 'codings');
  let names: string[] = [];
  try {
    names = readdirSync(codings).filter((name) => name.endsWith('.json'));
  } catch {
    // A debate without codings publishes the codebook alone.
  }
  for (const name of names.sort()) files.set(`${METHOD_DIR}/codings/${name}`, join(codings, name));
  return files;
}

export function methodFilesPlugin(debateFolder: string, codebookPath: string): Plugin {
  const files = () => methodFiles(debateFolder, codebookPath);
  return {
    name: 'method-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const base = server.config.base;
        const url = (req.url ?? '').split('?')[0] ?? '';
        const file = url.startsWith(base) ? files().get(url.slice(base.length)) : undefined;
        if (!file) return next();
        res.setHeader(
          'Content-Type',
          file.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'application/json',
        );
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of files())
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
    },
  };
}
