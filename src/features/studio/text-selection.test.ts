import { describe, expect, it } from 'vitest';
import { selectByKey, selectByLine, selectionRange } from './text-selection';

const source = '第一行文字\n第二行\n😀在第三行';
const press = (key: string, shiftKey = false) => ({ key, shiftKey });

describe('selecting with the keyboard', () => {
  it('moves the caret with the arrows and grows the selection with Shift', () => {
    let sel = { anchor: 1, focus: 1 };
    sel = selectByKey(source, sel, press('ArrowRight', true))!;
    sel = selectByKey(source, sel, press('ArrowRight', true))!;
    expect(selectionRange(sel)).toEqual({ start: 1, end: 3 });
    sel = selectByKey(source, sel, press('ArrowLeft'))!;
    expect(sel).toEqual({ anchor: 2, focus: 2 });
  });

  it('moves by line, keeping the column where the next line is long enough', () => {
    const down = selectByKey(source, { anchor: 4, focus: 4 }, press('ArrowDown', true))!;
    expect(down).toEqual({ anchor: 4, focus: 9 });
    const up = selectByKey(source, { anchor: 7, focus: 7 }, press('ArrowUp'))!;
    expect(up.focus).toBe(1);
    expect(selectByKey(source, { anchor: 0, focus: 0 }, press('End', true))).toEqual({
      anchor: 0,
      focus: 5,
    });
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const lineThree = source.indexOf('😀');
    const right = selectByKey(
      source,
      { anchor: lineThree, focus: lineThree },
      press('ArrowRight'),
    )!;
    expect(right.focus).toBe(lineThree + 2);
    expect(selectByKey(source, right, press('ArrowLeft'))!.focus).toBe(lineThree);
  });

  it('ignores keys that do not select', () => {
    expect(selectByKey(source, { anchor: 0, focus: 0 }, press('a'))).toBeUndefined();
  });
});

describe('selecting by line and character', () => {
  it('turns line 2, characters 2 to 3 into offsets', () => {
    const range = selectByLine(source, 2, 2, 3);
    expect(range).toEqual({ start: 7, end: 9 });
    expect(source.slice(7, 9)).toBe('二行');
  });

  it('refuses a line that is not there and a range outside the line', () => {
    expect(selectByLine(source, 9, 1, 1)).toEqual({ error: 'noSuchLine' });
    expect(selectByLine(source, 2, 3, 9)).toEqual({ error: 'badRange' });
    expect(selectByLine(source, 2, 3, 2)).toEqual({ error: 'badRange' });
  });
});
