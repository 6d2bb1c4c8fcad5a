// The caps an opened debate must keep to, so that every check's work is bounded before it
// starts. The bundled debate is far inside each (its longest summary is 545 characters, its
// longest quote 118). Lengths count UTF-16 code units, as JavaScript strings do. Written in
// docs/debate-format.md and, through the schema, in public/debate.schema.json.

/** Longest text per kind of field. */
export const FIELD_LIMITS = {
  id: 80,
  /** A speaker's name, in either script or in English. */
  name: 40,
  /** A title, heading, subheading, question, role, organisation or credit. */
  title: 300,
  /** A stance's summary, a change log entry. */
  summary: 2000,
  /** An introduction, rationale, note, relation's why, gloss or limitation. */
  prose: 4000,
  /** A quote's exact text. */
  quote: 2000,
  /** A quote's prefix or suffix (the anchor keeps 32). */
  context: 64,
  /** `$schema`. */
  url: 500,
} as const;

/** Most entries per list. */
export const COUNT_LIMITS = {
  speakers: 100,
  topics: 2000,
  stances: 50_000,
  relations: 50_000,
  points: 5000,
  /** Quotes in the whole debate, a stance's and a point's own together. */
  quotes: 100_000,
  /** Readers' codings of one debate. */
  codings: 50,
  /** Any list inside an entry (roles, quotes, answers, ids, limitations, change log). */
  nested: 200,
} as const;

/** Longest source.txt, in UTF-16 code units (about 15 MB of Chinese text in UTF-8). */
export const SOURCE_LIMIT = 5_000_000;

/** Largest file read (debate.json, source.txt, a .zip), in bytes: refused before it is read. */
export const FILE_LIMIT = 20 * 1024 * 1024;

/** Deepest nesting of a debate.json: the schema itself goes six levels down. */
export const DEPTH_LIMIT = 32;

/**
 * Most members of one object. The format's widest object (a stance, the debate) has about
 * twenty fields; unknown ones are dropped, but listing 1.4 million of them took seconds.
 */
export const KEY_LIMIT = 200;

/** Problems listed before checking stops. */
export const PROBLEM_LIMIT = 500;

export type ShapeProblem =
  | { kind: 'too-deep'; path: string; limit: number }
  | { kind: 'too-many'; path: string; count: number; limit: number }
  | { kind: 'too-many-keys'; path: string; count: number; limit: number };

const TOP_LEVEL_LISTS = new Set(['speakers', 'topics', 'stances', 'relations', 'points']);

/**
 * Walks untrusted JSON without recursion and answers the first list longer than its cap, the
 * first object with more than KEY_LIMIT members, or nesting deeper than DEPTH_LIMIT: the schema then only ever sees bounded input, and no list
 * of its problems grows past what can be spread or shown.
 */
export function checkShape(json: unknown): ShapeProblem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: json, path: '', depth: 0 },
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= DEPTH_LIMIT)
      return { kind: 'too-deep', path: path || '(root)', limit: DEPTH_LIMIT };
    if (Array.isArray(value)) {
      const key = depth === 1 ? path : '';
      const limit = TOP_LEVEL_LISTS.has(key)
        ? COUNT_LIMITS[key as keyof typeof COUNT_LIMITS]
        : COUNT_LIMITS.nested;
      if (value.length > limit)
        return { kind: 'too-many', path: path || '(root)', count: value.length, limit };
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
    } else {
      const count = Object.keys(value).length;
      if (count > KEY_LIMIT)
        return { kind: 'too-many-keys', path: path || '(root)', count, limit: KEY_LIMIT };
      for (const [key, item] of Object.entries(value))
        stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return undefined;
}
