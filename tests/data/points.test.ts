// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Debate } from '@/model/debate-schema';
import { answerQuotes, findRelation, pointsOfTopic } from '@/model/debate-queries';
import { debateInEnglish, withoutEnglish } from '@/model/localize-debate';
import { parseDebate } from '@/model/parse-debate';
import { relationMismatch } from '@/model/point-integrity';
import { paragraphContaining } from '@/model/text-anchor';
import type { PositionCode } from '@/model/coding-schema';
import { topicRelationByRules } from '@/model/relation-rules';

const folder = new URL('../../data/debates/future-talk-deepseek/', import.meta.url);
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const pristine = readFileSync(new URL('debate.json', folder), 'utf8');
const lines = source.split('\n');

/** A fresh copy of the bundled debate's JSON, typed as the schema's output, to break on purpose. */
const raw = () => JSON.parse(pristine) as Debate;

function load(json: unknown = raw()): Debate {
  const result = parseDebate(json, source);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.debate;
}

function problemsOf(json: unknown): string[] {
  const result = parseDebate(json, source);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

/**
 * Why a topic's relation does not follow from the codebook's rules (section 7), given the two
 * positions and the relations of the points under it, if it does not. A contested relation
 * may show any of its readings, so long as the rules' relation is one of them.
 */
function topicRelationMisfit(debate: Debate, topicId: string): string | undefined {
  const ids = debate.speakers.map((s) => s.id);
  const relation = findRelation(debate, topicId, ids);
  if (!relation) return 'has no relation';
  const code = (speakerId: string): PositionCode => {
    const position = debate.stances.find(
      (s) => s.topicId === topicId && s.speakerId === speakerId,
    )?.position;
    return position?.state === 'placed' ? position.value : (position?.state ?? 'not-addressed');
  };
  const byRules = topicRelationByRules(
    [code(ids[0]!), code(ids[1]!)],
    pointsOfTopic(debate, topicId).map((p) => p.relation),
  );
  if (byRules === relation.kind) return undefined;
  const readings = relation.adjudication?.readings?.map((r) => r.value) ?? [];
  return readings.includes(byRules)
    ? undefined
    : `is coded ${relation.kind}, but the rules give ${byRules}`;
}

describe('the points of the bundled debate', () => {
  it('pass every check, and every topic has some', () => {
    const debate = load();
    expect(debate.points?.length).toBeGreaterThanOrEqual(12);
    for (const topic of debate.topics)
      expect(pointsOfTopic(debate, topic.id).length, topic.id).toBeGreaterThan(0);
  });

  it('anchor every quote they cite verbatim, as words of the speaker who answers', () => {
    const debate = load();
    for (const point of debate.points ?? [])
      for (const answer of point.answers) {
        const quotes = answerQuotes(debate, answer);
        expect(quotes).toHaveLength(answer.quoteIds.length + (answer.quotes?.length ?? 0));
        const speaker = debate.speakers.find((s) => s.id === answer.speakerId)!;
        const ownQuoteIds = new Set(
          [
            ...debate.stances.filter((s) => s.speakerId === speaker.id).flatMap((s) => s.quotes),
            ...(answer.quotes ?? []),
          ].map((q) => q.id),
        );
        for (const { id, quote, position, attribution } of quotes) {
          const at = `${point.id}/${speaker.id}/${id}`;
          expect(ownQuoteIds.has(id), at).toBe(true);
          expect(source.slice(position.start, position.end), at).toBe(quote.exact);
          expect(source.slice(position.start - quote.prefix.length, position.start), at).toBe(
            quote.prefix,
          );
          expect(source.slice(position.end, position.end + quote.suffix.length), at).toBe(
            quote.suffix,
          );
          const paragraph = paragraphContaining(source, position.start, position.end);
          if (attribution === 'explicit') expect(paragraph?.text, at).toContain(speaker.name.hant);
        }
      }
  });

  it('never answer with the author’s framing or lede, a question or the editor’s definition', () => {
    // Lines 8 and 9 are the author's summary of each speaker's core views: a stance may quote
    // it, noting so, but a point's answer rests on what the speaker said.
    const notSpeech = [4, 5, 6, 8, 9, 21, 35, 42, 51, 52].map((n) => lines[n - 1] ?? '');
    const debate = load();
    for (const point of debate.points ?? [])
      for (const answer of point.answers)
        for (const q of answerQuotes(debate, answer))
          for (const line of notSpeech)
            expect(line.includes(q.quote.exact), `${point.id}: ${q.id}`).toBe(false);
  });

  it('say so wherever an answer rests on a paragraph whose attribution is inferred', () => {
    const debate = load();
    const inferred = (debate.points ?? []).flatMap((point) =>
      point.answers.filter((a) =>
        answerQuotes(debate, a).some((q) => q.attribution === 'inferred'),
      ),
    );
    expect(inferred.length).toBeGreaterThan(0);
    for (const answer of inferred) {
      expect(answer.note).toMatch(/推定/);
      expect(answer.en?.note).toMatch(/taken to be his/);
    }
  });

  it('give each point a relation that follows from its answers', () => {
    for (const point of load().points ?? [])
      expect(relationMismatch(point), point.id).toBeUndefined();
    // Control: calling a partly agreed point agreed is refused, naming the point.
    const json = raw();
    const at = json.points!.findIndex((p) => p.id === 'innovation-is-distillation');
    json.points![at]!.relation = 'agree';
    expect(problemsOf(json)).toEqual([
      `points[${at}].relation: "agree", but the speakers answer the point differently`,
    ]);
  });

  it('code each topic’s relation consistently with the points under it', () => {
    const debate = load();
    for (const topic of debate.topics)
      expect(topicRelationMisfit(debate, topic.id), topic.id).toBeUndefined();
    // Controls: the relations this data had before the blind codings no longer fit.
    const recode = (topicId: string, kind: Debate['relations'][number]['kind']) => {
      const json = raw();
      json.relations.find((r) => r.topicId === topicId)!.kind = kind;
      return topicRelationMisfit(load(json), topicId);
    };
    expect(recode('technical-route', 'partly-agree')).toMatch(/the rules give differ/);
    expect(recode('inflection-point', 'different-emphasis')).toMatch(/the rules give differ/);
    expect(recode('why-a-startup', 'partly-agree')).toMatch(/the rules give agree/);
  });

  it('have their English, each note and why in one sentence', () => {
    const debate = load();
    for (const point of debate.points ?? []) {
      expect(point.en?.statement, point.id).toBeTruthy();
      expect(point.en?.why, point.id).toBeTruthy();
      const notes = point.answers.flatMap((a) => (a.note ? [[a.note, a.en?.note ?? '']] : []));
      for (const [note, english] of [[point.why, point.en!.why], ...notes] as [string, string][]) {
        expect(note.replace(/。$/, ''), point.id).not.toMatch(/[。！？]/);
        expect(english, point.id).not.toMatch(/[.!?][”’)]?\s+[A-Z“‘]/);
        expect(english, point.id).toBeTruthy();
      }
    }
    // Control: a point without its English is named.
    const json = raw();
    delete json.points![2]!.en;
    expect(problemsOf(json)).toEqual(['points[2].en: missing its English (the debate has `en`)']);
  });

  it('refuse a quote cited for the wrong speaker', () => {
    const json = raw();
    const at = json.points!.findIndex((p) => p.id === 'real-innovation');
    const yang = json.points![at]!.answers.findIndex((a) => a.speakerId === 'yang-shu');
    json.points![at]!.answers[yang]!.quoteIds.push('technical-route-cai-2');
    expect(problemsOf(json)).toEqual([
      `points[${at}].answers[${yang}].quoteIds[1]: quote "technical-route-cai-2" is cai-hengjin's words, not yang-shu's`,
    ]);
  });

  it('are optional: the debate without them passes and reads as before', () => {
    const json = raw();
    delete json.points;
    const debate = load(json);
    expect(debate.points).toBeUndefined();
    expect(pointsOfTopic(debate, 'technical-route')).toEqual([]);
    expect(withoutEnglish(debate).points).toBeUndefined();
    expect(debateInEnglish(debate).points).toBeUndefined();
    expect(debateInEnglish(debate).stances).toEqual(debateInEnglish(load()).stances);
  });

  it('read in English with their statements, whys and notes translated', () => {
    const debate = load();
    const english = debateInEnglish(debate);
    const point = english.points!.find((p) => p.id === 'quality-decides-open-closed')!;
    expect(point.statement).toMatch(/^Whether open or closed source gains/);
    expect(point.why).toMatch(/^Only Yang Shu says this/);
    expect(point.answers.find((a) => a.speakerId === 'yang-shu')!.note).toMatch(/taken to be his/);
    // Quotes stay in Chinese.
    const [first] = answerQuotes(english, point.answers[1]!);
    expect(first?.quote.exact).toMatch(/楊蜀/);
  });
});
