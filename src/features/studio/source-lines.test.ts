import { expect, it } from 'vitest';
import { lineAndColumn, quoteAt, sourceLines } from './source-lines';

const source = 'ab\ncdef\ng';

it('cuts the source into numbered lines, each cut where a quote begins or ends', () => {
  const spans = [{ id: 'q', start: 4, end: 6 }];
  const lines = sourceLines(source, spans);
  expect(lines.map((l) => l.number)).toEqual([1, 2, 3]);
  expect(lines[1]!.segments).toEqual([
    { text: 'c', start: 3 },
    { text: 'de', start: 4, quoteId: 'q' },
    { text: 'f', start: 6 },
  ]);
  // Nothing is lost or added: the lines joined are the source.
  expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n')).toBe(source);
  expect(quoteAt(spans, 5)).toBe('q');
  expect(quoteAt(spans, 6)).toBeUndefined();
});

it('names an offset by its line and character', () => {
  expect(lineAndColumn(source, 0)).toEqual({ line: 1, column: 1 });
  expect(lineAndColumn(source, 5)).toEqual({ line: 2, column: 3 });
});
