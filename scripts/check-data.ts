// Checks a debate folder (debate.json + source.txt) with the same code the app uses:
// one line per problem as `file:path: message`, exit 1 on any problem, 0 when clean. The
// message is the one the studio and the app's loader show (src/lib/problem-text/), in English
// or, with --lang zh-Hant or --lang zh-Hans, in Chinese; the path is for finding the place in
// the file. With --fix, fills in the offsets, prefix and suffix of quotes that give only
// `exact` (never changing a quote's text) before checking.
// Usage: npm run check-data -- <folder> [--fix] [--lang en|zh-Hant|zh-Hans]
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessagesEn } from '../src/lib/i18n/check-messages-en.ts';
import { checkMessagesZhHans } from '../src/lib/i18n/check-messages-zh-hans.ts';
import { checkMessagesZhHant } from '../src/lib/i18n/check-messages-zh-hant.ts';
import { describeProblem } from '../src/lib/problem-text/describe-problem.ts';
import { DebateNames } from '../src/lib/problem-text/problem-place.ts';
import { FILE_LIMIT, SOURCE_LIMIT } from '../src/model/debate-limits.ts';
import { parseDebate } from '../src/model/parse-debate.ts';
import { problemFile, withCodingFiles } from '../src/model/folder-codings.ts';
import { readCodingFiles, type CodingFile } from './read-codings.ts';
import { locateQuote } from '../src/model/quote-locator.ts';
import { anchorAt, occurrences } from '../src/model/text-anchor.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const catalogues = {
  en: checkMessagesEn,
  'zh-Hant': checkMessagesZhHant,
  'zh-Hans': checkMessagesZhHans,
};
const langAt = args.indexOf('--lang');
const lang = langAt === -1 ? 'en' : args[langAt + 1];
const folder = args.find((a, i) => !a.startsWith('--') && (langAt === -1 || i !== langAt + 1));
if (!folder || !lang || !(lang in catalogues)) {
  console.error('usage: npm run check-data -- <debate folder> [--fix] [--lang en|zh-Hant|zh-Hans]');
  process.exit(2);
}
const say = catalogues[lang as keyof typeof catalogues];
const jsonPath = join(folder, 'debate.json');
const sourcePath = join(folder, 'source.txt');

// The caps the app's loader keeps (src/model/debate-limits.ts), checked before the work they
// bound: a file over FILE_LIMIT is never read, a source over SOURCE_LIMIT never scanned.
function read(path: string): string | undefined {
  try {
    const { size } = statSync(path);
    if (size > FILE_LIMIT) {
      console.log(
        `${path}: ${size} bytes, over the file cap of ${FILE_LIMIT / 1024 / 1024} MB (${FILE_LIMIT} bytes); not read`,
      );
      return undefined;
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.log(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return undefined;
  }
}

const text = read(jsonPath);
const source = read(sourcePath);
if (text === undefined || source === undefined) process.exit(1);
if (source.length > SOURCE_LIMIT) {
  console.log(
    `${sourcePath}: ${source.length} characters, over the source cap of ${SOURCE_LIMIT} characters; not checked`,
  );
  process.exit(1);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  console.log(`${jsonPath}: not valid JSON: ${(error as Error).message}`);
  process.exit(1);
}

if (fix && fillAnchors(json, source)) {
  writeFileSync(jsonPath, JSON.stringify(json, null, 2) + '\n');
  console.log(`${jsonPath}: filled in missing anchors`);
}

// The readers' codings, if any (codings/<coder>.json), are checked with the debate.
let codingFiles: CodingFile[];
try {
  codingFiles = readCodingFiles(folder);
} catch (error) {
  console.log(`${join(folder, (error as Error).message)}`);
  process.exit(1);
}
const inlineCodings = Array.isArray((json as { codings?: unknown }).codings)
  ? (json as { codings: unknown[] }).codings.length
  : 0;
const result = parseDebate(withCodingFiles(json, codingFiles), source);
if (result.ok) {
  const { stances, points = [] } = result.debate;
  const quotes = [
    ...stances.flatMap((s) => s.quotes),
    ...points.flatMap((p) => p.answers.flatMap((a) => a.quotes ?? [])),
  ];
  // A clean debate anchors every quote by position; say so, as the reader's anchoring would.
  const byPosition = quotes.filter((q) => locateQuote(source, q)?.method === 'position').length;
  const codings = result.debate.codings?.length ?? 0;
  console.log(
    `${jsonPath}: clean (${stances.length} stances, ${points.length} points, ${quotes.length} quotes, ${byPosition} anchored by position${codings ? `, ${codings} codings` : ''})`,
  );
  process.exit(0);
}
const names = new DebateNames(json, say);
for (const problem of result.problems) {
  const where = problemFile(problem.path, inlineCodings, codingFiles);
  console.log(`${join(folder, where.file)}:${where.path}: ${describeProblem(problem, names, say)}`);
}
process.exit(1);

interface RawQuote {
  quote?: { exact?: unknown; prefix?: unknown; suffix?: unknown };
  position?: { start?: unknown; end?: unknown };
}

interface RawDebate {
  stances?: { quotes?: RawQuote[] }[];
  points?: { answers?: { quotes?: RawQuote[] }[] }[];
}

// Declared as functions, not consts: the script runs top to bottom and calls them above.
function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** Every quote in the raw JSON: the stances' and the points' own. */
function rawQuotes(data: RawDebate): RawQuote[] {
  return [
    ...list(data.stances).flatMap((s) => list(s.quotes)),
    ...list(data.points).flatMap((p) => list(p.answers).flatMap((a) => list(a.quotes))),
  ];
}

/** Adds selectors to quotes that have an exact text found once in the source. Returns whether anything changed. */
function fillAnchors(data: unknown, text: string): boolean {
  let changed = false;
  for (const q of rawQuotes(data as RawDebate)) {
    const exact = q.quote?.exact;
    const complete =
      typeof q.quote?.prefix === 'string' &&
      typeof q.quote.suffix === 'string' &&
      typeof q.position?.start === 'number' &&
      typeof q.position.end === 'number';
    if (typeof exact !== 'string' || complete) continue;
    const found = occurrences(text, exact);
    // A passage found more than once is left for the editor to place by position.
    if (found.length !== 1 || found[0] === undefined) continue;
    Object.assign(q, anchorAt(text, found[0], found[0] + exact.length));
    changed = true;
  }
  return changed;
}
