import { describe, expect, it } from 'vitest';
import { trimTrailingSlashes } from './trim-trailing-slashes';

describe('trimTrailingSlashes', () => {
  it('removes every slash at the end and keeps the others', () => {
    expect(trimTrailingSlashes('/topics/agi-timing///')).toBe('/topics/agi-timing');
    expect(trimTrailingSlashes('/topics//agi-timing')).toBe('/topics//agi-timing');
    expect(trimTrailingSlashes('///')).toBe('');
  });

  it('keeps a long run of slashes that is not at the end', () => {
    const path = `${'/'.repeat(50_000)}x`;
    expect(trimTrailingSlashes(path)).toBe(path);
  });
});
