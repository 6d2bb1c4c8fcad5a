declare module 'dom-anchor-text-position' {
  // W3C TextPositionSelector offsets within `root`'s text content, in UTF-16 code units.
  export function fromRange(root: Node, range: Range): { start: number; end: number };
  export function toRange(root: Node, selector?: { start?: number; end?: number }): Range;
}
