import { describe, expect, it } from 'vitest';
import { plainTextProblem } from './plain-text';

// A bound in milliseconds, apart from the other plain-text tests: npm run mutation leaves
// timing tests out, since Stryker's instrumented code is slower than the code it measures.
describe('plain-text rules', () => {
  it('decide a long markup-like string in linear time', () => {
    const text = '<a'.repeat(150_000);
    const started = performance.now();
    expect(plainTextProblem(text)).toBeUndefined();
    expect(plainTextProblem(`${text}>`)).toBe('markup');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
