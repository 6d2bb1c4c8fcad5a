import { describe, expect, it } from 'vitest';
import { loadFixtureDebate } from './load-fixture';
import {
  historyReducer,
  MAX_UNDO,
  startHistory,
  type DraftState,
} from '@/features/studio/draft-history';

const debate = loadFixtureDebate('three-voices');
const start: DraftState = { debate, source: 'text' };
const retitle = (title: string) => (s: DraftState) => ({ ...s, debate: { ...s.debate, title } });

describe('the draft history', () => {
  it('undoes and redoes each edit, and a new edit drops what was undone', () => {
    let h = startHistory(start);
    h = historyReducer(h, { type: 'edit', edit: retitle('A') });
    h = historyReducer(h, { type: 'edit', edit: retitle('B') });
    h = historyReducer(h, { type: 'undo' });
    expect(h.present.debate.title).toBe('A');
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(start);
    expect(historyReducer(h, { type: 'undo' })).toBe(h);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present.debate.title).toBe('A');
    h = historyReducer(h, { type: 'edit', edit: retitle('C') });
    expect(h.future).toEqual([]);
    expect(historyReducer(h, { type: 'redo' })).toBe(h);
  });

  it('joins keystrokes in one field into one step, but not those in another field', () => {
    let h = startHistory(start);
    for (const title of ['a', 'ab', 'abc'])
      h = historyReducer(h, { type: 'edit', edit: retitle(title), typing: 'title' });
    h = historyReducer(h, {
      type: 'edit',
      edit: (s) => ({ ...s, debate: { ...s.debate, author: 'x' } }),
      typing: 'author',
    });
    h = historyReducer(h, { type: 'undo' });
    expect(h.present.debate.title).toBe('abc');
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(start);
  });

  it('typing again after an undo starts a new step', () => {
    let h = startHistory(start);
    h = historyReducer(h, { type: 'edit', edit: retitle('a'), typing: 'title' });
    h = historyReducer(h, { type: 'undo' });
    h = historyReducer(h, { type: 'edit', edit: retitle('b'), typing: 'title' });
    h = historyReducer(h, { type: 'edit', edit: retitle('bc'), typing: 'title' });
    expect(h.past).toEqual([start]);
  });

  it('an edit that changes nothing is not a step', () => {
    const h = startHistory(start);
    expect(historyReducer(h, { type: 'edit', edit: (s) => s })).toBe(h);
  });

  it('keeps the newest MAX_UNDO steps and forgets older ones', () => {
    let h = startHistory(start);
    for (let i = 1; i <= MAX_UNDO + 2; i++)
      h = historyReducer(h, { type: 'edit', edit: retitle(`${i}`) });
    expect(h.past).toHaveLength(MAX_UNDO);
    for (let i = 0; i < MAX_UNDO; i++) h = historyReducer(h, { type: 'undo' });
    // The oldest step kept: the third edit undone leaves the second's title.
    expect(h.present.debate.title).toBe('2');
    expect(historyReducer(h, { type: 'undo' })).toBe(h);
  });

  it('redoing an undone step puts it back in the past', () => {
    let h = startHistory(start);
    h = historyReducer(h, { type: 'edit', edit: retitle('A') });
    h = historyReducer(h, { type: 'undo' });
    h = historyReducer(h, { type: 'redo' });
    expect(h.past).toEqual([start]);
    expect(h.future).toEqual([]);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(start);
  });

  it('a reset starts a fresh history at the given state', () => {
    let h = startHistory(start);
    h = historyReducer(h, { type: 'edit', edit: retitle('A'), typing: 'title' });
    const other = { debate, source: 'other text' };
    h = historyReducer(h, { type: 'reset', state: other });
    expect(h).toEqual({ past: [], present: other, future: [] });
  });
});
