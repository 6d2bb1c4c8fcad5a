// Loaded lazily: the validator (zod) and the zip reader stay out of the first page's JavaScript.
import { unzipSync } from 'fflate';
import { parseDebate } from '@/model/parse-debate';
import type { Debate } from '@/model/debate-schema';
import type { Messages } from '@/lib/i18n/messages-zh-hant';

/** The problem messages, in the reader's language. */
export type ProblemText = Messages['openProblems'];

export type ReadResult =
  | { ok: true; debate: Debate; source: string; name: string }
  | { ok: false; problems: string[] };

/** Larger files are refused before they are read: no real debate comes near this. */
export const MAX_BYTES = 20 * 1024 * 1024;

interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const baseName = (path: string) => path.split('/').pop() ?? path;

async function collect(
  files: readonly File[],
  say: ProblemText,
): Promise<{ collected: NamedBytes[]; problems: string[] }> {
  const problems: string[] = [];
  const collected: NamedBytes[] = [];
  for (const file of files) {
    if (file.size > MAX_BYTES) {
      problems.push(say.tooLarge(file.name, MAX_BYTES / 1024 / 1024));
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.zip$/i.test(file.name)) {
      try {
        const entries = unzipSync(bytes, {
          filter: (entry) => ['debate.json', 'source.txt'].includes(baseName(entry.name)),
        });
        for (const [name, content] of Object.entries(entries))
          collected.push({ name, bytes: content });
      } catch (error) {
        problems.push(say.badZip(file.name, (error as Error).message));
      }
    } else collected.push({ name: file.name, bytes });
  }
  return { collected, problems };
}

function decode(file: NamedBytes, say: ProblemText): string | { problem: string } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, '');
  } catch {
    return { problem: say.notUtf8(file.name) };
  }
}

/**
 * Reads a debate.json and its source.txt (or one .zip holding both) and checks them with
 * the same code as `npm run check-data`. Never throws: every failure becomes a problem.
 */
export async function readDebateFiles(
  files: readonly File[],
  say: ProblemText,
): Promise<ReadResult> {
  try {
    const { collected: named, problems } = await collect(files, say);
    if (problems.length > 0) return { ok: false, problems };
    const jsonFile = named.find((f) => /\.json$/i.test(f.name));
    const sourceFile = named.find((f) => /\.txt$/i.test(f.name));
    const missing = [
      ...(jsonFile ? [] : [say.missingFile('debate.json')]),
      ...(sourceFile ? [] : [say.missingFile('source.txt')]),
    ];
    if (!jsonFile || !sourceFile) return { ok: false, problems: missing };
    const jsonText = decode(jsonFile, say);
    const source = decode(sourceFile, say);
    const undecodable = [jsonText, source].flatMap((t) =>
      typeof t === 'string' ? [] : [t.problem],
    );
    if (typeof jsonText !== 'string' || typeof source !== 'string')
      return { ok: false, problems: undecodable };
    if (jsonText.trim() === '') return { ok: false, problems: [say.empty(jsonFile.name)] };
    let json: unknown;
    try {
      json = JSON.parse(jsonText);
    } catch (error) {
      return {
        ok: false,
        problems: [say.notJson(jsonFile.name, (error as Error).message)],
      };
    }
    const result = parseDebate(json, source);
    if (!result.ok)
      return {
        ok: false,
        problems: result.problems.map((p) => `${jsonFile.name}:${p.path}: ${p.message}`),
      };
    return { ok: true, debate: result.debate, source, name: jsonFile.name };
  } catch (error) {
    // A stack overflow on absurdly nested JSON, an unreadable file: still an answer, never a crash.
    return { ok: false, problems: [say.unreadable((error as Error).message)] };
  }
}

/** Re-checks a debate kept for this tab's session (see open-debate-control.tsx). */
export function reopenSavedDebate(saved: string): ReadResult {
  try {
    const { debate, source, name } = JSON.parse(saved) as {
      debate: unknown;
      source: unknown;
      name: unknown;
    };
    if (typeof source !== 'string' || typeof name !== 'string') return { ok: false, problems: [] };
    const result = parseDebate(debate, source);
    return result.ok
      ? { ok: true, debate: result.debate, source, name }
      : { ok: false, problems: [] };
  } catch {
    return { ok: false, problems: [] };
  }
}
