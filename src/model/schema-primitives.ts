import { z } from 'zod';
import { FIELD_LIMITS } from './debate-limits.ts';
import { plainTextProblem, type PlainTextProblem } from './plain-text.ts';

// Zod's fast path compiles validators with `new Function`; the app's strict CSP (no eval,
// Trusted Types) refuses that. It must be off before the first schema is built, so every
// schema builds on this module.
z.config({ jitless: true });

// The building blocks of the debate's schema and of a coding's (coding-schema.ts).

export const id = z
  .string()
  .max(FIELD_LIMITS.id, limitMessage('an id', FIELD_LIMITS.id))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)');

// Debate text is plain text: it is only ever rendered as text, and anything that could
// disguise it (bidi controls, invisible characters) or that looks like markup is refused with
// a clear message. The checks are linear scans (src/model/plain-text.ts).
export const PLAIN_TEXT_MESSAGES: Record<PlainTextProblem, string> = {
  bidi: 'contains a bidirectional control character, which can disguise the text',
  control: 'contains a control character',
  invisible: 'contains an invisible character (such as a zero-width space or a tag character)',
  surrogate: 'contains a broken character (an unpaired UTF-16 surrogate)',
  markup: 'contains HTML markup; debate text is plain text',
};
export const plain = z.string().check((ctx) => {
  const problem = plainTextProblem(ctx.value);
  if (problem)
    ctx.issues.push({ code: 'custom', message: PLAIN_TEXT_MESSAGES[problem], input: ctx.value });
});
export const text = plain.trim().min(1);

function limitMessage(what: string, limit: number) {
  return `${what} is at most ${limit.toLocaleString('en')} characters`;
}
/** Non-empty plain text of a kind capped in FIELD_LIMITS. */
export const capped = (kind: keyof typeof FIELD_LIMITS, what: string) =>
  text.max(FIELD_LIMITS[kind], limitMessage(what, FIELD_LIMITS[kind]));
export const title = capped('title', 'a title');
export const summary = capped('summary', 'a summary');
export const prose = capped('prose', 'a note');
