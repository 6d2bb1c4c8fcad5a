import { describe, expect, it } from 'vitest';
import { prerenderedElsewhere } from './prerendered-path';

describe('prerenderedElsewhere', () => {
  it('hydrates a page where it was prerendered, with or without a trailing slash', () => {
    expect(prerenderedElsewhere('/', '/topics/agi-timing', '/topics/agi-timing')).toBeNull();
    expect(prerenderedElsewhere('/', '/topics/agi-timing/', '/topics/agi-timing')).toBeNull();
    expect(prerenderedElsewhere('/', '/', '/')).toBeNull();
    expect(prerenderedElsewhere('/debate/', '/debate/', '/')).toBeNull();
    expect(prerenderedElsewhere('/debate/', '/debate/about', '/about')).toBeNull();
  });

  it('names the prerendered path when a host served the page at another address', () => {
    // An index.html fallback: every unknown path gets the overview.
    expect(prerenderedElsewhere('/', '/topics/nope', '/')).toBe('/');
    expect(prerenderedElsewhere('/', '/index.html', '/')).toBe('/');
    expect(prerenderedElsewhere('/', '/topics//agi-timing', '/topics/agi-timing')).toBe(
      '/topics/agi-timing',
    );
    expect(prerenderedElsewhere('/', '/topics/agi-timing/index.html', '/topics/agi-timing')).toBe(
      '/topics/agi-timing',
    );
    // The static host's not-found page.
    expect(prerenderedElsewhere('/', '/speakers/nobody', '/404')).toBe('/404');
    expect(prerenderedElsewhere('/debate/', '/elsewhere', '/404')).toBe('/404');
  });

  it('hydrates a page that names no prerendered path as it is', () => {
    expect(prerenderedElsewhere('/', '/anything', undefined)).toBeNull();
  });
});
