import type { SourceLanguage } from './debate-schema.ts';
import { toSimplified } from './script-converter.ts';

// Enough text to tell the script, and little enough to stay instant on a 5-million-character
// paste (OpenCC's conversion is the costly part).
const SAMPLE = 20_000;
// A Simplified text still has the odd character that OpenCC changes (a variant, a name);
// a Traditional one has many.
const TRADITIONAL_SHARE = 0.02;

/**
 * The language and script a source is written in, as the editor would say: English when Latin
 * letters outnumber Chinese characters, else Traditional when enough of its characters have a
 * different Simplified form, else Simplified. The editor can change it.
 */
export function guessLanguage(source: string): SourceLanguage {
  const sample = source.slice(0, SAMPLE);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han === 0 || latin > han) return 'en';
  const original = Array.from(sample);
  const simplified = Array.from(toSimplified(sample));
  let changed = 0;
  for (let i = 0; i < Math.min(original.length, simplified.length); i++)
    if (original[i] !== simplified[i]) changed++;
  return changed / han > TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
