import { describe, expect, it } from 'vitest';
import { canonicalPath } from './canonical-path';

describe('canonicalPath', () => {
  it.each([
    ['/search/', '/search'],
    ['/index.html', '/'],
    ['/about/index.html', '/about'],
    ['/topics//x', '/topics/x'],
    ['//topics///agi-timing//', '/topics/agi-timing'],
    ['/', '/'],
    ['/topics/agi-timing', '/topics/agi-timing'],
  ])('names %s by its own address, %s', (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical);
  });

  it('reads a long run of slashes in linear time', () => {
    const started = performance.now();
    expect(canonicalPath(`${'/'.repeat(200_000)}x${'/'.repeat(200_000)}`)).toBe('/x');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
