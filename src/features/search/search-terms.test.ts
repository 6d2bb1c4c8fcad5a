import { describe, expect, it } from 'vitest';
import { findTerm, holdsEvery, queryTerms } from './search-terms';

describe('queryTerms', () => {
  it('splits words at spaces and keeps a quoted phrase whole', () => {
    expect(queryTerms('open source')).toEqual(['open', 'source']);
    expect(queryTerms('"open  source" model')).toEqual(['open source', 'model']);
    expect(queryTerms('“开源 模型” 「芯片」')).toEqual(['开源 模型', '芯片']);
  });

  it('takes a phrase still being typed, its closing mark not yet there', () => {
    expect(queryTerms('ai "open sou')).toEqual(['open sou', 'ai']);
  });
});

describe('findTerm', () => {
  it('finds English only as whole words', () => {
    expect(findTerm('the resources it needs', 'source')).toBe(-1);
    expect(findTerm('the resources of open source', 'source')).toBe(22);
    expect(findTerm('agi and ai', 'ai')).toBe(8);
  });

  it('finds a phrase as a phrase, not its words apart', () => {
    expect(holdsEvery('open-weight models are open source', ['open source'])).toBe(true);
    expect(holdsEvery('source code is open', ['open source'])).toBe(false);
    expect(holdsEvery('open resources', ['open source'])).toBe(false);
  });

  it('finds Chinese anywhere, and English beside Chinese', () => {
    expect(findTerm('蔡恒进认为开源是永恒话题', '开源')).toBe(5);
    expect(findTerm('deepseek的成果', 'deepseek')).toBe(0);
    expect(findTerm('用ai写代码', 'ai')).toBe(1);
  });
});
