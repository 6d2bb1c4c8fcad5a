// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '@/model/debate-limits';
import { parseDebate } from '@/model/parse-debate';
import { hasMarkup, plainTextProblem } from '@/model/plain-text';

const folder = 'data/debates/future-talk-deepseek';
const source = readFileSync(`${folder}/source.txt`, 'utf8');
const pristine = JSON.parse(readFileSync(`${folder}/debate.json`, 'utf8')) as unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

function lookup(root: Json, path: (string | number)[]): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) node = (node as Record<string | number, Json> | null)?.[key];
  return node;
}

function replaceAt(root: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else node[last] = replacement;
  return copy as Json;
}

const allPaths = pathsOf(pristine as Json);
/**
 * Long, repetitive strings, 10^4 to 10^5 code units: the inputs that make a backtracking
 * regex or a quadratic scan freeze the page ('<a' × 150,000 once took 9.5 s).
 */
const repeated = (unit: fc.Arbitrary<string>) =>
  fc
    .tuple(unit, fc.integer({ min: 10_000, max: 100_000 }))
    .map(([text, length]) => text.repeat(Math.ceil(length / text.length)).slice(0, length));
const markupLikeUnit = fc.constantFrom('<a', '<', '</', '<!', '<?', '< a', '<a b="', 'x<y');
const longRepetitive = fc.oneof(
  repeated(fc.string({ minLength: 1, maxLength: 8 })),
  repeated(fc.constantFrom('a', '楊', ' ', '\n', '>', '&', '%', '"')),
  repeated(markupLikeUnit),
);
const hostileStrings = fc.oneof(
  fc.string(),
  longRepetitive,
  fc.constantFrom(
    '',
    '<script>alert(1)</script>',
    '\u202Eevil',
    'a\u0000b',
    '../../etc',
    '{}',
    'x'.repeat(5000),
  ),
);
const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  hostileStrings,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

describe('a broken debate, whatever is broken', () => {
  it('never throws, and always names a place and a reason', () => {
    const runs = 400;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...allPaths),
        fc.option(anyJson, { nil: undefined }),
        (path, replacement) => {
          const broken = replaceAt(pristine as Json, path, replacement);
          const result = parseDebate(broken, source);
          if (result.ok) {
            // A harmless replacement (a note that is still text): what was accepted is a debate
            // that the checks accept again as it is, not one they merely let through once.
            const again = parseDebate(JSON.parse(JSON.stringify(result.debate)), source);
            expect(again.ok && again.debate).toEqual(result.debate);
            return;
          }
          refused++;
          for (const problem of result.problems) {
            expect(problem.path).toMatch(/\S/);
            expect(problem.message).toMatch(/\S/);
          }
        },
      ),
      { numRuns: runs },
    );
    // Random values at random places break the debate far more often than not: checks that
    // accepted most of them would be checking little.
    expect(refused).toBeGreaterThan(runs / 2);
  });

  it('refuses markup, bidi controls and control characters in every string field', () => {
    const stringPaths = allPaths.filter((p) => typeof lookup(pristine as Json, p) === 'string');
    expect(stringPaths.length).toBeGreaterThan(300);
    for (const path of stringPaths) {
      for (const hostile of ['<img src=x onerror=alert(1)>', '楊\u202E蜀', 'bell\u0007']) {
        const result = parseDebate(replaceAt(pristine as Json, path, hostile), source);
        expect(result.ok, `${path.join('.')} = ${JSON.stringify(hostile)}`).toBe(false);
      }
    }
    // Thousands of full checks (the points brought some 300 more strings): slow on a busy machine.
  }, 120_000);

  it('survives any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDebate(value, source);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a long repetitive string in any text field, naming that field', () => {
    const stringPaths = allPaths.filter((p) => typeof lookup(pristine as Json, p) === 'string');
    const longest = Math.max(...Object.values(FIELD_LIMITS));
    fc.assert(
      fc.property(fc.constantFrom(...stringPaths), longRepetitive, (path, text) => {
        expect(text.length).toBeGreaterThan(longest);
        const result = parseDebate(replaceAt(pristine as Json, path, text), source);
        expect(result.ok).toBe(false);
        const named = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`));
        const field = named.join('').replace(/^\./, '');
        expect(!result.ok && result.problems.map((p) => p.path)).toContainEqual(
          expect.stringMatching(new RegExp(`^${field.replace(/[.[\]$]/g, '\\$&')}`)),
        );
      }),
      // Each run checks the whole debate; the bound is that these finish well inside the timeout.
      { numRuns: 60 },
    );
  });

  it('answers the plain-text rules on long repetitive strings as on short ones', () => {
    fc.assert(
      fc.property(
        markupLikeUnit,
        fc.integer({ min: 10_000, max: 100_000 }),
        fc.boolean(),
        (unit, length, closed) => {
          const run = unit.repeat(Math.ceil(length / unit.length));
          // A tag needs "<", an optional "/", a letter, "!" or "?" — and a ">" after it.
          const opensTag = /<\/?[a-z!?]/i.test(unit + unit);
          expect(hasMarkup(closed ? `${run}>` : run)).toBe(closed && opensTag);
        },
      ),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(repeated(fc.constantFrom('a', '楊', '蜀 ', 'AGI ')), (text) => {
        expect(plainTextProblem(text)).toBeUndefined();
        expect(plainTextProblem(`${text}<a>`)).toBe('markup');
        expect(plainTextProblem(`${text}\u202E`)).toBe('bidi');
      }),
      { numRuns: 40 },
    );
  });
});
