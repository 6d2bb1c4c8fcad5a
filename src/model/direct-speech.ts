// Who a paragraph names, and what counts as a speaker's own words: the rules of
// docs/debate-format.md ("Choosing kind and attribution"), shared by the checks and the studio.
import type { Speaker } from './debate-schema.ts';
import { isInsideQuotationMarks, paragraphContaining } from './text-anchor.ts';

/**
 * Every way the data writes a speaker's name: both Chinese scripts and the English. A source
 * in Simplified names 林晓澜 where the Traditional field says 林曉瀾, and an English source
 * names the speaker as the English field does; any of them names the speaker.
 */
export function speakerNames(speaker: Pick<Speaker, 'name' | 'en'>): string[] {
  const names = [speaker.name.hant, speaker.name.hans, speaker.en?.name ?? ''];
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}

// A transcript's speaker label: the name, perhaps spaces, then a full-width or ASCII colon.
const LABEL_COLON = /^[ \t\u3000]*[：:]/;

/**
 * Where the words after a transcript label start, when `paragraph` opens with one of `names`
 * followed by a colon (`林晓澜：…`, `Lin Xiaolan: …`); undefined when it does not.
 */
export function transcriptLabelEnd(
  paragraph: string,
  names: readonly string[],
): number | undefined {
  const text = paragraph.replace(/^[ \t\u3000]+/, '');
  const indent = paragraph.length - text.length;
  for (const name of names) {
    if (!text.startsWith(name)) continue;
    const colon = LABEL_COLON.exec(text.slice(name.length));
    if (colon) return indent + name.length + colon[0].length;
  }
  return undefined;
}

/**
 * Whether source[start, end) is the speaker's direct speech: inside quotation marks, or on a
 * transcript line that the speaker's label opens, after the label.
 */
export function isDirectSpeech(
  source: string,
  start: number,
  end: number,
  speaker: Pick<Speaker, 'name' | 'en'> | undefined,
): boolean {
  if (isInsideQuotationMarks(source, start, end)) return true;
  const paragraph = speaker && paragraphContaining(source, start, end);
  if (!paragraph) return false;
  const after = transcriptLabelEnd(paragraph.text.slice(0, 200), speakerNames(speaker));
  return after !== undefined && start >= paragraph.start + after;
}
