// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDebate } from '@/model/parse-debate';
import type { Debate } from '@/model/debate-schema';
import { paragraphContaining, isInsideQuotationMarks } from '@/model/text-anchor';

const folder = new URL('../../data/debates/future-talk-deepseek/', import.meta.url);
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const json: unknown = JSON.parse(readFileSync(new URL('debate.json', folder), 'utf8'));

function load(): Debate {
  const result = parseDebate(json, source);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.debate;
}

describe('the bundled debate', () => {
  it('keeps source.txt byte for byte as the shared article', () => {
    const shared = new URL(
      '../../../shared/source/future-talk-deepseek.zh-Hant.txt',
      import.meta.url,
    );
    let original: Buffer | undefined;
    try {
      original = readFileSync(shared);
    } catch {
      // Outside this workplace the shared copy is absent; the line count still pins the text.
    }
    if (original) expect(readFileSync(new URL('source.txt', folder)).equals(original)).toBe(true);
    expect(source.split('\n')).toHaveLength(54);
    expect(source.endsWith('\n')).toBe(false);
  });

  it('passes the schema and every referential and anchoring check', () => {
    expect(() => load()).not.toThrow();
  });

  it('has the six topics in article order and both speakers', () => {
    const debate = load();
    expect(debate.topics.map((t) => t.id)).toEqual([
      'inflection-point',
      'industry-impact',
      'agi-timing',
      'open-vs-closed',
      'why-a-startup',
      'technical-route',
    ]);
    expect(debate.speakers.map((s) => s.id)).toEqual(['cai-hengjin', 'yang-shu']);
    for (const topic of debate.topics) {
      expect(source).toContain(`${topic.heading}\n${topic.subheading}\n`);
    }
  });

  it('has all 12 stances, each with 1–5 quotes', () => {
    const debate = load();
    expect(debate.stances).toHaveLength(12);
    const pairs = new Set(debate.stances.map((s) => `${s.topicId}/${s.speakerId}`));
    expect(pairs.size).toBe(12);
    for (const stance of debate.stances) {
      expect(stance.quotes.length).toBeGreaterThanOrEqual(1);
      expect(stance.quotes.length).toBeLessThanOrEqual(5);
    }
  });

  it('states each speaker as the source introduces them', () => {
    for (const speaker of load().speakers) {
      expect(source).toContain(speaker.introduction);
      for (const role of speaker.roles) {
        expect(speaker.introduction).toContain(`${role.organization ?? ''}${role.title}`);
      }
    }
  });

  it('anchors every quote verbatim at its recorded position, prefix and suffix', () => {
    for (const stance of load().stances) {
      for (const { quote, position } of stance.quotes) {
        expect(source.slice(position.start, position.end)).toBe(quote.exact);
        expect(source.slice(position.start - quote.prefix.length, position.start)).toBe(
          quote.prefix,
        );
        expect(source.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      }
    }
  });

  it('names the speaker in the paragraph of every explicit quote, and only quotes direct speech from inside quotation marks', () => {
    const debate = load();
    for (const stance of debate.stances) {
      const speaker = debate.speakers.find((s) => s.id === stance.speakerId);
      for (const q of stance.quotes) {
        const paragraph = paragraphContaining(source, q.position.start, q.position.end);
        expect(paragraph, q.id).toBeDefined();
        if (q.attribution === 'explicit')
          expect(paragraph?.text, q.id).toContain(speaker?.name.hant);
        if (q.kind === 'direct')
          expect(isInsideQuotationMarks(source, q.position.start, q.position.end), q.id).toBe(true);
        else
          expect(isInsideQuotationMarks(source, q.position.start, q.position.end), q.id).toBe(
            false,
          );
      }
    }
  });

  it('never quotes the author framing, the question or the editor’s definition as a speaker', () => {
    const notSpeech = [4, 5, 6, 21, 35, 42, 51, 52].map(
      (line) => source.split('\n')[line - 1] ?? '',
    );
    for (const stance of load().stances) {
      for (const q of stance.quotes) {
        for (const line of notSpeech) expect(line.includes(q.quote.exact), q.id).toBe(false);
      }
    }
  });

  it('summarises each stance in one to three sentences, in Chinese and in English', () => {
    const sentences = (text: string, end: RegExp) =>
      text.split(end).filter((part) => part.trim() !== '').length;
    for (const stance of load().stances) {
      const at = `${stance.topicId}/${stance.speakerId}`;
      expect(sentences(stance.summary, /[。！？]/), at).toBeGreaterThanOrEqual(1);
      expect(sentences(stance.summary, /[。！？]/), at).toBeLessThanOrEqual(3);
      const english = sentences(stance.en!.summary, /(?<=[.!?][”’)]?)\s+(?=[A-Z“‘(])/);
      expect(english, at).toBeGreaterThanOrEqual(1);
      expect(english, at).toBeLessThanOrEqual(3);
    }
  });

  it('keeps the reading corrected against the source on 2026-12-01', () => {
    const debate = load();
    const kind = (topicId: string) => debate.relations.find((r) => r.topicId === topicId)?.kind;
    // Line 49 against line 50: Cai plays distillation down, Yang takes it up.
    expect(kind('technical-route')).toBe('partly-agree');
    // Line 43: for Cai belief explains the China–US gap; Yang's side rests on lines 45–46.
    expect(kind('why-a-startup')).toBe('partly-agree');
    const why = (topicId: string) => debate.relations.find((r) => r.topicId === topicId)!.why;
    expect(why('why-a-startup')).toMatch(/推定/);
    // Line 39: Cai states no preference for open source.
    expect(why('open-vs-closed')).not.toMatch(/兩人都傾向開源/);
    expect(why('open-vs-closed')).toMatch(/沒有表明偏好/);
    // Line 28: Cai's own "arrival" is a consensus, kept apart from the lede (line 8).
    const cai = debate.stances.find(
      (s) => s.topicId === 'agi-timing' && s.speakerId === 'cai-hengjin',
    )!;
    expect(cai.label).toMatch(/共識/);
    expect(cai.summary).toMatch(/^導語/);
    expect(cai.summary).toMatch(/他自己的話/);
    // Lines 16–17: for Yang quality comes before price.
    const yang = debate.stances.find(
      (s) => s.topicId === 'inflection-point' && s.speakerId === 'yang-shu',
    )!;
    expect(yang.summary).toMatch(/再便宜也沒人會用/);
    // Line 49: Cai's "可能" on distillation is kept.
    const route = debate.stances.find(
      (s) => s.topicId === 'technical-route' && s.speakerId === 'cai-hengjin',
    )!;
    expect(route.summary).toMatch(/可能也只是很小的一部分/);
    expect(route.position.state === 'placed' && route.position.rationale).toMatch(/可能/);
    expect(debate.changelog?.map((entry) => entry.date)).toContain('2026-12-01');
  });

  it('covers the lede’s core views of both speakers', () => {
    const lede = source.split('\n').slice(7, 9);
    const quoted = load().stances.flatMap((s) => s.quotes.map((q) => q.quote.exact));
    for (const line of lede) expect(quoted.some((exact) => line.includes(exact))).toBe(true);
  });
});
