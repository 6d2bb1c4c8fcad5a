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
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type PlainTextProblem = 'bidi' | 'control' | 'invisible' | 'surrogate' | 'markup';

type CharacterProblem = Exclude<PlainTextProblem, 'markup'>;

const CHARACTER_RULES: [CharacterProblem, RegExp][] = [
  ['bidi', BIDI_CONTROLS],
  ['control', CONTROL_CHARACTERS],
  ['surrogate', LONE_SURROGATE],
  ['invisible', INVISIBLE_CHARACTERS],
];

/** The first rule `text` breaks, markup aside (source.txt may quote a "<b>"). */
export function characterProblem(text: string): CharacterProblem | undefined {
  return CHARACTER_RULES.find(([, rule]) => rule.test(text))?.[0];
}

/** The earliest character `text` may not hold, with its offset (the line's start, for a lone low surrogate). */
export function firstCharacterProblem(
  text: string,
): { problem: CharacterProblem; at: number } | undefined {
  let first: { problem: CharacterProblem; at: number } | undefined;
  for (const [problem, rule] of CHARACTER_RULES) {
    const at = text.search(rule);
    if (at !== -1 && (!first || at < first.at)) first = { problem, at };
  }
  return first;
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
