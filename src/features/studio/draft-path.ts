// A field of a draft is named by its JSON path, the same path the checks name a problem by
// (`speakers[0].name.hant`), so a problem can lead to the field that holds it.

export type FieldPath = readonly (string | number)[];

/** `speakers[0].name.hant`, as parseDebate and checkDebateIntegrity write paths. */
export const formatPath = (path: FieldPath): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');

/** The id of the input that edits `path`. */
export const fieldId = (path: FieldPath | string): string =>
  `field-${typeof path === 'string' ? path : formatPath(path)}`;

/** The path itself and each path above it, nearest first: where to look for a field. */
export function pathAndParents(path: string): string[] {
  const parts = path.match(/^[^.[]+|\[\d+\]|\.[^.[]+/g) ?? [];
  return parts.map((_, i) => parts.slice(0, parts.length - i).join(''));
}

type Json = unknown;

/**
 * `root` with the value at `path` replaced, copying only the objects on the way. `undefined`
 * removes the key, and an optional object left empty by that is removed too.
 */
export function setAt<T>(root: T, path: FieldPath, value: Json): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const here = (root ?? (typeof key === 'number' ? [] : {})) as Record<string | number, Json>;
  const next = rest.length ? setAt(here[key], rest, value) : value;
  if (Array.isArray(here)) {
    const copy = [...here];
    copy[key as number] = next;
    return copy as T;
  }
  const emptied = next === undefined || (isPlainObject(next) && Object.keys(next).length === 0);
  const entries = Object.entries(here).filter(([k]) => k !== String(key));
  return Object.fromEntries(emptied ? entries : Object.entries({ ...here, [key]: next })) as T;
}

export function getAt(root: unknown, path: FieldPath): unknown {
  let here = root;
  for (const key of path) here = (here as Record<string | number, unknown> | undefined)?.[key];
  return here;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
