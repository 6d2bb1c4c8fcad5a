import { describe, expect, it } from 'vitest';
import { placeBasename, placeOf, placePath, readingHref, readingPath } from './reading';

describe('a page’s place', () => {
  it('is the reading its address names, under the base path', () => {
    expect(placeOf('/', '/en/topics/agi-timing')).toEqual({ reading: 'en', explicit: true });
    expect(placeOf('/', '/zh-hans/')).toEqual({ reading: 'zh-hans', explicit: true });
    expect(placeOf('/debate/', '/debate/zh-hant/source')).toEqual({
      reading: 'zh-hant',
      explicit: true,
    });
  });

  it('is the default address, in Traditional, when the address names no reading', () => {
    for (const [base, pathname] of [
      ['/', '/topics/agi-timing'],
      ['/', '/'],
      ['/', '/english/topics'],
      ['/', '/EN/topics'],
      ['/debate/', '/debate/'],
      ['/debate/', '/en/topics'],
    ] as const)
      expect(placeOf(base, pathname), pathname).toEqual({ reading: 'zh-hant', explicit: false });
  });
});

describe('addresses in a reading', () => {
  it('put the reading after the base path and before the app path, query and fragment', () => {
    expect(readingPath('en', '/')).toBe('/en/');
    expect(readingPath('zh-hans', '/topics/a/b?order=disagreement#q1')).toBe(
      '/zh-hans/topics/a/b?order=disagreement#q1',
    );
    expect(readingHref('/debate/', 'en', '/source#q')).toBe('/debate/en/source#q');
    expect(readingHref('/', 'zh-hant', '/')).toBe('/zh-hant/');
  });

  it('leave the default address as it is, and make the router’s basename', () => {
    expect(placePath({ reading: 'zh-hant', explicit: false }, '/about')).toBe('/about');
    expect(placePath({ reading: 'zh-hant', explicit: true }, '/about')).toBe('/zh-hant/about');
    expect(placeBasename('/debate/', { reading: 'en', explicit: true })).toBe('/debate/en/');
    expect(placeBasename('/debate/', { reading: 'zh-hant', explicit: false })).toBe('/debate/');
  });
});
