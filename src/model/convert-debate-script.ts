import type { Debate } from './debate-schema.ts';

// A debate in Simplified Chinese holds two kinds of text (docs/simplified-chinese.md).
// Words the source says (quotes, the introductions and headings copied from it, the names it
// gives) are someone else's: only their characters change, so a quote still reads exactly as
// it was said, position for position. Our own text (labels, summaries, rationales, notes,
// questions, points, the change log…) is written for the reader, so it is converted to the
// words a mainland reader uses (人工智慧 → 人工智能) as well.

/** How one kind of text is brought to Simplified. */
export interface ScriptConverters {
  /** Character by character, never a word changed: for the source's words. */
  characters: (text: string) => string;
  /** Characters and vocabulary: for our own text. */
  phrases: (text: string) => string;
}

export type FieldRule = 'keep' | 'verbatim' | 'ours';

// Ids, enums, dates and the English are not Chinese prose; speakers' names are curated in
// both scripts. Matched by a field's own key.
const KEEP_KEYS = new Set([
  ...['$schema', 'id', 'topicId', 'speakerId', 'speakerIds', 'topicIds', 'quoteIds'],
  ...['answer', 'relation', 'language', 'type', 'kind', 'attribution', 'state', 'date', 'en'],
  ...['status', 'value', 'keyQuoteId'],
  // The readers' codings are codes and the coders' own notes, never shown in Chinese.
  'codings',
]);
// The source's own words, by a field's path (keys from the debate down, without indexes).
// A quote's selector (its exact words and their context) is verbatim as a whole.
const VERBATIM_PATHS = [
  ...['outlet', 'column', 'programme', 'interviewer', 'author'],
  ...['speakers.introduction', 'speakers.roles.organization'],
  ...['topics.heading', 'topics.subheading'],
  ...['stances.quotes.quote', 'points.answers.quotes.quote'],
];

const within = (path: string, paths: readonly string[]) =>
  paths.some((p) => path === p || path.startsWith(`${p}.`));

/** What the Simplified conversion does to the field at `path` (e.g. `stances.quotes.note`). */
export function fieldRule(path: string): FieldRule {
  if (path.split('.').some((key) => KEEP_KEYS.has(key)) || within(path, ['speakers.name']))
    return 'keep';
  return within(path, VERBATIM_PATHS) ? 'verbatim' : 'ours';
}

// A passage our text quotes between corner brackets (or curly quotes), and the marks a
// mainland reader expects around it.
const QUOTED = /「[^「」]*」|『[^『』]*』|“[^“”]*”/g;
const MAINLAND_MARKS: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/**
 * Our text in Simplified: in mainland vocabulary, except where it quotes the source (a
 * quoted passage found word for word in `source`), which keeps the source's words. Without
 * the source, every quoted passage keeps its words: better a Taiwan word in quotation marks
 * than someone's words changed.
 */
export function convertOurText(text: string, convert: ScriptConverters, source?: string): string {
  let result = '';
  let at = 0;
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[0].slice(1, -1);
    const quotesSource = source === undefined || source.includes(inner);
    result += convert.phrases(text.slice(at, match.index));
    result += match[0][0] + (quotesSource ? convert.characters : convert.phrases)(inner);
    result += match[0].at(-1);
    at = match.index + match[0].length;
  }
  result += convert.phrases(text.slice(at));
  return result.replace(/[「」『』]/g, (mark) => MAINLAND_MARKS[mark] ?? mark);
}

function convertFields(
  value: unknown,
  path: string,
  convert: ScriptConverters,
  source: string | undefined,
): unknown {
  if (typeof value === 'string') {
    const rule = fieldRule(path);
    if (rule === 'keep') return value;
    return rule === 'verbatim' ? convert.characters(value) : convertOurText(value, convert, source);
  }
  if (Array.isArray(value)) return value.map((item) => convertFields(item, path, convert, source));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const inner = path ? `${path}.${key}` : key;
        // Kept as a whole, without walking: `en` holds no Chinese.
        return [
          key,
          fieldRule(inner) === 'keep' ? item : convertFields(item, inner, convert, source),
        ];
      }),
    );
  }
  return value;
}

/**
 * The debate with every Chinese text converted to Simplified, each field by its rule
 * (fieldRule). `source` is the debate's source text, in the debate's script: with it, a
 * passage our text quotes from the source is told from one it quotes from our own text.
 */
export function convertDebateScript(
  debate: Debate,
  convert: ScriptConverters,
  source?: string,
): Debate {
  return convertFields(debate, '', convert, source) as Debate;
}
