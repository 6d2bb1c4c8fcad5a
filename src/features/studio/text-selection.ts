// Selecting text in the studio's source pane with the keyboard alone: the caret moves with
// the arrow keys, Home and End; with Shift held the selection grows from where it started.
// Offsets are UTF-16 code units of the source, as the anchors are.

export interface TextSelection {
  anchor: number;
  focus: number;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

export const selectionRange = ({ anchor, focus }: TextSelection) => ({
  start: Math.min(anchor, focus),
  end: Math.max(anchor, focus),
});

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function lineStart(source: string, at: number) {
  return source.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(source: string, at: number) {
  const end = source.indexOf('\n', at);
  return end === -1 ? source.length : end;
}

/** Where a key moves the caret from `at`, or undefined for a key that does not move it. */
function moveCaret(source: string, at: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowLeft': {
      const to = Math.max(0, at - 1);
      return isLowSurrogate(source.charCodeAt(to)) ? Math.max(0, to - 1) : to;
    }
    case 'ArrowRight': {
      const to = Math.min(source.length, at + 1);
      return isLowSurrogate(source.charCodeAt(to)) ? to + 1 : to;
    }
    case 'Home':
      return lineStart(source, at);
    case 'End':
      return lineEnd(source, at);
    case 'ArrowUp': {
      const start = lineStart(source, at);
      if (start === 0) return 0;
      const above = lineStart(source, start - 1);
      return Math.min(above + (at - start), start - 1);
    }
    case 'ArrowDown': {
      const end = lineEnd(source, at);
      if (end === source.length) return source.length;
      const below = end + 1;
      return Math.min(below + (at - lineStart(source, at)), lineEnd(source, below));
    }
    default:
      return undefined;
  }
}

/** The selection after a key press, or undefined when the key is not a selection key. */
export function selectByKey(
  source: string,
  selection: TextSelection,
  { key, shiftKey }: KeyPress,
): TextSelection | undefined {
  const focus = moveCaret(source, selection.focus, key);
  if (focus === undefined) return undefined;
  return { anchor: shiftKey ? selection.anchor : focus, focus };
}

/** The offsets of "line L, characters a to b" (1-based, inclusive), or an error key. */
export function selectByLine(
  source: string,
  line: number,
  from: number,
  to: number,
): { start: number; end: number } | { error: 'noSuchLine' | 'badRange' } {
  const lines = source.split('\n');
  const text = lines[line - 1];
  if (!Number.isInteger(line) || line < 1 || text === undefined) return { error: 'noSuchLine' };
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from || to > text.length)
    return { error: 'badRange' };
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return { start: start + from - 1, end: start + to };
}
