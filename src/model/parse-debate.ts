import {
  debateSchema,
  pointSchema,
  relationSchema,
  speakerSchema,
  stanceSchema,
  topicSchema,
  type Debate,
} from './debate-schema.ts';
import { checkDebateIntegrity, type DataProblem } from './debate-integrity.ts';
import {
  checkShape,
  COUNT_LIMITS,
  PROBLEM_LIMIT,
  SOURCE_LIMIT,
  type ShapeProblem,
} from './debate-limits.ts';
import { linesWithCharacterProblems } from './plain-text.ts';
import type { SchemaIssue } from './problem-detail.ts';

/** A problem with its English message and what it is (see problem-detail.ts). */
export type ParseProblem = DataProblem;

export type ParseResult = { ok: true; debate: Debate } | { ok: false; problems: ParseProblem[] };

export interface ParseOptions {
  /** Told now and then how much of the schema check is done, from 0 to 1. */
  onProgress?: (done: number) => void;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

const LISTS = {
  speakers: speakerSchema,
  topics: topicSchema,
  stances: stanceSchema,
  relations: relationSchema,
  points: pointSchema,
} as const;
type ListKey = keyof typeof LISTS;
const LIST_KEYS = Object.keys(LISTS) as ListKey[];
const shellSchema = debateSchema.omit({
  speakers: true,
  topics: true,
  stances: true,
  relations: true,
  points: true,
});

/** Collects problems up to PROBLEM_LIMIT; checking stops there (a failed entry costs more than a sound one). */
class Problems {
  readonly listed: ParseProblem[] = [];
  stopped = false;
  get full() {
    return this.listed.length >= PROBLEM_LIMIT;
  }
  add(problem: ParseProblem) {
    if (this.full) this.stopped = true;
    else this.listed.push(problem);
  }
  addIssues(issues: readonly SchemaIssue[], prefix: readonly PropertyKey[] = []) {
    for (const issue of issues) {
      const path = formatPath([...prefix, ...issue.path]) || '(root)';
      this.add({ path, message: issue.message, detail: { kind: 'schema', issue } });
    }
  }
  get all(): ParseProblem[] {
    if (!this.stopped && !this.full) return this.listed;
    return this.listed.concat({
      path: '(root)',
      message: `checking stopped after ${PROBLEM_LIMIT} problems`,
      detail: { kind: 'stopped', limit: PROBLEM_LIMIT },
    });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** Quotes in the raw JSON, a stance's and a point's own. */
function countQuotes(json: Record<string, unknown>): number {
  let count = 0;
  for (const stance of Array.isArray(json.stances) ? json.stances : [])
    if (isRecord(stance)) count += lengthOf(stance.quotes);
  for (const point of Array.isArray(json.points) ? json.points : [])
    if (isRecord(point) && Array.isArray(point.answers))
      for (const answer of point.answers) if (isRecord(answer)) count += lengthOf(answer.quotes);
  return count;
}

/** The schema, applied an entry at a time: each entry's problems stay few, and progress shows. */
function validate(json: unknown, problems: Problems, options: ParseOptions): Debate | undefined {
  if (!isRecord(json)) {
    const result = debateSchema.safeParse(json);
    if (!result.success) problems.addIssues(result.error.issues);
    return result.success ? result.data : undefined;
  }
  const shell = shellSchema.safeParse(json);
  if (!shell.success) problems.addIssues(shell.error.issues);
  const total = LIST_KEYS.reduce((sum, key) => sum + lengthOf(json[key]), 0);
  let done = 0;
  const lists: Partial<Record<ListKey, unknown[]>> = {};
  for (const key of LIST_KEYS) {
    const value = json[key];
    if (!Array.isArray(value) || value.length === 0) {
      // Not a list, missing or empty: the field's own schema says what is wrong, if anything.
      const result = debateSchema.shape[key].safeParse(value);
      if (!result.success) problems.addIssues(result.error.issues, [key]);
      else if (result.data) lists[key] = result.data;
      continue;
    }
    const parsed: unknown[] = [];
    for (let i = 0; i < value.length && !problems.full; i++) {
      const result = LISTS[key].safeParse(value[i]);
      if (result.success) parsed.push(result.data);
      else problems.addIssues(result.error.issues, [key, i]);
      if (++done % 500 === 0) options.onProgress?.(done / total);
    }
    lists[key] = parsed;
  }
  if (!shell.success || problems.listed.length > 0) return undefined;
  return { ...shell.data, ...lists } as Debate;
}

/**
 * Whether source.txt is within its limit and plain text: its problems if not, every rule
 * each line breaks (issue 25: not just the first bad character), up to the problem limit.
 */
function checkSource(source: string): ParseProblem[] {
  if (source.length > SOURCE_LIMIT)
    return [
      {
        path: 'source.txt',
        message: `source.txt has ${source.length} characters; at most ${SOURCE_LIMIT}`,
        detail: { kind: 'source-too-long', length: source.length, limit: SOURCE_LIMIT },
      },
    ];
  return linesWithCharacterProblems(source, PROBLEM_LIMIT + 1).flatMap(({ line, problems }) =>
    problems.map((problem) => ({
      path: `source.txt:${line}`,
      message: `line ${line} holds a character plain text may not (${problem})`,
      detail: { kind: 'source-text' as const, problem, line },
    })),
  );
}

/** A shape problem as a problem of the debate, with its English message. */
export function shapeProblem(shape: ShapeProblem): ParseProblem {
  return { path: shape.path, message: shapeMessage(shape), detail: shape };
}

function shapeMessage(shape: ShapeProblem): string {
  switch (shape.kind) {
    case 'too-deep':
      return `nested deeper than ${shape.limit} levels`;
    case 'too-many':
      return `${shape.count} entries; at most ${shape.limit}`;
    case 'too-many-keys':
      return `${shape.count} fields; at most ${shape.limit}`;
  }
}

/**
 * Validates untrusted debate JSON against the schema, then its references and anchors. The
 * work is bounded: lists beyond their caps and nesting beyond its limit are refused before
 * the schema runs, at most PROBLEM_LIMIT problems are listed, and anchoring has a budget.
 */
export function parseDebate(
  json: unknown,
  source: string,
  options: ParseOptions = {},
): ParseResult {
  const problems = new Problems();
  const sourceProblems = checkSource(source);
  for (const problem of sourceProblems) problems.add(problem);
  const shape = checkShape(json);
  if (shape) {
    problems.add(shapeProblem(shape));
    return { ok: false, problems: problems.all };
  }
  const quotes = isRecord(json) ? countQuotes(json) : 0;
  if (quotes > COUNT_LIMITS.quotes) {
    problems.add({
      path: '(root)',
      message: `${quotes} quotes; at most ${COUNT_LIMITS.quotes}`,
      detail: { kind: 'too-many-quotes', count: quotes, limit: COUNT_LIMITS.quotes },
    });
    return { ok: false, problems: problems.all };
  }
  const debate = validate(json, problems, options);
  if (!debate || sourceProblems.length > 0) return { ok: false, problems: problems.all };
  const wanted = PROBLEM_LIMIT + 1 - problems.listed.length;
  for (const problem of checkDebateIntegrity(debate, source, wanted)) problems.add(problem);
  return problems.listed.length > 0 ? { ok: false, problems: problems.all } : { ok: true, debate };
}
