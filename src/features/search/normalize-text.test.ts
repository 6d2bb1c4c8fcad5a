import { describe, expect, it } from 'vitest';
import { toSimplified } from '@/model/script-converter';
import { createTextFolder } from './normalize-text';

const fold = createTextFolder(toSimplified);

describe('createTextFolder', () => {
  it('brings both scripts to one, including one-to-many characters', () => {
    expect(fold('開源')).toBe(fold('开源'));
    expect(fold('後來')).toBe(fold('后来'));
    expect(fold('皇后')).toBe(fold('皇後'));
    expect(new Set([fold('係'), fold('系'), fold('繫')]).size).toBe(1);
    expect(fold('蔡恆進')).toBe('蔡恒进');
  });

  it('ignores case and full width', () => {
    expect(fold('DeepSeek')).toBe('deepseek');
    expect(fold('ＡＧＩ')).toBe('agi');
  });

  it('keeps every offset: the folded text is exactly as long as the original', () => {
    for (const text of ['楊蜀認為AGI很快會到來。', 'ﬁne ㈱ 𠮷野家 İstanbul', '']) {
      expect(fold(text)).toHaveLength(text.length);
    }
  });

  it('still folds case and width without a converter', () => {
    expect(createTextFolder()('ＤeepSeek')).toBe('deepseek');
  });
});
