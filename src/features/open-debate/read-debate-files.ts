// Runs in the open-debate worker (open-debate.worker.ts) and in tests; the validator (zod)
// and the zip reader stay out of every page's JavaScript.
import { FILE_LIMIT } from '@/model/debate-limits';
import { parseDebate, shapeProblem, type ParseOptions } from '@/model/parse-debate';
import { findWideObject } from '@/model/json-text-scan';
import { safeName } from '@/model/plain-text';
import type { Debate } from '@/model/debate-schema';
import type { Messages } from '@/lib/i18n/messages-zh-hant';
import type { CheckMessages } from '@/lib/i18n/check-messages-zh-hant';
import { withCodingFiles, problemFile } from '@/model/folder-codings';
import { describeFileProblems } from '@/lib/problem-text/describe-problem';
import { readZip, type ZipProblem } from './read-zip';

export type ReadResult =
  | { ok: true; debate: Debate; source: string; name: string }
  /** `stopped`: checking ended at the problem limit, and the last problem says so. */
  | { ok: false; problems: string[]; stopped?: boolean };

/** What reading says, in the reader's language. */
export interface OpenText {
  problems: Messages['openProblems'];
  checks: CheckMessages;
}

/** More files than a debate folder holds are refused before any is read. */
const MAX_FILES = 10;

const MB = 1024 * 1024;

interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const WANTED = ['debate.json', 'source.txt'];
/** A debate folder's readers' codings (docs/debate-format.md#codings-and-adjudications). */
const CODING_ENTRY = /(^|\/)codings\/[^/]+\.json$/i;
const MAX_CODINGS = 20;

function zipMessage(file: string, problem: ZipProblem, t: OpenText): string {
  const say = t.checks;
  switch (problem.kind) {
    case 'damaged':
      return t.problems.badZip(file, say.zipReasons[problem.reason]);
    case 'too-many-entries':
      return say.zipTooManyEntries(file, problem.limit);
    case 'overlap':
      return say.zipOverlap(file);
    case 'too-large':
      return say.zipTooLarge(file, safeName(problem.entry), problem.limit / MB);
    case 'too-large-in-all':
      return say.zipTooLargeInAll(file, problem.limit / MB);
  }
}

async function collect(
  files: readonly File[],
  t: OpenText,
): Promise<{ collected: NamedBytes[]; problems: string[] }> {
  const problems: string[] = [];
  const collected: NamedBytes[] = [];
  if (files.length > MAX_FILES) return { collected, problems: [t.checks.tooManyFiles(MAX_FILES)] };
  for (const file of files) {
    const name = safeName(file.name);
    if (file.size > FILE_LIMIT) {
      problems.push(t.problems.tooLarge(name, FILE_LIMIT / MB));
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!/\.zip$/i.test(file.name)) {
      collected.push({ name, bytes });
      continue;
    }
    const zip = readZip(bytes, WANTED, undefined, {
      matches: (path) => CODING_ENTRY.test(path),
      max: MAX_CODINGS,
    });
    if (!zip.ok) problems.push(zipMessage(name, zip.problem, t));
    else
      for (const entry of zip.entries)
        collected.push({
          name: safeName(CODING_ENTRY.test(entry.name) ? codingPath(entry.name) : entry.name),
          bytes: entry.bytes,
        });
  }
  return { collected, problems };
}

const codingPath = (path: string) => `codings/${path.slice(path.lastIndexOf('/') + 1)}`;

function decode(file: NamedBytes, t: OpenText): string | { problem: string } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, '');
  } catch {
    return { problem: t.problems.notUtf8(file.name) };
  }
}

/**
 * Reads a debate.json and its source.txt (or one .zip holding both) and checks them with
 * the same code as `npm run check-data`. Never throws: every failure becomes a problem, in
 * the reader's language.
 */
export async function readDebateFiles(
  files: readonly File[],
  t: OpenText,
  options: ParseOptions = {},
): Promise<ReadResult> {
  const say = t.problems;
  try {
    const { collected: named, problems } = await collect(files, t);
    if (problems.length > 0) return { ok: false, problems };
    // debate.json by name, else the first JSON file; any other JSON file is a reader's coding.
    const jsonFiles = named.filter((f) => /\.json$/i.test(f.name));
    const jsonFile = jsonFiles.find((f) => f.name === 'debate.json') ?? jsonFiles[0];
    const sourceFile = named.find((f) => /\.txt$/i.test(f.name));
    const missing = [
      ...(jsonFile ? [] : [say.missingFile('debate.json')]),
      ...(sourceFile ? [] : [say.missingFile('source.txt')]),
    ];
    if (!jsonFile || !sourceFile) return { ok: false, problems: missing };
    const jsonText = decode(jsonFile, t);
    const source = decode(sourceFile, t);
    const undecodable = [jsonText, source].flatMap((text) =>
      typeof text === 'string' ? [] : [text.problem],
    );
    if (typeof jsonText !== 'string' || typeof source !== 'string')
      return { ok: false, problems: undecodable };
    if (jsonText.trim() === '') return { ok: false, problems: [say.empty(jsonFile.name)] };
    const wide = findWideObject(jsonText);
    if (wide)
      return {
        ok: false,
        problems: describeFileProblems(
          [shapeProblem(wide.shape)],
          jsonFile.name,
          wide.sketch,
          t.checks,
        ),
      };
    let json: unknown;
    try {
      json = JSON.parse(jsonText);
    } catch (error) {
      // The parser quotes the text it choked on: clip it, and make it safe to show.
      return {
        ok: false,
        problems: [say.notJson(jsonFile.name, safeName((error as Error).message, 160))],
      };
    }
    const codings = readCodings(
      jsonFiles.filter((f) => f !== jsonFile),
      t,
    );
    if ('problems' in codings) return { ok: false, problems: codings.problems };
    const inline = Array.isArray((json as { codings?: unknown } | null)?.codings)
      ? (json as { codings: unknown[] }).codings.length
      : 0;
    const result = parseDebate(withCodingFiles(json, codings.files), source, options);
    if (!result.ok)
      return {
        ok: false,
        problems: result.problems.map((problem) => {
          const { file, path } = problemFile(problem.path, inline, codings.files);
          return file === 'debate.json'
            ? (describeFileProblems([problem], jsonFile.name, json, t.checks)[0] ?? problem.message)
            : `${file}: ${path}: ${problem.message}`;
        }),
        stopped: result.problems.at(-1)?.detail?.kind === 'stopped',
      };
    return { ok: true, debate: result.debate, source, name: jsonFile.name };
  } catch (error) {
    // Out of memory, an unreadable file: still an answer, never a crash.
    return {
      ok: false,
      problems: [say.unreadable(safeName(String((error as Error).message), 160))],
    };
  }
}

/** Re-checks a debate kept from earlier in this tab (see opened-debate-keeper.ts). */
export function recheckKeptDebate(kept: unknown): ReadResult {
  const { debate, source, name } = (kept ?? {}) as {
    debate?: unknown;
    source?: unknown;
    name?: unknown;
  };
  if (typeof source !== 'string' || typeof name !== 'string') return { ok: false, problems: [] };
  const result = parseDebate(debate, source);
  return result.ok
    ? { ok: true, debate: result.debate, source, name: safeName(name) }
    : { ok: false, problems: [] };
}

/** The readers' coding files, parsed; a file that is not JSON is named. */
function readCodings(
  files: readonly NamedBytes[],
  t: OpenText,
): { files: { file: string; json: unknown }[] } | { problems: string[] } {
  const parsed: { file: string; json: unknown }[] = [];
  for (const file of files) {
    const text = decode(file, t);
    if (typeof text !== 'string') return { problems: [text.problem] };
    try {
      parsed.push({ file: file.name, json: JSON.parse(text) as unknown });
    } catch (error) {
      return {
        problems: [t.problems.notJson(file.name, safeName((error as Error).message, 160))],
      };
    }
  }
  return { files: parsed };
}
