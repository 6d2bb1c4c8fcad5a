// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import simplified from 'virtual:bundled-debate-hans';
import { bundledDebate } from '@/model/bundled-debate';
import { convertDebateScript, fieldRule } from '@/model/convert-debate-script';
import type { Adjudication, Debate, Quote } from '@/model/debate-schema';
import { simplifiedConverters } from '@/model/mainland-converter';
import { toSimplified } from '@/model/script-converter';
import { findTaiwanWords } from '@/model/taiwan-vocabulary';
import { messagesZhHans } from '@/lib/i18n/messages-zh-hans';
import { checkMessagesZhHans } from '@/lib/i18n/check-messages-zh-hans';
import { studioMessagesZhHans } from '@/features/studio/studio-messages-zh-hans';
import { loadFixtureDebate } from '../unit/load-fixture';
import { taiwanWordsOutsideQuotes } from '../taiwan-words';

const source = readFileSync(
  new URL('../../data/debates/future-talk-deepseek/source.txt', import.meta.url),
  'utf8',
);

/** Every text of a catalogue: its strings, and its functions' source (every branch). */
function catalogueTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, value.toString()]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => catalogueTexts(inner, `${path}.${key}`));
}

describe('the Simplified interface', () => {
  const catalogues = { messagesZhHans, checkMessagesZhHans, studioMessagesZhHans };
  for (const [name, catalogue] of Object.entries(catalogues))
    it(`${name} speaks mainland Chinese: no Taiwan words, no corner brackets`, () => {
      const texts = catalogueTexts(catalogue);
      expect(texts.length).toBeGreaterThan(20);
      const problems = texts.flatMap(([path, text]) => [
        ...findTaiwanWords(text).map(({ word }) => `${path}: ${word.taiwan} → ${word.mainland}`),
        ...(/[「」『』]/.test(text) ? [`${path}: 「」 → “”`] : []),
      ]);
      expect(problems).toEqual([]);
    });
});

const allQuotes = (debate: Debate): Quote[] => [
  ...debate.stances.flatMap((s) => s.quotes),
  ...(debate.points ?? []).flatMap((p) => p.answers.flatMap((a) => a.quotes ?? [])),
];

/** The source's own words in a debate: quotes with their context, copied headings, names. */
function sourceWords(d: Debate): string[] {
  return [
    ...[d.outlet, d.column, d.programme, d.interviewer, d.author],
    ...d.speakers.flatMap((s) => [s.introduction, ...s.roles.flatMap((r) => r.organization ?? [])]),
    ...d.topics.flatMap((t) => [t.heading, t.subheading]),
    ...allQuotes(d).flatMap((q) => [q.quote.exact, q.quote.prefix, q.quote.suffix]),
  ];
}

/** The words of how a contested coding was settled: its reason and each reading's why. */
const settled = (a: Adjudication | undefined): string[] =>
  a ? [a.reason, ...(a.readings ?? []).map((r) => r.why)] : [];

/** Our own words in a debate: what we wrote about the source. */
function ourWords(d: Debate): string[] {
  return [
    ...[d.title, d.published.period, d.published.note],
    ...d.speakers.flatMap((s) => s.roles.flatMap((r) => [r.title, ...(r.note ? [r.note] : [])])),
    ...d.topics.flatMap((t) => [t.question, t.axis.from, t.axis.to]),
    ...d.stances.flatMap((s) => [
      s.label,
      s.summary,
      s.position.state === 'placed' ? s.position.rationale : s.position.note,
      ...settled(s.positionAdjudication),
    ]),
    ...allQuotes(d).flatMap((q) => q.note ?? []),
    ...d.relations.flatMap((r) => [r.why, ...settled(r.adjudication)]),
    ...(d.points ?? []).flatMap((p) => [
      p.statement,
      p.why,
      ...settled(p.adjudication),
      ...p.answers.flatMap((a) => [...(a.note ? [a.note] : []), ...settled(a.adjudication)]),
    ]),
    ...(d.limitations ?? []),
    ...(d.changelog ?? []).map((c) => c.summary),
  ];
}

/** How many Chinese texts the conversion touches, whatever their field. */
function chineseTextCount(value: unknown, path = ''): number {
  if (typeof value === 'string') return fieldRule(path) === 'keep' ? 0 : 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + chineseTextCount(v, path), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (n, [key, v]) => n + (key === 'en' ? 0 : chineseTextCount(v, path ? `${path}.${key}` : key)),
    0,
  );
}

// What a Traditional character may become in Simplified: itself, its own Simplified form, or
// the form OpenCC gives it inside a word (乾隆 keeps 乾), never another character.
const inWords = new Map<string, Set<string>>();
for (const pair of [...TSPhrases.split('|'), ...TWVariantsRevPhrases.split('|')]) {
  const [from = '', to = ''] = pair.split(' ');
  const [a, b] = [Array.from(from), Array.from(to)];
  if (a.length === b.length)
    a.forEach((c, i) => inWords.set(c, (inWords.get(c) ?? new Set()).add(toSimplified(b[i]!))));
}
function characterProblems(original: string, converted: string): string[] {
  const [a, b] = [Array.from(original), Array.from(converted)];
  if (a.length !== b.length || original.length !== converted.length)
    return [`length changed: ${original} → ${converted}`];
  return a.flatMap((c, i) =>
    [c, toSimplified(c)].includes(b[i]!) || inWords.get(c)?.has(b[i]!)
      ? []
      : [`${c} became ${b[i]} at ${i} in ${original}`],
  );
}

const fixtureFolder = new URL('../fixtures/three-voices/', import.meta.url);
const fixture = loadFixtureDebate('three-voices');
const cases = [
  // As the site serves it: converted when the site is built, with the source at hand.
  { name: 'the bundled debate', original: bundledDebate, converted: simplified, source },
  // As a debate opened from disk is converted: in the reader's browser, without its source.
  {
    name: 'a debate opened from disk',
    original: fixture,
    converted: convertDebateScript(fixture, simplifiedConverters),
    source: readFileSync(new URL('source.txt', fixtureFolder), 'utf8'),
  },
];

for (const { name, original, converted, source: text } of cases)
  describe(`${name}, in Simplified`, () => {
    it('sorts every Chinese text as the source’s words or ours', () => {
      expect(sourceWords(original).length + ourWords(original).length).toBe(
        chineseTextCount(original),
      );
    });

    it('changes only the characters of the source’s words, position for position', () => {
      const [before, after] = [sourceWords(original), sourceWords(converted)];
      expect(after).toHaveLength(before.length);
      expect(before.flatMap((words, i) => characterProblems(words, after[i]!))).toEqual([]);
    });

    it('writes our own words without Taiwan vocabulary, outside what they quote', () => {
      const texts = ourWords(converted);
      expect(texts.length).toBeGreaterThan(0);
      const quotable = toSimplified(text);
      expect(texts.flatMap((words) => taiwanWordsOutsideQuotes(words, quotable))).toEqual([]);
    });
  });
