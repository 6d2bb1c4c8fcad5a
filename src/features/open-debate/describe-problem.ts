import type { CheckMessages } from '@/lib/i18n/check-messages-zh-hant';
import { PLAIN_TEXT_MESSAGES } from '@/model/schema-primitives';
import type { ParseProblem, SchemaIssue } from '@/model/parse-debate';
import type { PlainTextProblem } from '@/model/plain-text';

const ruleOf = new Map(
  Object.entries(PLAIN_TEXT_MESSAGES).map(([rule, message]) => [message, rule as PlainTextProblem]),
);

/**
 * A schema problem in the reader's language, saying what was expected. Zod's own locales are
 * not in the build (every type error would read "Invalid input"), so issue codes map to the
 * catalogue here.
 */
export function describeIssue(issue: SchemaIssue, say: CheckMessages): string {
  switch (issue.code) {
    case 'invalid_type':
      return say.expected(say.types[issue.expected] ?? issue.expected);
    case 'invalid_value':
      return say.oneOf(issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'too_big':
      return issue.origin === 'string'
        ? say.tooLong(Number(issue.maximum))
        : issue.origin === 'array'
          ? say.tooManyItems(Number(issue.maximum))
          : say.invalid;
    case 'too_small':
      if (issue.origin === 'string') return say.empty;
      if (issue.origin === 'array') return say.tooFewItems(Number(issue.minimum));
      return say.tooSmall(Number(issue.minimum));
    case 'invalid_format':
      return issue.format === 'regex' ? say.id : issue.format === 'date' ? say.date : say.invalid;
    case 'invalid_union':
      return say.noVariant;
    case 'custom': {
      const rule = ruleOf.get(issue.message);
      return rule ? say.rules[rule] : say.invalid;
    }
    default:
      return say.invalid;
  }
}

/** One line per problem, as `file:path: message`, in the reader's language where we can. */
export function describeProblem(problem: ParseProblem, file: string, say: CheckMessages): string {
  const { detail } = problem;
  const at = (message: string) => `${file}:${problem.path}: ${message}`;
  switch (detail?.kind) {
    case 'schema':
      return at(describeIssue(detail.issue, say));
    case 'too-deep':
      return at(say.tooDeep(detail.limit));
    case 'too-many':
      return at(say.tooMany(detail.count, detail.limit));
    case 'too-many-quotes':
      return `${file}: ${say.tooManyQuotes(detail.count, detail.limit)}`;
    case 'source-too-long':
      return say.sourceTooLong(detail.length, detail.limit);
    case 'source-text':
      return say.sourceCharacter(detail.line, say.rules[detail.problem]);
    case 'stopped':
      return say.stoppedAt(detail.limit);
    default:
      if (problem.overLimits !== undefined) return at(say.overLimits(problem.overLimits));
      // The referential and anchoring checks speak the data's editors' language, English.
      return at(problem.message);
  }
}
