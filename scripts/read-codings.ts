// Reads a debate folder's codings (codings/<coder>.json), for the build, check-data and the
// reliability report: each file parsed as JSON, in file-name order, within the loader's
// file cap. A folder without codings/ has none.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_LIMIT } from '../src/model/debate-limits.ts';

export interface CodingFile {
  /** The file's path inside the debate folder, e.g. codings/reader-c.json. */
  file: string;
  json: unknown;
}

export function readCodingFiles(folder: string): CodingFile[] {
  const dir = join(folder, 'codings');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const path = join(dir, name);
    const file = `codings/${name}`;
    const { size } = statSync(path);
    if (size > FILE_LIMIT) throw new Error(`${file}: ${size} bytes, over the file cap`);
    try {
      return { file, json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
  });
}
