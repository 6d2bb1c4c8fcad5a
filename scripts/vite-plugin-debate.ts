// Serves the bundled debate to the app as `virtual:bundled-debate`, validated at build
// time with the same schema and checks as the data tests: a broken data file fails the
// build with every problem named, and the validator never ships in the page's JavaScript.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseDebate } from '../src/model/parse-debate.ts';

const MODULE_ID = 'virtual:bundled-debate';
const RESOLVED_ID = `\0${MODULE_ID}`;
// The source text is a module of its own, so only the pages that show it load it.
const SOURCE_ID = 'virtual:bundled-source';
const RESOLVED_SOURCE_ID = `\0${SOURCE_ID}`;
export const BUNDLED_DEBATE_FOLDER = fileURLToPath(
  new URL('../data/debates/future-talk-deepseek/', import.meta.url),
);

export function bundledDebatePlugin(folder = BUNDLED_DEBATE_FOLDER): Plugin {
  const jsonPath = `${folder}debate.json`;
  const sourcePath = `${folder}source.txt`;
  return {
    name: 'bundled-debate',
    resolveId(id) {
      if (id === MODULE_ID) return RESOLVED_ID;
      return id === SOURCE_ID ? RESOLVED_SOURCE_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_SOURCE_ID) {
        this.addWatchFile(sourcePath);
        return `export default ${JSON.stringify(readFileSync(sourcePath, 'utf8'))};`;
      }
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(jsonPath);
      this.addWatchFile(sourcePath);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(jsonPath, 'utf8'));
      } catch (error) {
        this.error(`${jsonPath}: not valid JSON (${(error as Error).message})`);
      }
      const result = parseDebate(json, readFileSync(sourcePath, 'utf8'));
      if (!result.ok) {
        const lines = result.problems.map((p) => `${jsonPath}:${p.path}: ${p.message}`);
        this.error(`the bundled debate has ${lines.length} problem(s):\n${lines.join('\n')}`);
      }
      return `export default ${JSON.stringify(result.debate)};`;
    },
  };
}
