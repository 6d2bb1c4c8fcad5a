// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDebate } from '@/model/parse-debate';
import type { Debate } from '@/model/debate-schema';
import { paragraphContaining, isInsideQuotationMarks } from '@/model/text-anchor';
import { readCodingFiles } from '../../scripts/read-codings';

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

  it('keeps the reading the blind codings support, on the lines the issue named', () => {
    const debate = load();
    const kind = (topicId: string) => debate.relations.find((r) => r.topicId === topicId)?.kind;
    // Line 12 (the tsunami "要來了") against line 16 (the turn "已經到來了"), and line 28.
    expect(kind('inflection-point')).toBe('differ');
    // Line 49 (distillation "可能也是很小的一部分") against line 50 (the innovation itself).
    expect(kind('technical-route')).toBe('differ');
    // Line 43: both put belief first.
    expect(kind('why-a-startup')).toBe('agree');
    // Line 49: Cai's "可能" on distillation is kept as a hedge.
    const route = debate.stances.find(
      (s) => s.topicId === 'technical-route' && s.speakerId === 'cai-hengjin',
    )!;
    expect(route.label).toMatch(/可能/);
    expect(debate.changelog?.map((entry) => entry.date)).toContain('2026-12-07');
  });

  it('never quotes a line every reader of the latest round coded as the author’s framing', () => {
    const codings = readCodingFiles(fileURLToPath(folder)).map(
      ({ json: coding }) => coding as { round: number; lines?: { line: number; voice: string }[] },
    );
    const round = Math.max(...codings.map((c) => c.round));
    const latest = codings.filter((c) => c.round === round && c.lines);
    const framing = [...Array(source.split('\n').length).keys()]
      .map((i) => i + 1)
      .filter((line) =>
        latest.every((c) => c.lines!.find((l) => l.line === line)?.voice === 'framing'),
      );
    // The lede (lines 8 and 9) is the author's, however close it stays to Cai's words.
    expect(framing).toEqual(expect.arrayContaining([8, 9]));
    const debate = load();
    const quotes = [
      ...debate.stances.flatMap((s) => s.quotes),
      ...(debate.points ?? []).flatMap((p) => p.answers.flatMap((a) => a.quotes ?? [])),
    ];
    for (const quote of quotes)
      for (const line of framing)
        expect(source.split('\n')[line - 1]!.includes(quote.quote.exact), quote.id).toBe(false);
  });
});
