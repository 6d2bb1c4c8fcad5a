import { describe, expect, it } from 'vitest';
import { messagesEn } from '@/lib/i18n/messages-en';
import { messagesZhHans } from '@/lib/i18n/messages-zh-hans';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { countEvidence, evidencePips, NO_EVIDENCE } from './stance-evidence';

const direct = { kind: 'direct', attribution: 'explicit' } as const;
const reported = { kind: 'reported', attribution: 'explicit' } as const;
const inferredReport = { kind: 'reported', attribution: 'inferred' } as const;

describe('countEvidence', () => {
  it('counts the quotes, the direct ones and those with an inferred attribution', () => {
    expect(countEvidence([reported, direct, inferredReport, reported])).toEqual({
      quotes: 4,
      direct: 1,
      inferred: 1,
    });
  });

  it('counts a direct quote with an inferred attribution in both', () => {
    expect(countEvidence([{ kind: 'direct', attribution: 'inferred' }])).toEqual({
      quotes: 1,
      direct: 1,
      inferred: 1,
    });
  });

  it('counts nothing for a stance without quotes', () => {
    expect(countEvidence([])).toEqual(NO_EVIDENCE);
  });
});

describe('evidencePips', () => {
  it('puts direct quotes first and keeps the data’s order within each kind', () => {
    expect(evidencePips([inferredReport, direct, reported])).toEqual([
      { direct: true, inferred: false },
      { direct: false, inferred: true },
      { direct: false, inferred: false },
    ]);
  });
});

describe('the evidence in words', () => {
  const evidence = { quotes: 4, direct: 1, inferred: 1 };
  it('says it in all three languages', () => {
    expect(messagesZhHant.evidence(evidence)).toBe('4 則引文，1 則直接引語，1 則推定署名');
    expect(messagesZhHans.evidence(evidence)).toBe('4 条引文，1 条直接引语，1 条推定署名');
    expect(messagesEn.evidence(evidence)).toBe(
      '4 quotes, 1 direct, 1 with an inferred attribution',
    );
  });

  it('says when there is no direct speech, no inference, or no quote at all', () => {
    const plain = { quotes: 1, direct: 0, inferred: 0 };
    expect(messagesZhHant.evidence(plain)).toBe('1 則引文，沒有直接引語，全部明確署名');
    expect(messagesZhHans.evidence(plain)).toBe('1 条引文，没有直接引语，全部明确署名');
    expect(messagesEn.evidence(plain)).toBe('1 quote, none direct, all explicitly attributed');
    expect(messagesZhHant.evidence(NO_EVIDENCE)).toBe('沒有引文');
    expect(messagesEn.evidence(NO_EVIDENCE)).toBe('no quotes');
  });
});
