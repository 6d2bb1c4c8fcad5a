import { describe, expect, it } from 'vitest';
import { parseLanguage, parseScript, scriptFromLanguages, uiTag } from './locale';

describe('scriptFromLanguages', () => {
  it.each([
    [['zh-CN'], 'hans'],
    [['zh-SG', 'en'], 'hans'],
    [['zh-TW'], 'hant'],
    [['zh-HK'], 'hant'],
    [['zh-MO'], 'hant'],
    [['zh-Hans-HK'], 'hans'],
    [['zh-Hant-CN'], 'hant'],
    [['en-US', 'zh-CN'], 'hans'],
    [['zh_cn'], 'hans'],
  ])('%j reads %s', (preferred, script) => {
    expect(scriptFromLanguages(preferred)).toBe(script);
  });

  it('says nothing for browsers that ask for no particular Chinese script', () => {
    expect(scriptFromLanguages(['en-US', 'fr'])).toBeUndefined();
    expect(scriptFromLanguages(['zh'])).toBeUndefined();
    expect(scriptFromLanguages([])).toBeUndefined();
  });
});

describe('link parameters', () => {
  it('accepts only the known values', () => {
    expect(parseScript('hans')).toBe('hans');
    expect(parseScript('HANS')).toBeUndefined();
    expect(parseScript('<script>')).toBeUndefined();
    expect(parseScript(null)).toBeUndefined();
    expect(parseLanguage('en')).toBe('en');
    expect(parseLanguage('fr')).toBeUndefined();
  });

  it('tags the interface by language, then script', () => {
    expect(uiTag({ language: 'en', script: 'hans' })).toBe('en');
    expect(uiTag({ language: 'zh', script: 'hans' })).toBe('zh-Hans');
    expect(uiTag({ language: 'zh', script: 'hant' })).toBe('zh-Hant');
  });
});
