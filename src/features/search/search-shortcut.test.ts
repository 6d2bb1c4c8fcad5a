// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './search-shortcut';

const press = (key: string, target: EventTarget | null, modifiers = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...modifiers,
});

describe('isSearchShortcut', () => {
  it('takes / from the page, a link or a button', () => {
    expect(isSearchShortcut(press('/', document.body))).toBe(true);
    expect(isSearchShortcut(press('/', document.createElement('a')))).toBe(true);
    expect(isSearchShortcut(press('/', null))).toBe(true);
  });

  it('leaves / alone while the reader types, and with modifiers', () => {
    expect(isSearchShortcut(press('/', document.createElement('input')))).toBe(false);
    expect(isSearchShortcut(press('/', document.createElement('textarea')))).toBe(false);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(isSearchShortcut(press('/', editable))).toBe(false);
    editable.remove();
    expect(isSearchShortcut(press('/', document.body, { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('?', document.body))).toBe(false);
  });
});
