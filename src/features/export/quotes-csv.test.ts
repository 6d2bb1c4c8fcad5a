import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { csvField, quotesCsv } from './quotes-csv';
import { bundledIn, type Reading } from './test-readings';

const csvOf = (reading: Reading) => {
  const { debate, speakerName } = bundledIn(reading);
  return quotesCsv({
    debate,
    original: bundledDebate,
    english: reading === 'en',
    speakerName,
    quoteUrl: (topic, speaker, quote) => `https://example.org/topics/${topic}/${speaker}#${quote}`,
  });
};
const header = (csv: string) => csv.slice(1).split('\r\n')[0]?.split(',');

describe('the quotes CSV in each reading', () => {
  it('gives a Traditional reader the verbatim quotes alone', () => {
    expect(header(csvOf('zh-Hant'))?.at(-1)).toBe('url');
  });

  it('adds the quote as a Simplified reader reads it', () => {
    expect(header(csvOf('zh-Hans'))?.at(-1)).toBe('quote_as_read');
  });

  it('adds our translation for an English reader, beside the verbatim Chinese', () => {
    const csv = csvOf('en');
    expect(header(csv)?.at(-1)).toBe('quote_translation');
    const quote = bundledDebate.stances[0]!.quotes[0]!;
    const line = csv.split('\r\n').find((l) => l.includes(quote.quote.exact.slice(0, 12)));
    expect(line).toContain(quote.en!.gloss.slice(0, 40));
    expect(line).toMatch(/^Inflection point or tsunami,Cai Hengjin,/);
  });
});

describe('a CSV field', () => {
  it('is shown as text where a spreadsheet would run it as a formula', () => {
    expect(csvField('=HYPERLINK("https://evil.example","x")')).toBe(
      `"'=HYPERLINK(""https://evil.example"",""x"")"`,
    );
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('\tx')).toBe("'\tx");
  });

  it('keeps a number a number, and plain text as it is', () => {
    expect(csvField('-2')).toBe('-2');
    expect(csvField('1.5')).toBe('1.5');
    expect(csvField('開源還是閉源?')).toBe('開源還是閉源?');
    expect(csvField('a, b')).toBe('"a, b"');
  });
});
