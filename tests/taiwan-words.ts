// How the tests look for Taiwan vocabulary on the Simplified side: in our own text, never in
// what it quotes from the source. Used by the data tests and the browser tests.
import { findTaiwanWords } from '../src/model/taiwan-vocabulary.ts';

// A passage between quotation marks, as the Simplified pages write them (and as the source
// or a quote may).
const QUOTED = /“[^“”]*”|‘[^‘’]*’|「[^「」]*」|『[^『』]*』/g;

/**
 * The Taiwan words in `text` (Simplified), each with a little context, leaving out those
 * inside a passage the text quotes from `source` (the source in Simplified characters): a
 * speaker's words keep theirs.
 */
export function taiwanWordsOutsideQuotes(text: string, source: string): string[] {
  const quoted = [...text.matchAll(QUOTED)]
    .filter((match) => source.includes(match[0].slice(1, -1)))
    .map((match): [number, number] => [match.index, match.index + match[0].length]);
  return findTaiwanWords(text)
    .filter(({ index }) => !quoted.some(([start, end]) => index > start && index < end))
    .map(({ word, index }) => {
      const context = text.slice(Math.max(0, index - 8), index + word.taiwan.length + 8);
      return `${word.taiwan} (mainland: ${word.mainland}) in “…${context}…”`;
    });
}
