import type { CslItem, CslName } from './citation-item.ts';

// RIS (the Research Information Systems tagged format): one field per line, `TAG  - value`,
// TY first and ER last. A value is one line: any line break in the data would end the field
// there, and a following "ER  - " would close the record and start another of the data's
// making (a UR or L1 pointing at a local file), so breaks become spaces. Written here rather
// than by citation-js, which wraps long values at 70 characters, inside titles and URLs.

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029\v\f]+/g;

/** A value on one line, without the controls that could end or hide a field. */
function risValue(value: string): string {
  return value
    .replace(LINE_BREAKS, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

/** RIS names a person "Family, Given"; a name written whole stays whole. */
const risName = (name: CslName) =>
  'literal' in name ? name.literal : `${name.family}, ${name.given}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** RIS dates are YYYY/MM/DD (a year alone is YYYY). */
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  return month && day ? `${year}/${pad(month)}/${pad(day)}` : String(year);
}

export function risRecord(item: CslItem, notes: readonly string[]): string {
  const fields: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['ID', item.id],
    ...(item.author ?? []).map((name): [string, string] => ['AU', risName(name)]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PY', item.issued ? String(item.issued['date-parts'][0][0]) : undefined],
    // DA is for a full date; a year alone is PY's.
    ['DA', item.issued?.['date-parts'][0][2] ? risDate(item.issued['date-parts'][0]) : undefined],
    ['Y2', item.accessed && risDate(item.accessed['date-parts'][0])],
    ['UR', item.URL],
    ['LA', item.language],
    ...notes.map((note): [string, string] => ['N1', note]),
  ];
  const lines = fields
    .map(([tag, value]) => [tag, value === undefined ? '' : risValue(value)] as const)
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}  - ${value}`);
  return [...lines, 'ER  - '].join('\n');
}
