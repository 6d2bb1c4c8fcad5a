import { expect, it } from 'vitest';
import { formatPath, getAt, pathAndParents, setAt } from './draft-path';

it('names a field by the path the checks name its problems by', () => {
  expect(formatPath(['speakers', 0, 'name', 'hant'])).toBe('speakers[0].name.hant');
  expect(pathAndParents('stances[2].quotes[0].quote.prefix')).toEqual([
    'stances[2].quotes[0].quote.prefix',
    'stances[2].quotes[0].quote',
    'stances[2].quotes[0]',
    'stances[2].quotes',
    'stances[2]',
    'stances',
  ]);
});

it('sets a value deep inside, copying only the objects on the way', () => {
  const root = { a: [{ b: 1, c: { d: 2 } }], e: { f: 3 } };
  const next = setAt(root, ['a', 0, 'c', 'd'], 5);
  expect(getAt(next, ['a', 0, 'c', 'd'])).toBe(5);
  expect(next.e).toBe(root.e);
  expect(root.a[0]!.c.d).toBe(2);
});

it('creates an optional object as it is filled in and drops it once emptied', () => {
  const filled = setAt({ id: 'x' } as Record<string, unknown>, ['en', 'name'], 'Li');
  expect(filled).toEqual({ id: 'x', en: { name: 'Li' } });
  expect(setAt(filled, ['en', 'name'], undefined)).toEqual({ id: 'x' });
});
