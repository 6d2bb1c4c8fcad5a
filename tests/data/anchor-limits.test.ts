// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDebateIntegrity } from '@/model/debate-integrity';
import { DEBATE_ANCHOR_BUDGET, OVER_LIMITS_MESSAGE } from '@/model/quote-integrity';
import { ANCHOR_LIMITS, locateQuoteWithin } from '@/model/quote-locator';
import { parseDebate } from '@/model/parse-debate';
import type { Debate } from '@/model/debate-schema';
import { describeFileProblems } from '@/lib/problem-text/describe-problem';
import { checkMessagesZhHant } from '@/lib/i18n/check-messages-zh-hant';

const folder = new URL('../../data/debates/future-talk-deepseek/', import.meta.url);
const bundledSource = readFileSync(new URL('source.txt', folder), 'utf8');
const bundled = () => JSON.parse(readFileSync(new URL('debate.json', folder), 'utf8')) as Debate;

const misplaced = (exact: string, context = '') => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: context, suffix: context },
  position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
});

describe('anchoring within limits', () => {
  it('gives up on a text found more often than the limit allows', () => {
    const source = `x${'的'.repeat(ANCHOR_LIMITS.candidates + 5)}`;
    expect(locateQuoteWithin(source, misplaced('的'))).toBe('over-limits');
    const fewer = `x${'的y'.repeat(ANCHOR_LIMITS.candidates - 5)}`;
    expect(locateQuoteWithin(fewer, misplaced('的'))).toMatchObject({ method: 'quote' });
  });

  it('shares one budget across quotes: once it is spent, later quotes are not searched', () => {
    // 900 candidates with 64 characters of context each side: over a third of the budget each.
    const source = `z${'的'.padEnd(20, 'x').repeat(900)}`;
    const quote = misplaced('的', 'y'.repeat(64));
    const budget = { left: DEBATE_ANCHOR_BUDGET };
    const outcomes = Array.from({ length: 5 }, () => locateQuoteWithin(source, quote, budget));
    expect(outcomes.map((o) => (typeof o === 'string' ? o : o.method))).toEqual([
      'quote',
      'quote',
      'over-limits',
      'over-limits',
      'over-limits',
    ]);
  });

  it('stops checking quotes once the problems wanted are found', () => {
    const debate = bundled();
    for (const stance of debate.stances)
      for (const quote of stance.quotes) quote.position = { ...quote.position, start: 0, end: 1 };
    const quoted = debate.stances.reduce((n, s) => n + s.quotes.length, 0);
    expect(checkDebateIntegrity(debate, bundledSource)).toHaveLength(quoted);
    expect(checkDebateIntegrity(debate, bundledSource, 3)).toHaveLength(3);
  });

  it('says in the reader’s language that a quote could not be placed within the limits', () => {
    const debate = bundled();
    const source = `${bundledSource}\n${'的'.repeat(ANCHOR_LIMITS.candidates + 1)}`;
    const stance = debate.stances.find((s) => s.quotes.length > 0);
    const quote = stance?.quotes[0];
    if (!quote) throw new Error('the bundled debate has quotes');
    Object.assign(quote, misplaced('的'));
    const result = parseDebate(debate, source);
    if (result.ok) throw new Error('a misplaced quote is a problem');
    const problem = result.problems.find((p) => p.message.includes(OVER_LIMITS_MESSAGE));
    if (!problem) throw new Error('the quote is over the limits');
    const [line] = describeFileProblems([problem], 'debate.json', debate, checkMessagesZhHant);
    expect(line).toMatch(
      /^debate\.json: .+的立場，引文「的」：引文「的」：在限制內無法定位這段引文/,
    );
  });
});
