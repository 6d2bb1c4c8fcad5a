import { KEY_LIMIT, type ShapeProblem } from './debate-limits.ts';

// A file's first check, on its text before JSON.parse. An object of 1.4 million unknown
// members (17 MB, inside the file cap) took 2.2 s to parse and 3.6 s to walk: this scan reads
// each character once (about 0.1 s) and refuses it first. It assumes nothing about the text's
// validity: on text that is not JSON it may find nothing, and JSON.parse then says what is
// wrong.

interface Frame {
  isObject: boolean;
  /** An object's own id, speakerId and topicId, as the describer names an entry by them. */
  names: Record<string, string>;
  /** Commas at this level so far: an array's index of the current item. */
  commas: number;
  /** Where the current member's key is in the text (an object's), quotes included. */
  keyStart: number;
  keyEnd: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Where the string starting at `start` (its opening quote) ends: its closing quote. */
function stringEnd(text: string, start: number): number {
  for (let at = text.indexOf('"', start + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}

/** A key's text, unescaped where its escapes are sound. */
function keyAt(text: string, start: number, end: number): string {
  const quoted = text.slice(start, end + 1);
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The path of the innermost frame, as checkShape writes paths (`stances[3].quotes`). */
function pathOf(text: string, frames: readonly Frame[]): string {
  let path = '';
  // Each frame but the innermost holds the key or index of the frame inside it.
  for (const parent of frames.slice(0, -1)) {
    if (!parent.isObject) path += `[${parent.commas}]`;
    else {
      const key = keyAt(text, parent.keyStart, parent.keyEnd);
      path += path ? `.${key}` : key;
    }
  }
  return path || '(root)';
}

/**
 * The wide object's place as a sketch of the debate: the lists and keys that lead to it, and
 * in it only its names, so that a problem's place can be said (「cai-hengjin」 on 「open-vs-
 * closed」, not "stance 1") without the parse that is being avoided.
 */
function sketchOf(text: string, frames: readonly Frame[]): unknown {
  let node: unknown = frames.at(-1)?.names;
  for (const parent of frames.slice(0, -1).reverse()) {
    if (parent.isObject) node = { [keyAt(text, parent.keyStart, parent.keyEnd)]: node };
    else {
      const list: unknown[] = [];
      list[parent.commas] = node;
      node = list;
    }
  }
  return node;
}

const NAMING_KEYS = new Set(['"id"', '"speakerId"', '"topicId"']);

export interface WideObject {
  shape: Extract<ShapeProblem, { kind: 'too-many-keys' }>;
  /** Enough of the debate to name the object's place (see sketchOf). */
  sketch: unknown;
}

/** The first object in `text` with more than KEY_LIMIT members, with how many it has. */
export function findWideObject(text: string): WideObject | undefined {
  const frames: Frame[] = [];
  let keyStart = -1;
  let keyEnd = -1;
  /** Whether the next string is a member's value (a colon came last). */
  let afterColon = false;
  /** The frame found too wide: its count is known once it closes. */
  let wide: { depth: number; path: string; sketch: unknown } | undefined;
  const report = (commas: number): WideObject | undefined =>
    wide && {
      shape: { kind: 'too-many-keys', path: wide.path, count: commas + 1, limit: KEY_LIMIT },
      sketch: wide.sketch,
    };
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const start = at;
      at = stringEnd(text, at);
      const top = frames.at(-1);
      if (afterColon && top?.isObject) {
        const key = text.slice(top.keyStart, top.keyEnd + 1);
        if (NAMING_KEYS.has(key)) top.names[key.slice(1, -1)] = keyAt(text, start, at);
      }
      [keyStart, keyEnd, afterColon] = [start, at, false];
      continue;
    }
    if (code === 0x3a) {
      const top = frames.at(-1);
      if (top?.isObject) [top.keyStart, top.keyEnd] = [keyStart, keyEnd];
      afterColon = true;
      continue;
    }
    if (code === 0x7b || code === 0x5b) {
      frames.push({ isObject: code === 0x7b, names: {}, commas: 0, keyStart: -1, keyEnd: -1 });
    } else if (code === 0x7d || code === 0x5d) {
      const closed = frames.pop();
      if (closed && wide?.depth === frames.length) return report(closed.commas);
    } else if (code === 0x2c) {
      const top = frames.at(-1);
      if (!top) continue;
      top.commas++;
      if (!wide && top.isObject && top.commas + 1 > KEY_LIMIT)
        wide = {
          depth: frames.length - 1,
          path: pathOf(text, frames),
          sketch: sketchOf(text, frames),
        };
    } else continue;
    afterColon = false;
  }
  // Text that ends inside the wide object: what was counted is enough to refuse it.
  return wide && report(frames[wide.depth]?.commas ?? KEY_LIMIT);
}
