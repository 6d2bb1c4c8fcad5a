import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseDebate } from '@/model/parse-debate';
import { loadFixtureDebate } from './load-fixture';
import { replaceSource } from '@/features/studio/reanchor-quotes';

const debate = loadFixtureDebate('three-voices');
const source = readFileSync('tests/fixtures/three-voices/source.txt', 'utf8');

it('re-anchors every quote in a corrected source, by position, exact text or fuzzily', () => {
  // A line added at the top moves every quote; a typo fixed inside one changes its words.
  const quote = debate.stances[0]!.quotes[0]!.quote.exact;
  const fixed = `編按:本文經校訂。\n${source.replace(quote, quote.replace('收', '收取'))}`;
  const { state, lost } = replaceSource({ debate, source }, fixed);
  expect(lost).toEqual([]);
  expect(state.debate.stances[0]!.quotes[0]!.quote.exact).toBe(quote.replace('收', '收取'));
  const result = parseDebate(state.debate, fixed);
  expect(result.ok ? [] : result.problems).toEqual([]);
});

it('lists the quotes that cannot be found in the new source, and keeps them as they were', () => {
  const first = debate.stances[0]!.quotes[0]!;
  const fixed = source.replace(first.quote.exact, '（此段已刪）');
  const { state, lost } = replaceSource({ debate, source }, fixed);
  expect(lost).toEqual([{ id: first.id, exact: first.quote.exact, path: 'stances[0].quotes[0]' }]);
  expect(state.debate.stances[0]!.quotes[0]).toEqual(first);
  expect(state.source).toBe(fixed);
});
