// Serves the bundled debate to the app as `virtual:bundled-debate`, validated at build
// time with the same schema and checks as the data tests: a broken data file fails the
// build with every problem named, and the validator never ships in the page's JavaScript.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { convertDebateScript } from '../src/model/convert-debate-script.ts';
import type { Debate } from '../src/model/debate-schema.ts';
import { parseDebate } from '../src/model/parse-debate.ts';
import { withCodingFiles } from '../src/model/folder-codings.ts';
import { readCodingFiles } from './read-codings.ts';
import { toSimplified } from '../src/model/script-converter.ts';
import { simplifiedConverters } from '../src/model/mainland-converter.ts';

const MODULE_ID = 'virtual:bundled-debate';
// The source text is a module of its own, so only the pages that show it load it.
const SOURCE_ID = 'virtual:bundled-source';
// Simplified Chinese versions, converted here so readers who switch download no dictionary.
const SIMPLIFIED_ID = 'virtual:bundled-debate-hans';
const SIMPLIFIED_SOURCE_ID = 'virtual:bundled-source-hans';
const MODULE_IDS = [MODULE_ID, SOURCE_ID, SIMPLIFIED_ID, SIMPLIFIED_SOURCE_ID];

/** `folder` is the debate the site is built for (DEBATE, see site-config.ts). */
export function bundledDebatePlugin(folder: string): Plugin {
  const jsonPath = `${folder}debate.json`;
  const sourcePath = `${folder}source.txt`;
  return {
    name: 'bundled-debate',
    resolveId(id) {
      return MODULE_IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(resolvedId) {
      const id = resolvedId.slice(1);
      if (!resolvedId.startsWith('\0') || !MODULE_IDS.includes(id)) return undefined;
      this.addWatchFile(sourcePath);
      const source = readFileSync(sourcePath, 'utf8');
      if (id === SOURCE_ID) return exportDefault(source);
      if (id === SIMPLIFIED_SOURCE_ID) return exportDefault(toSimplified(source));
      this.addWatchFile(jsonPath);
      let debate: Debate;
      try {
        debate = readBundledDebate(folder, source);
      } catch (error) {
        this.error((error as Error).message);
      }
      // The readers' codings (codings/<coder>.json) join the debate as its `codings`.
      for (const { file } of readCodingFiles(folder)) this.addWatchFile(`${folder}${file}`);
      // The source lets our text's quotations of it keep its words (convert-debate-script.ts).
      return exportDefault(
        id === SIMPLIFIED_ID ? convertDebateScript(debate, simplifiedConverters, source) : debate,
      );
    },
  };
}

/** The debate in `folder`, validated as the app gets it; throws naming every problem. */
export function readBundledDebate(
  folder: string,
  source = readFileSync(`${folder}source.txt`, 'utf8'),
): Debate {
  const jsonPath = `${folder}debate.json`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch (error) {
    throw new Error(`${jsonPath}: not valid JSON (${(error as Error).message})`);
  }
  // The readers' codings (codings/<coder>.json) join the debate as its `codings`.
  const result = parseDebate(withCodingFiles(json, readCodingFiles(folder)), source);
  if (!result.ok) {
    const lines = result.problems.map((p) => `${jsonPath}:${p.path}: ${p.message}`);
    throw new Error(`the bundled debate has ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
  return result.debate;
}

const exportDefault = (value: unknown) => `export default ${JSON.stringify(value)};`;
