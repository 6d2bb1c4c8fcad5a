import type { Adjudication, Debate, Quote } from './debate-schema.ts';
import type { DataProblem } from './debate-integrity.ts';

/**
 * English is all-or-nothing: a debate with `en` must translate every speaker, topic, stance,
 * quote and relation, so an English reader never meets a half-translated page. Lists line
 * up one for one with their Chinese originals.
 */
export function checkEnglishCoverage(debate: Debate): DataProblem[] {
  const en = debate.en;
  if (!en) return [];
  const problems: DataProblem[] = [];
  const missing = (path: string) =>
    problems.push({
      path: `${path}.en`,
      message: 'missing its English (the debate has `en`)',
      detail: { kind: 'english-missing' },
    });
  const sameLength = (path: string, english: readonly unknown[] | undefined, original = 0) => {
    if ((english?.length ?? 0) !== original)
      problems.push({
        path,
        message: `has ${english?.length ?? 0} English entries for ${original} original ones`,
        detail: { kind: 'english-count', have: english?.length ?? 0, want: original },
      });
  };
  sameLength('en.limitations', en.limitations, debate.limitations?.length);
  sameLength('en.changelog', en.changelog, debate.changelog?.length);
  debate.speakers.forEach((speaker, i) => {
    if (!speaker.en) missing(`speakers[${i}]`);
    else sameLength(`speakers[${i}].en.roles`, speaker.en.roles, speaker.roles.length);
  });
  debate.topics.forEach((topic, i) => topic.en || missing(`topics[${i}]`));
  debate.relations.forEach((relation, i) => {
    if (!relation.en) missing(`relations[${i}]`);
    checkAdjudication(relation.adjudication, `relations[${i}].adjudication`);
  });
  const checkQuotes = (quotes: readonly Quote[], at: string) =>
    quotes.forEach((quote, qi) => {
      if (!quote.en) missing(`${at}.quotes[${qi}]`);
      else if (quote.note && !quote.en.note)
        problems.push({
          path: `${at}.quotes[${qi}].en.note`,
          message: "missing: the quote has an editor's note, so its English needs one too",
          detail: { kind: 'english-note' },
        });
    });
  // An adjudication's reason, and each reading's why, are shown to readers in English too.
  function checkAdjudication(adjudication: Adjudication<unknown> | undefined, at: string) {
    if (!adjudication) return;
    if (!adjudication.en) missing(at);
    adjudication.readings?.forEach((reading, i) => reading.en || missing(`${at}.readings[${i}]`));
  }
  debate.stances.forEach((stance, si) => {
    if (!stance.en) missing(`stances[${si}]`);
    checkAdjudication(stance.positionAdjudication, `stances[${si}].positionAdjudication`);
    checkQuotes(stance.quotes, `stances[${si}]`);
  });
  debate.points?.forEach((point, pi) => {
    if (!point.en) missing(`points[${pi}]`);
    checkAdjudication(point.adjudication, `points[${pi}].adjudication`);
    point.answers.forEach((answer, ai) => {
      const at = `points[${pi}].answers[${ai}]`;
      if (answer.note && !answer.en) missing(at);
      checkAdjudication(answer.adjudication, `${at}.adjudication`);
      checkQuotes(answer.quotes ?? [], at);
    });
  });
  return problems;
}
