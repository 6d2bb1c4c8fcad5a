import type { CslItem, CslName } from './citation-item.ts';

// BibTeX, written here so that every value is escaped: a `}` in the data would otherwise
// close its field and let the rest of the value add fields (a \url to a local file) or whole
// entries. Every character TeX or BibTeX treats specially is escaped, and the braces that
// remain are ours and balanced. UTF-8 as biber and modern BibTeX read it: the Chinese stays.

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** A value as BibTeX text: specials escaped, on one line (a blank line would be a paragraph). */
export function bibtexText(value: string): string {
  return value
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .replace(/[\\{}%&$#_^~]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * A URL for the `url` field, which the url package reads verbatim: anything that could end
 * the field or the line is percent-encoded rather than escaped.
 */
function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The entry key: letters, digits and hyphens, as every BibTeX reads them. */
const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9-]+/g, '-') || 'cited';

/** BibTeX's "Family, Given"; a name written whole is braced, so it is never split. */
function bibtexName(name: CslName): string {
  return 'literal' in name
    ? `{${bibtexText(name.literal)}}`
    : `${bibtexText(name.family)}, ${bibtexText(name.given)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `note`: what the entry's fields have no room for (the article's date as the data knows it, the interviewer, a cited quote). */
export function bibtexEntry(item: CslItem, note: string | undefined): string {
  const issued = item.issued?.['date-parts'][0];
  const accessed = item.accessed?.['date-parts'][0];
  const fields: [string, string | undefined][] = [
    ['author', item.author?.map(bibtexName).join(' and ')],
    ['title', bibtexText(item.title)],
    ['howpublished', bibtexText(item['container-title'])],
    ['year', issued ? String(issued[0]) : undefined],
    ['date', issued?.length === 3 ? `${issued[0]}-${pad(issued[1])}-${pad(issued[2])}` : undefined],
    ['url', item.URL && bibtexUrl(item.URL)],
    ['urldate', accessed && `${accessed[0]}-${pad(accessed[1])}-${pad(accessed[2])}`],
    ['language', bibtexText(item.language)],
    ['note', note === undefined ? undefined : bibtexText(note)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`);
  return [`@misc{${bibtexKey(item.id)},`, ...body, '}'].join('\n');
}
