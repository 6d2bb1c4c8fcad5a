import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape, KEY_LIMIT } from './debate-limits';
import { findWideObject as find } from './json-text-scan';

const findWideObject = (text: string) => find(text)?.shape;

const members = (count: number, prefix = 'k') =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, i]));

describe('findWideObject, on a file before it is parsed', () => {
  it('finds nothing in the bundled debate', () => {
    const text = readFileSync('data/debates/future-talk-deepseek/debate.json', 'utf8');
    expect(findWideObject(text)).toBeUndefined();
  });

  it('allows KEY_LIMIT members and refuses one more, counting them all', () => {
    expect(findWideObject(JSON.stringify(members(KEY_LIMIT)))).toBeUndefined();
    expect(findWideObject(JSON.stringify(members(KEY_LIMIT + 1)))).toEqual({
      kind: 'too-many-keys',
      path: '(root)',
      count: KEY_LIMIT + 1,
      limit: KEY_LIMIT,
    });
    expect(findWideObject(JSON.stringify(members(5000)))?.count).toBe(5000);
  });

  it('names where the wide object is, as checkShape does', () => {
    const value = { title: 'x', stances: [{ id: 'a' }, { quotes: [{}, members(300)] }] };
    const text = JSON.stringify(value, null, 2);
    expect(findWideObject(text)).toEqual(checkShape(value));
    expect(findWideObject(text)?.path).toBe('stances[1].quotes[1]');
  });

  it('reads keys with escapes, and long arrays are not objects', () => {
    const value = {
      'st\u0061n"ces': [members(201)],
      list: Array.from({ length: 500 }, (_, i) => i),
    };
    expect(findWideObject(JSON.stringify(value))?.path).toBe('stan"ces[0]');
    expect(findWideObject(JSON.stringify({ list: value.list }))).toBeUndefined();
  });

  it('is not misled by commas, braces and quotes inside strings', () => {
    const tricky = 'a,b,{c},[d],"e\\\\",\\"f';
    const wideInStrings = { [tricky]: tricky.repeat(300), text: ','.repeat(500) };
    expect(findWideObject(JSON.stringify(wideInStrings))).toBeUndefined();
    expect(findWideObject(JSON.stringify({ a: '\\', ...members(201) }))?.count).toBe(202);
  });

  it('reads text that is not JSON without throwing, leaving it to JSON.parse', () => {
    for (const text of ['1,2', '"a":1', ']]]}', '{"a":1}}},', ':', ',', '"open', '{"a"'])
      expect(findWideObject(text)).toBeUndefined();
    // A key whose escape is unsound is named as written.
    const text = `{"a\\x":[${JSON.stringify(members(201))}]}`;
    expect(findWideObject(text)?.path).toBe('a\\x[0]');
  });

  it('sketches the debate around it with its names, for its place to be said', () => {
    const stance = { id: 's"1', speakerId: 'cai', note: 'topicId', topicId: 'ai', ...members(300) };
    const text = JSON.stringify({ title: 'x', stances: [{}, {}, stance] });
    expect(find(text)?.sketch).toEqual({
      stances: [undefined, undefined, { id: 's"1', speakerId: 'cai', topicId: 'ai' }],
    });
    expect(find(JSON.stringify(members(201)))?.sketch).toEqual({});
  });

  it('still refuses a wide object whose text is cut off', () => {
    const text = JSON.stringify({ stances: [members(400)] }).slice(0, -10);
    expect(findWideObject(text)).toMatchObject({ path: 'stances[0]', limit: KEY_LIMIT });
  });

  it('agrees with checkShape on any JSON value with at most one wide object', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), fc.nat(), (json, indent, where) => {
        // Put one wide object somewhere: inside the first array or object found, or at the top.
        const wide = members(KEY_LIMIT + 1 + (where % 3));
        const withWide =
          json !== null && typeof json === 'object'
            ? Array.isArray(json)
              ? [...json, wide]
              : { ...json, '"wide,{': wide }
            : wide;
        for (const candidate of [json, withWide]) {
          const text = JSON.stringify(candidate, null, indent ? 2 : 0);
          const shape = checkShape(candidate);
          expect(findWideObject(text)).toEqual(shape?.kind === 'too-many-keys' ? shape : undefined);
        }
      }),
      { numRuns: 200 },
    );
  });
});
