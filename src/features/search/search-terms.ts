// What a query asks for, and where a text holds it. Chinese is written without spaces, so a
// Chinese term matches anywhere; a term that begins or ends in a Latin letter or a digit
// matches only at the edge of a word, so "source" does not find "resources". A passage
// between quotation marks ("open source", “開源模型”, 「開源模型」) is one term, a phrase.

/** A letter of a word written with spaces between words (English), or a digit. */
const WORD_CHARACTER = /[\p{Script=Latin}\p{N}]/u;

const PHRASE = /["“”「」]([^"“”「」]*)["“”「」]?/g;

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && WORD_CHARACTER.test(character);

/** The terms of a folded query: its quoted phrases whole, the rest split at spaces. */
export function queryTerms(folded: string): string[] {
  const phrases: string[] = [];
  const rest = folded.replace(PHRASE, (_, phrase: string) => {
    phrases.push(phrase.trim().replace(/\s+/g, ' '));
    return ' ';
  });
  return [...phrases, ...rest.split(/\s+/)].filter(Boolean);
}

/**
 * Where `term` next stands in `folded` at or after `from`, as a word where its edge is a
 * word's (see above); -1 where it does not.
 */
export function findTerm(folded: string, term: string, from = 0): number {
  const startsWord = isWordCharacter(term[0]);
  const endsWord = isWordCharacter(term.at(-1));
  for (let at = folded.indexOf(term, from); at !== -1; at = folded.indexOf(term, at + 1)) {
    const before = startsWord && isWordCharacter(folded[at - 1]);
    const after = endsWord && isWordCharacter(folded[at + term.length]);
    if (!before && !after) return at;
  }
  return -1;
}

/** Whether `folded` holds every term. */
export const holdsEvery = (folded: string, terms: readonly string[]) =>
  terms.every((term) => findTerm(folded, term) !== -1);
