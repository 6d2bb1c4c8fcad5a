import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language';

describe('guessLanguage', () => {
  it('tells Traditional from Simplified Chinese, and Chinese from English', () => {
    expect(guessLanguage('林曉瀾：停車位太少了，這個問題應該認真討論。')).toBe('zh-Hant');
    expect(guessLanguage('林晓澜：停车位太少了，这个问题应该认真讨论。')).toBe('zh-Hans');
    expect(guessLanguage('Lin Xiaolan: there is too little parking in the centre.')).toBe('en');
  });

  it('takes an English text that quotes a Chinese name as English', () => {
    expect(guessLanguage('The guest, 林晓澜, said that parking is the real problem here.')).toBe(
      'en',
    );
  });
});
