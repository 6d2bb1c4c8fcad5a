import { describe, expect, it } from 'vitest';
import { everything, selectedCell, slotKey } from './matrix-slots';

const model = {
  topics: [{ id: 'a' }, { id: 'b' }],
  speakers: [{ id: 'x' }, { id: 'y' }],
} as Parameters<typeof selectedCell>[0];

describe('selectedCell', () => {
  it('puts a stance at its topic’s row and its speaker’s column, past the headers', () => {
    expect(selectedCell(model, { topicId: 'b', speakerId: 'y' })).toEqual({ row: 2, col: 2 });
  });

  it('puts a topic at its row header, and a speaker at its column header', () => {
    expect(selectedCell(model, { topicId: 'a' })).toEqual({ row: 1, col: 0 });
    expect(selectedCell(model, { speakerId: 'x' })).toEqual({ row: 0, col: 1 });
  });

  it('falls back to the row header for an unknown speaker, and to nothing for nothing', () => {
    expect(selectedCell(model, { topicId: 'a', speakerId: 'nobody' })).toEqual({ row: 1, col: 0 });
    expect(selectedCell(model, { speakerId: 'nobody' })).toBeUndefined();
    expect(selectedCell(model, {})).toBeUndefined();
  });
});

describe('slotKey', () => {
  const slots = [{ index: 0 }, { skipped: 3, px: 90 }, { index: 4 }, { skipped: 2, px: 60 }];

  it('keys a rendered item by its index, and a gap by the item after it', () => {
    expect(slots.map((_, i) => slotKey(slots, i))).toEqual(['i0', 'gap-before-4', 'i4', 'gap-end']);
  });

  it('renders a small axis whole', () => {
    expect(everything(3)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
    expect(everything(0)).toEqual([]);
  });
});
