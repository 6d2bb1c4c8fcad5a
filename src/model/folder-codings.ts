// A debate folder keeps each reader's coding in a file of its own (codings/<coder>.json); the
// schema checks them as the debate's `codings`. These join the two, and say which file a
// problem found in `codings[i]` is in.

/** The debate's JSON with the folder's coding files appended to its `codings`. */
export function withCodingFiles(json: unknown, files: readonly { json: unknown }[]): unknown {
  if (files.length === 0 || json === null || typeof json !== 'object' || Array.isArray(json))
    return json;
  const record = json as Record<string, unknown>;
  const inline = Array.isArray(record.codings) ? record.codings : [];
  return { ...record, codings: [...inline, ...files.map((f) => f.json)] };
}

/**
 * Where a problem is, by file: `codings[i]…` names the coding file it came from (counted
 * after the debate's own inline codings), everything else is debate.json.
 */
export function problemFile(
  path: string,
  inlineCodings: number,
  files: readonly { file: string }[],
): { file: string; path: string } {
  const match = /^codings\[(\d+)\]\.?(.*)$/.exec(path);
  const index = match ? Number(match[1]) - inlineCodings : -1;
  const file = files[index];
  return file && match
    ? { file: file.file, path: match[2] || '(root)' }
    : { file: 'debate.json', path };
}
