import type { Debate } from '@/model/debate-schema';

// A debate of 20,000 stances takes the page over 100 ms to receive in one message: the
// browser copies the whole object graph out of the worker in one task. Sent in parts, each
// part is a task of its own, and the page answers between them.

/** The lists that grow with a debate, sent in parts. */
const PARTED = ['stances', 'relations', 'points'] as const;
type PartedField = (typeof PARTED)[number];

/** Items per part: some 10 ms of copying each on a slow machine. */
export const PART_SIZE = 1000;

export interface DebatePart {
  type: 'part';
  field: PartedField;
  items: unknown[];
}

/** The debate without its long lists, and those lists in parts to send first. */
export function splitDebate(debate: Debate): { parts: DebatePart[]; rest: Debate } {
  const parts: DebatePart[] = [];
  const rest: Debate = { ...debate };
  for (const field of PARTED) {
    const items: readonly unknown[] = debate[field] ?? [];
    if (items.length <= PART_SIZE) continue;
    for (let at = 0; at < items.length; at += PART_SIZE)
      parts.push({ type: 'part', field, items: items.slice(at, at + PART_SIZE) });
    Object.assign(rest, { [field]: [] });
  }
  return { parts, rest };
}

/** Collects parts as they come, and puts them back into the debate that follows them. */
export function partCollector() {
  const received = new Map<PartedField, unknown[]>();
  return {
    add(part: DebatePart) {
      const list = received.get(part.field) ?? [];
      // A loop, not push(...items): spreading a long list into a call overflows the stack.
      for (const item of part.items) list.push(item);
      received.set(part.field, list);
    },
    join(rest: Debate): Debate {
      if (received.size === 0) return rest;
      const debate = { ...rest };
      for (const [field, items] of received) Object.assign(debate, { [field]: items });
      received.clear();
      return debate;
    },
  };
}
