// One place that says what is wrong with a debate, in the editor's language: where (the
// speaker, topic, stance, quote or point by its names), which field, what is wrong and what to
// do. The studio, the loader's problem list and `npm run check-data` all say it this way; no
// JSON path or schema wording reaches the editor.
import type { CheckMessages } from '@/lib/i18n/check-messages-zh-hant';
import { PLAIN_TEXT_MESSAGES } from '@/model/schema-primitives';
import type { DataProblem } from '@/model/debate-integrity';
import type { PlainTextProblem } from '@/model/plain-text';
import type { SchemaIssue } from '@/model/problem-detail';
import { DebateNames, pathTokens } from './problem-place';

const ruleOf = new Map(
  Object.entries(PLAIN_TEXT_MESSAGES).map(([rule, message]) => [message, rule as PlainTextProblem]),
);

/** The field the rest of the path names, by its name in `say` (English fields marked so). */
function fieldName(tokens: readonly (string | number)[], say: CheckMessages): string {
  const keys = tokens.filter((t): t is string => typeof t === 'string');
  const english = keys[0] === 'en';
  const rest = english ? keys.slice(1) : keys;
  const fields = say.fields as Record<string, string>;
  const name =
    fields[rest.join('.')] ?? fields[rest.at(-1) ?? ''] ?? (rest.length ? rest.join(' ') : '');
  return english ? say.inEnglish(name) : name;
}

/** What a schema issue means for `field`. Zod's own locales are not in the build. */
function describeIssue(issue: SchemaIssue, field: string, value: unknown, say: CheckMessages) {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null
        ? say.required(field)
        : say.expected(field, say.types[issue.expected] ?? issue.expected);
    case 'invalid_value':
      return value === undefined || value === ''
        ? say.choose(field)
        : say.oneOf(field, issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'too_big':
      return issue.origin === 'string'
        ? say.tooLong(field, Number(issue.maximum))
        : issue.origin === 'array'
          ? say.tooManyItems(field, Number(issue.maximum))
          : say.invalid(field);
    case 'too_small':
      if (issue.origin === 'string') return say.required(field);
      if (issue.origin === 'array') return say.tooFewItems(field, Number(issue.minimum));
      return say.tooSmall(field, Number(issue.minimum));
    case 'invalid_format':
      return issue.format === 'regex'
        ? say.id(field)
        : issue.format === 'date'
          ? say.date(field)
          : say.invalid(field);
    case 'invalid_union':
      return say.noVariant(field);
    case 'custom': {
      const rule = ruleOf.get(issue.message);
      return rule ? say.rule(field, say.rules[rule]) : say.invalid(field);
    }
    default:
      return say.invalid(field);
  }
}

/** The sentence for a problem the checks found (its place is said separately). */
function describeDetail(
  problem: DataProblem,
  field: string,
  names: DebateNames,
  say: CheckMessages,
): string {
  const s = say.problems;
  const { detail } = problem;
  switch (detail?.kind) {
    case 'schema':
      return describeIssue(detail.issue, field, names.valueAt(pathTokens(problem.path)), say);
    case 'too-deep':
      return say.tooDeep(detail.limit);
    case 'too-many':
      return say.tooMany(detail.count, detail.limit);
    case 'too-many-keys':
      return say.tooManyKeys(detail.count, detail.limit);
    case 'too-many-quotes':
      return say.tooManyQuotes(detail.count, detail.limit);
    case 'source-too-long':
      return say.sourceTooLong(detail.length, detail.limit);
    case 'source-text':
      return say.sourceCharacter(detail.line, say.rules[detail.problem]);
    case 'stopped':
      return say.stoppedAt(detail.limit);
    case 'duplicate-id':
      return s.duplicateId(detail.id, names.place(pathTokens(detail.first)).place);
    case 'unknown-ref':
      return s.unknown[detail.ref](detail.id);
    case 'duplicate-stance':
      return s.duplicateStance;
    case 'duplicate-relation':
      return s.duplicateRelation;
    case 'missing-stance':
      return s.missingStance;
    case 'stance-quotes':
      return detail.need === 'none' ? s.stanceNoQuotes : s.stanceNeedsQuotes;
    case 'key-quote':
      return s.keyQuote(names.quote(detail.quoteId));
    case 'same-speakers':
      return s.sameSpeakers;
    case 'misplaced': {
      const at = detail.found;
      if (at.method === 'not-found') return s.notFound;
      if (at.method === 'quote') return s.moved(at.start, at.end);
      return s.notVerbatim(at.before, at.quoted, at.source);
    }
    case 'over-limits':
      return say.overLimits(detail.exact);
    case 'context':
      return s.context;
    case 'spans-paragraphs':
      return s.spansParagraphs;
    case 'not-named':
      return s.notNamed(detail.paragraph, detail.name);
    case 'not-direct':
      return s.notDirect;
    case 'answered-twice':
      return s.answeredTwice(names.speaker(detail.speakerId));
    case 'answer-quotes':
      return detail.need === 'none' ? s.answerNoQuotes : s.answerNeedsQuotes;
    case 'quote-of-other':
      return s.quoteOfOther(
        names.quote(detail.quoteId),
        names.speaker(detail.owner),
        names.speaker(detail.speakerId),
      );
    case 'missing-answer':
      return s.missingAnswer(names.speaker(detail.speakerId));
    case 'point-relation':
      return s.pointRelation[detail.reason](
        say.relations[detail.relation as keyof CheckMessages['relations']] ?? detail.relation,
        detail.count,
      );
    case 'topic-agrees':
      return s.topicAgrees(names.topic(detail.topicId));
    case 'english-missing':
      return s.englishMissing;
    case 'english-count':
      return s.englishCount(detail.have, detail.want);
    case 'english-note':
      return s.englishNote;
    default:
      // A problem no check gave a kind to: its English message.
      return problem.message;
  }
}

/** Where a problem is and what it is, in the editor's language. */
export function describeProblemParts(
  problem: DataProblem,
  names: DebateNames,
  say: CheckMessages,
): { place: string; text: string } {
  const { detail } = problem;
  if (detail?.kind === 'missing-stance')
    return {
      place: say.place.stance(names.speaker(detail.speakerId), names.topic(detail.topicId)),
      text: say.problems.missingStance,
    };
  if (detail?.kind === 'missing-answer') {
    const at = names.place(pathTokens(problem.path));
    return { place: at.place, text: describeDetail(problem, '', names, say) };
  }
  const tokens = pathTokens(problem.path === '(root)' ? '' : problem.path);
  const { place, used } = names.place(tokens);
  const field = fieldName(tokens.slice(used), say);
  return { place, text: describeDetail(problem, field, names, say) };
}

/** One line: the place, then what is wrong there and what to do. */
export function describeProblem(problem: DataProblem, names: DebateNames, say: CheckMessages) {
  const { place, text } = describeProblemParts(problem, names, say);
  const source = problem.detail?.kind;
  // The source's own problems and the checks' limits are about no entity of the debate.
  if (source === 'source-too-long' || source === 'source-text' || source === 'stopped') return text;
  return say.join(place, text);
}

/**
 * Every problem of a debate file, one line each as the loader lists them: the file, the place
 * and what is wrong there. `debate` is the file's JSON, whose names the lines use.
 */
export function describeFileProblems(
  problems: readonly DataProblem[],
  file: string,
  debate: unknown,
  say: CheckMessages,
): string[] {
  const names = new DebateNames(debate, say);
  return problems.map((problem) => {
    const line = describeProblem(problem, names, say);
    return /^source\.txt|^…/.test(line) ? line : `${file}: ${line}`;
  });
}
