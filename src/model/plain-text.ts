// Relative imports with extensions: this module also runs in the build's Node config.

// What "plain text" refuses, as linear scans: character classes without quantifiers never
// backtrack, and the markup test below looks at each character once.

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Tab and line feed are allowed (prefix and suffix span lines); no other C0 control, no DEL,
// no C1 control (U+0080–U+009F).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Characters that show as nothing: zero-width spaces and joiners' look-alikes, word joiner
// and invisible operators, the BOM inside text, Hangul fillers (U+115F, U+1160, U+3164,
// U+FFA0), Mongolian vowel separator, and the tag characters U+E0000–U+E007F.
const INVISIBLE_CHARACTERS =
  /[\u00AD\u115F\u1160\u180E\u200B\u2060-\u2064\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/;
// Noncharacters, which no interchanged text may hold: U+FDD0–U+FDEF and the last two code
// points of every plane (U+FFFE, U+FFFF, U+1FFFE … U+10FFFF). They broke the SVG and PNG
// exports (issue 25).
const NONCHARACTERS =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type PlainTextProblem =
  | 'bidi'
  | 'control'
  | 'invisible'
  | 'noncharacter'
  | 'surrogate'
  | 'markup';

type CharacterProblem = Exclude<PlainTextProblem, 'markup'>;

const CHARACTER_RULES: [CharacterProblem, RegExp][] = [
  ['bidi', BIDI_CONTROLS],
  ['control', CONTROL_CHARACTERS],
  ['noncharacter', NONCHARACTERS],
  ['surrogate', LONE_SURROGATE],
  ['invisible', INVISIBLE_CHARACTERS],
];

/** Every rule `text` breaks, markup aside, each once, in the order of CHARACTER_RULES. */
function characterProblems(text: string): CharacterProblem[] {
  return CHARACTER_RULES.filter(([, rule]) => rule.test(text)).map(([problem]) => problem);
}

/**
 * The lines of `text` (numbered from 1) that hold a character plain text may not, each with
 * every rule it breaks, in order; at most `max` lines. Each rule is one linear scan of the
 * whole text, then only the lines found are looked at again.
 */
export function linesWithCharacterProblems(
  text: string,
  max: number,
): { line: number; problems: CharacterProblem[] }[] {
  const offsets = new Set<number>();
  for (const [, rule] of CHARACTER_RULES) {
    const global = new RegExp(rule.source, 'g');
    let count = 0;
    for (let match = global.exec(text); match && count < max; match = global.exec(text)) {
      // The match's last code unit is in the bad character (a lone low surrogate's match
      // starts with the character before it, which may be the line feed before its line).
      offsets.add(match.index + match[0].length - 1);
      count++;
    }
  }
  const starts = [...new Set([...offsets].map((at) => text.lastIndexOf('\n', at) + 1))]
    .sort((a, b) => a - b)
    .slice(0, max);
  let line = 1;
  let counted = 0;
  return starts.map((start) => {
    for (
      let at = text.indexOf('\n', counted);
      at !== -1 && at < start;
      at = text.indexOf('\n', at + 1)
    ) {
      line++;
      counted = at + 1;
    }
    const end = text.indexOf('\n', start);
    return { line, problems: characterProblems(text.slice(start, end === -1 ? undefined : end)) };
  });
}

/** The first rule `text` breaks, markup aside (source.txt may quote a "<b>"). */
export function characterProblem(text: string): CharacterProblem | undefined {
  return CHARACTER_RULES.find(([, rule]) => rule.test(text))?.[0];
}

const isTagStart = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x21 || c === 0x3f;

/**
 * Whether `text` holds something shaped like an HTML tag: "<", an optional "/", a letter,
 * "!" or "?", and later a ">". The same language as /<\/?[a-z!?][^>]*>/i, decided in one
 * pass from the end: that regex, on a string of "<a" without ">", is quadratic.
 */
export function hasMarkup(text: string): boolean {
  let closerAfter = false;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) closerAfter = true;
    else if (c === 0x3c && closerAfter) {
      // A ">" lies beyond i; it cannot be the tag's first letter, so it closes the tag.
      const next = text.charCodeAt(i + 1);
      if (isTagStart(next) || (next === 0x2f && isTagStart(text.charCodeAt(i + 2)))) return true;
    }
  }
  return false;
}

/** Every plain-text rule `text` breaks. */
export function plainTextProblems(text: string): PlainTextProblem[] {
  const found: PlainTextProblem[] = characterProblems(text);
  return hasMarkup(text) ? [...found, 'markup'] : found;
}

/** The first plain-text rule `text` breaks, if any. */
export function plainTextProblem(text: string): PlainTextProblem | undefined {
  return characterProblem(text) ?? (hasMarkup(text) ? 'markup' : undefined);
}

/**
 * A name from outside (a file's, a zip entry's) made safe to echo: every character the
 * plain-text rules refuse becomes U+FFFD, and it is clipped to `max` code points.
 */
export function safeName(name: string, max = 80): string {
  let out = '';
  let count = 0;
  for (const char of name) {
    if (count === max) return `${out}…`;
    out += characterProblem(char) || char === '\n' || char === '\t' ? '\uFFFD' : char;
    count++;
  }
  return out;
}
