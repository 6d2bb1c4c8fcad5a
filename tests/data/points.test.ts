// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Debate } from '@/model/debate-schema';
import { answerQuotes, findRelation, pointsOfTopic } from '@/model/debate-queries';
import { debateInEnglish, withoutEnglish } from '@/model/localize-debate';
import { parseDebate } from '@/model/parse-debate';
import { relationMismatch } from '@/model/point-integrity';
import { paragraphContaining } from '@/model/text-anchor';

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

const addressed = (debate: Debate, topicId: string) =>
  pointsOfTopic(debate, topicId).map((point) => ({
    point,
    speakers: point.answers.filter((a) => a.answer !== 'not-addressed').map((a) => a.speakerId),
  }));

/**
 * Why a topic's relation between its two speakers does not fit the points under it, if it
 * does not: `agree` wants every point both address to be agreed; `partly-agree` a point where
 * they meet and one where they part; `differ` a point they differ on; `different-emphasis`
 * no such point, and a point that each speaker alone makes.
 */
function topicRelationMisfit(debate: Debate, topicId: string): string | undefined {
  const relation = findRelation(
    debate,
    topicId,
    debate.speakers.map((s) => s.id),
  );
  if (!relation) return 'has no relation';
  const points = addressed(debate, topicId);
  if (points.length === 0) return 'has no points';
  const shared = points.filter((p) => p.speakers.length === 2).map((p) => p.point.relation);
  const alone = (speakerId: string) =>
    points.some((p) => p.speakers.length === 1 && p.speakers[0] === speakerId);
  switch (relation.kind) {
    case 'agree':
      return shared.length > 0 && shared.every((r) => r === 'agree')
        ? undefined
        : 'is coded agree, but not every point both address is agreed';
    case 'partly-agree':
      return shared.some((r) => r === 'agree' || r === 'partly-agree') &&
        shared.some((r) => r === 'partly-agree' || r === 'differ')
        ? undefined
        : 'is coded partly-agree, but no point shows both where they meet and where they part';
    case 'differ':
      return shared.includes('differ') ? undefined : 'is coded differ, but no point is';
    case 'different-emphasis':
      return !shared.includes('differ') && relation.speakerIds.every(alone)
        ? undefined
        : 'is coded different-emphasis, but a point differs or a speaker makes no point alone';
  }
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
    const at = json.points!.findIndex((p) => p.id === 'distillation');
    json.points![at]!.relation = 'agree';
    expect(problemsOf(json)).toEqual([
      `points[${at}].relation: "agree", but the speakers answer the point differently`,
    ]);
  });

  it('code each topic’s relation consistently with the points under it', () => {
    const debate = load();
    for (const topic of debate.topics)
      expect(topicRelationMisfit(debate, topic.id), topic.id).toBeUndefined();
    // Controls: the relations this data had before its points were curated no longer fit.
    const recode = (topicId: string, kind: Debate['relations'][number]['kind']) => {
      const json = raw();
      json.relations.find((r) => r.topicId === topicId)!.kind = kind;
      return topicRelationMisfit(load(json), topicId);
    };
    expect(recode('technical-route', 'agree')).toMatch(/not every point both address is agreed/);
    expect(recode('why-a-startup', 'agree')).toMatch(/not every point both address is agreed/);
    expect(recode('open-vs-closed', 'partly-agree')).toMatch(/where they meet and where they part/);
    expect(recode('industry-impact', 'differ')).toMatch(/no point is/);
    expect(recode('technical-route', 'different-emphasis')).toBeUndefined();
    expect(recode('agi-timing', 'different-emphasis')).toBeUndefined();
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
    const point = english.points!.find((p) => p.id === 'quality-first')!;
    expect(point.statement).toMatch(/^Quality comes first/);
    expect(point.answers.find((a) => a.speakerId === 'yang-shu')!.note).toMatch(/first ground/);
    // Quotes stay in Chinese.
    const [first] = answerQuotes(english, point.answers[1]!);
    expect(first?.quote.exact).toMatch(/楊蜀/);
  });
});
