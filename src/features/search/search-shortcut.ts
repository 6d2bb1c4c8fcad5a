interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/**
 * Whether a key press should focus search: `/` with no modifier, unless the reader is
 * typing somewhere (a field, an editable element), where `/` is just a character.
 */
export function isSearchShortcut({ key, ctrlKey, metaKey, altKey, target }: KeyLike): boolean {
  if (key !== '/' || ctrlKey || metaKey || altKey) return false;
  if (!(target instanceof HTMLElement)) return true;
  return !(
    target.isContentEditable ||
    target.closest('[contenteditable]:not([contenteditable="false"])') !== null ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
