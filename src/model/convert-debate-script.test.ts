import { describe, expect, it } from 'vitest';
import { convertOurText, fieldRule } from './convert-debate-script';
import { simplifiedConverters } from './mainland-converter';

describe('which Simplified conversion each field gets', () => {
  it('keeps the source’s words: quotes, their context, headings, introductions, names', () => {
    for (const path of [
      'stances.quotes.quote.exact',
      'stances.quotes.quote.prefix',
      'points.answers.quotes.quote.suffix',
      'topics.heading',
      'topics.subheading',
      'speakers.introduction',
      'speakers.roles.organization',
      'outlet',
      'author',
    ])
      expect(fieldRule(path), path).toBe('verbatim');
  });

  it('writes our own text in mainland usage', () => {
    for (const path of [
      'title',
      'published.note',
      'topics.question',
      'topics.axis.from',
      'stances.label',
      'stances.summary',
      'stances.position.rationale',
      'stances.quotes.note',
      'relations.why',
      'points.statement',
      'points.why',
      'points.answers.note',
      'limitations',
      'changelog.summary',
    ])
      expect(fieldRule(path), path).toBe('ours');
  });

  it('leaves ids, enums, names curated per script and the English alone', () => {
    for (const path of ['id', 'stances.quotes.kind', 'speakers.name.hant', 'stances.en.label'])
      expect(fieldRule(path), path).toBe('keep');
  });
});

describe('our text in Simplified', () => {
  const source = '他說：DeepSeek對晶片公司是非常大的利好。';

  it('uses mainland words, quotation marks included', () => {
    expect(convertOurText('對晶片公司的影響', simplifiedConverters, source)).toBe(
      '对芯片公司的影响',
    );
    expect(convertOurText('他用了『海嘯』', simplifiedConverters, source)).toBe('他用了‘海啸’');
  });

  it('keeps the words of a passage it quotes from the source', () => {
    expect(convertOurText('他說對晶片公司是「非常大的利好」', simplifiedConverters, source)).toBe(
      '他说对芯片公司是“非常大的利好”',
    );
    expect(convertOurText('原話是「晶片公司」', simplifiedConverters, source)).toBe(
      '原话是“晶片公司”',
    );
  });

  it('converts a passage that quotes our own text, not the source', () => {
    expect(convertOurText('論點「晶片業受益」改寫', simplifiedConverters, source)).toBe(
      '论点“芯片业受益”改写',
    );
  });

  it('without the source, keeps every quoted passage’s words', () => {
    expect(convertOurText('論點「晶片業受益」改寫', simplifiedConverters)).toBe(
      '论点“晶片业受益”改写',
    );
  });

  it('does not read words into ordinary prose that OpenCC’s table would', () => {
    const converted = convertOurText(
      '人類比AI聰明；核心觀點；程序正義；兩人互動；在原有路線上加速',
      simplifiedConverters,
    );
    expect(converted).toBe('人类比AI聪明；核心观点；程序正义；两人互动；在原有路线上加速');
  });
});
