import { describe, expect, it } from 'vitest';
import { closestMatch } from './edit-distance';

describe('closestMatch', () => {
  const pages = ['/topics/agi-timing', '/topics/open-vs-closed', '/speakers/yang-shu'];

  it('suggests the page a typo was meant to reach', () => {
    expect(closestMatch('/topics/agi-timeing', pages)).toBe('/topics/agi-timing');
    expect(closestMatch('/speakers/Yang-Shu', pages)).toBe('/speakers/yang-shu');
  });

  it('suggests nothing when no page is close', () => {
    expect(closestMatch('/completely/elsewhere/entirely', pages)).toBeUndefined();
    expect(closestMatch(`/topics/agi-timing${'x'.repeat(50_000)}`, pages)).toBeUndefined();
  });
});
