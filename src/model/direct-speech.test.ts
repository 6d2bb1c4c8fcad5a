import { describe, expect, it } from 'vitest';
import { isDirectSpeech, speakerNames, transcriptLabelEnd } from './direct-speech';

const lin = { name: { hant: '林曉瀾', hans: '林晓澜' }, en: undefined };
const jane = { name: { hant: 'Jane Doe', hans: 'Jane Doe' }, en: undefined };

describe('direct speech', () => {
  it('names a speaker in either script and in English', () => {
    expect(
      speakerNames({ ...lin, en: { name: 'Lin Xiaolan', introduction: '', roles: [] } }),
    ).toEqual(['林曉瀾', '林晓澜', 'Lin Xiaolan']);
    expect(speakerNames(jane)).toEqual(['Jane Doe']);
  });

  it('finds a transcript label with a full-width or ASCII colon, spaces allowed', () => {
    expect(transcriptLabelEnd('林晓澜：停车位太少了。', ['林曉瀾', '林晓澜'])).toBe(4);
    expect(transcriptLabelEnd('  Jane Doe : We need more parking.', ['Jane Doe'])).toBe(12);
    expect(transcriptLabelEnd('主持人：林晓澜怎么看？', ['林晓澜'])).toBeUndefined();
    expect(transcriptLabelEnd('林晓澜认为：停车位太少', ['林晓澜'])).toBeUndefined();
  });

  it('takes the words after the speaker’s own label as direct speech, and nothing before it', () => {
    const source = '主持人：你怎么看？\n林晓澜：停车位太少了。\n林晓澜认为停车位太少。';
    const at = (text: string) =>
      [source.indexOf(text), source.indexOf(text) + text.length] as const;
    expect(isDirectSpeech(source, ...at('停车位太少了'), lin)).toBe(true);
    expect(isDirectSpeech(source, ...at('林晓澜：停车'), lin)).toBe(false);
    expect(isDirectSpeech(source, ...at('你怎么看'), lin)).toBe(false);
    expect(isDirectSpeech(source, ...at('停车位太少。'), lin)).toBe(false);
    expect(isDirectSpeech(source, ...at('停车位太少了'), jane)).toBe(false);
  });

  it('still takes words inside quotation marks as direct speech', () => {
    const source = '她說：“停車位太少了。”';
    expect(isDirectSpeech(source, 4, 10, lin)).toBe(true);
  });
});
