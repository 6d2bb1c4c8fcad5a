// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftState } from '@/features/studio/draft-history';
import type { SaveOutcome, StoredDraft } from '@/features/studio/draft-storage';
import { loadFixtureDebate } from './load-fixture';

// The storage itself is IndexedDB, which the browser tests use for real; here each save is
// held open, to see what the editor is told while it runs and after.
const saves: { draft: StoredDraft; revision: number; finish: (o: SaveOutcome) => void }[] = [];
let heard: ((revision: number) => void) | undefined;
vi.mock('@/features/studio/draft-storage', () => ({
  saveDraft: (draft: StoredDraft, revision: number) =>
    new Promise<SaveOutcome>((finish) => saves.push({ draft, revision, finish })),
  onSavedElsewhere: (_id: string, listener: (revision: number) => void) => {
    heard = listener;
    return () => {};
  },
}));
const { useSavedDraft } = await import('@/features/studio/use-saved-draft');

const debate = loadFixtureDebate('three-voices');
const opened: DraftState = { debate, source: 'text' };
const retitled = (title: string): DraftState => ({ ...opened, debate: { ...debate, title } });

function open(revision = 4) {
  return renderHook(({ state }) => useSavedDraft('d', state, revision), {
    initialProps: { state: opened },
  });
}

beforeEach(() => {
  saves.length = 0;
  heard = undefined;
});

describe('the studio’s autosave', () => {
  it('does not save a draft only opened', () => {
    const { result } = open();
    expect(saves).toHaveLength(0);
    expect(result.current).toEqual({ status: 'saved', unsaved: false });
  });

  it('says “saving” until the save is done, and only then “saved”', async () => {
    const { result, rerender } = open();
    rerender({ state: retitled('A') });
    expect(result.current).toEqual({ status: 'saving', unsaved: true });
    expect(saves[0]?.revision).toBe(4);
    await act(async () => saves[0]?.finish({ saved: true, revision: 5 }));
    expect(result.current).toEqual({ status: 'saved', unsaved: false });
  });

  it('saves one version at a time, the newest next, from the revision it reached', async () => {
    const { result, rerender } = open();
    rerender({ state: retitled('A') });
    rerender({ state: retitled('AB') });
    rerender({ state: retitled('ABC') });
    expect(saves).toHaveLength(1);
    await act(async () => saves[0]?.finish({ saved: true, revision: 5 }));
    expect(saves).toHaveLength(2);
    expect(saves[1]?.draft.debate.title).toBe('ABC');
    expect(saves[1]?.revision).toBe(5);
    expect(result.current.status).toBe('saving');
  });

  it('stops, and says so, when another tab saved first; later edits are kept as unsaved', async () => {
    const { result, rerender } = open();
    rerender({ state: retitled('A') });
    await act(async () => saves[0]?.finish({ saved: false, revision: 7 }));
    expect(result.current).toEqual({ status: 'conflict', unsaved: true });
    rerender({ state: retitled('AB') });
    expect(saves).toHaveLength(1);
  });

  it('hears another tab’s newer save, but not its own', async () => {
    const { result } = open();
    act(() => heard?.(4));
    expect(result.current.status).toBe('saved');
    act(() => heard?.(5));
    await waitFor(() => expect(result.current).toEqual({ status: 'conflict', unsaved: false }));
  });

  it('says at once that a draft the browser refused to store is not saved', () => {
    expect(open(0).result.current.status).toBe('failed');
  });
});
