import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { convertDebateScript } from '@/model/convert-debate-script';
import { toSimplified } from '@/model/script-converter';
import { simplifiedConverters } from '@/model/mainland-converter';
import { createTextFolder } from './normalize-text';
import { buildSearchIndex, searchIndex } from './search-index';

const fold = createTextFolder(toSimplified);
const traditional = buildSearchIndex(bundledDebate, fold);
const simplified = buildSearchIndex(convertDebateScript(bundledDebate, simplifiedConverters), fold);
const quotesOf = (results: ReturnType<typeof searchIndex>) =>
  results.groups.flatMap((g) =>
    g.hits.filter((h) => h.entry.field === 'quote').map(() => `${g.topicId}/${g.speakerId}`),
  );

describe('searchIndex', () => {
  it('finds 開源 in the Traditional source when asked in Simplified, for both speakers', () => {
    const results = searchIndex(traditional, '开源', fold);
    const stances = new Set(quotesOf(results));
    expect(stances).toContain('open-vs-closed/cai-hengjin');
    expect(stances).toContain('open-vs-closed/yang-shu');
  });

  it('highlights the very characters shown, in whichever script they are shown', () => {
    for (const index of [traditional, simplified]) {
      const hit = searchIndex(index, '開源', fold).groups[0]!.hits[0]!;
      for (const [start, end] of hit.ranges)
        expect(['開源', '开源']).toContain(hit.entry.text.slice(start, end));
    }
  });

  it('groups hits by topic, then speaker, in reading order', () => {
    const { groups } = searchIndex(traditional, 'DeepSeek', fold);
    const order = bundledDebate.topics.map((t) => t.id);
    const topicRanks = groups.map((g) => order.indexOf(g.topicId));
    expect(topicRanks).toEqual([...topicRanks].sort((a, b) => a - b));
    const keys = groups.map((g) => `${g.topicId}/${g.speakerId ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches English fields with English words, any case', () => {
    const { groups } = searchIndex(traditional, 'OPEN SOURCE', fold);
    const fields = groups.flatMap((g) => g.hits.map((h) => h.entry));
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((e) => e.lang === 'en')).toBe(true);
  });

  it('matches English as whole words, and a quoted phrase as a phrase', () => {
    const texts = (query: string) =>
      searchIndex(traditional, query, fold).groups.flatMap((g) => g.hits.map((h) => h.entry.text));
    expect(texts('source').length).toBeGreaterThan(0);
    expect(texts('source').every((text) => /\bsource/i.test(text))).toBe(true);
    expect(texts('sour')).toEqual([]);
    const phrase = texts('"open source"');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.every((text) => /\bopen source\b/i.test(text))).toBe(true);
  });

  it('needs every term, and finds nothing for nothing', () => {
    expect(searchIndex(traditional, '開源 量子糾纏', fold).total).toBe(0);
    expect(searchIndex(traditional, '   ', fold).total).toBe(0);
  });

  it('counts every hit but returns at most the limit', () => {
    const all = searchIndex(traditional, 'DeepSeek', fold);
    const few = searchIndex(traditional, 'DeepSeek', fold, 3);
    expect(few.total).toBe(all.total);
    expect(few.groups.flatMap((g) => g.hits)).toHaveLength(3);
  });

  it('finds exactly the entries that hold every term, never a match across two entries', () => {
    const { entries } = traditional;
    // A term is a whole word where its edge is a Latin letter or a digit.
    const edge = '[\\p{Script=Latin}\\p{N}]';
    const pattern = (term: string) => {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const before = new RegExp(edge, 'u').test(term[0]!) ? `(?<!${edge})` : '';
      const after = new RegExp(edge, 'u').test(term.at(-1)!) ? `(?!${edge})` : '';
      return new RegExp(`${before}${escaped}${after}`, 'u');
    };
    const naive = (query: string) => {
      const terms = fold(query).split(/\s+/).filter(Boolean).map(pattern);
      return entries.filter((e) => terms.every((t) => t.test(e.folded)));
    };
    // Queries cut from one entry, or across the end of one and the start of the next, with
    // no quotation mark (a quoted phrase is tested above).
    const query = fc
      .tuple(fc.nat(entries.length - 2), fc.integer({ min: 1, max: 4 }), fc.boolean())
      .map(([i, length, across]) => {
        const text = entries[i]!.text;
        if (!across) return text.slice(0, length);
        return text.slice(-length) + entries[i + 1]!.text.slice(0, length);
      })
      .map((q) => q.replace(/["“”「」]/g, '·'));
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 2 }), (parts) => {
        const q = parts.join(' ');
        const results = searchIndex(traditional, q, fold);
        const hits = results.groups.flatMap((g) => g.hits.map((h) => h.entry));
        expect(hits).toEqual(naive(q));
        expect(results.total).toBe(hits.length);
      }),
      { numRuns: 200 },
    );
  });
});
