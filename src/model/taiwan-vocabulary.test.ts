import { describe, expect, it } from 'vitest';
import { TAIWAN_VOCABULARY, findTaiwanWords, withMainlandVocabulary } from './taiwan-vocabulary';

const found = (text: string) => findTaiwanWords(text).map((hit) => hit.word.taiwan);

describe('the Taiwan vocabulary', () => {
  it('names the words readers reported, each with its mainland form', () => {
    const pairs = Object.fromEntries(TAIWAN_VOCABULARY.map((w) => [w.taiwan, w.mainland]));
    expect(pairs).toMatchObject({
      晶片: '芯片',
      人工智慧: '人工智能',
      开启: '打开',
      档: '文件',
      贴上: '粘贴',
      身分: '身份',
    });
    // One entry per word, and never a word that is its own mainland form.
    expect(new Set(Object.keys(pairs)).size).toBe(TAIWAN_VOCABULARY.length);
    for (const word of TAIWAN_VOCABULARY) expect(word.mainland).not.toBe(word.taiwan);
  });

  it('finds the words of the Simplified studio as it was: 开启一个 .txt 档, 贴上原文', () => {
    expect(found('或开启一个 .txt 档')).toEqual(['开启', '档']);
    expect(found('请贴上原文，填写身分')).toEqual(['贴上', '身分']);
  });

  it('leaves words that are mainland usage in their context alone', () => {
    expect(found('解一个方程式；DeepSeek开启了新的探索；导出文档；大多数位于北京')).toEqual([]);
  });

  it('finds the longer of two overlapping words once', () => {
    expect(found('打开档案')).toEqual(['档案']);
    expect(findTaiwanWords('打开档案')[0]?.index).toBe(2);
  });

  it('writes each found word in its mainland form and leaves the rest as it was', () => {
    expect(withMainlandVocabulary('在晶片上，透过软体最佳化，方程式不变')).toBe(
      '在芯片上，通过软件优化，方程式不变',
    );
  });
});
