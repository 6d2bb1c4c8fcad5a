import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { simulateNewVisit } from '../../tests/store-resets';
import { rehydratePreferences, usePreferenceEvents, useSpeakerOrder } from './preferences';

const speakers = [{ id: 'cai-hengjin' }, { id: 'yang-shu' }];
const KEY = 'debate-explorer:preferences';

describe('the speaker order a returning reader stored', () => {
  it('keeps the same list when it is the order already shown, so nothing renders again', () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { speakerOrder: [] }, version: 0 }));
    simulateNewVisit();
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useSpeakerOrder(speakers);
    });
    const before = result.current;
    act(() => rehydratePreferences());
    expect(result.current).toBe(before);
    expect(renders).toBe(1);
  });

  it('reorders the columns when the stored order differs, and after a swap', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ state: { speakerOrder: ['yang-shu', 'cai-hengjin'] }, version: 0 }),
    );
    simulateNewVisit();
    const { result } = renderHook(() => ({
      order: useSpeakerOrder(speakers).map((s) => s.id),
      events: usePreferenceEvents(),
    }));
    expect(result.current.order).toEqual(['cai-hengjin', 'yang-shu']);
    act(() => rehydratePreferences());
    expect(result.current.order).toEqual(['yang-shu', 'cai-hengjin']);
    act(() => result.current.events.speakersSwapped(result.current.order));
    expect(result.current.order).toEqual(['cai-hengjin', 'yang-shu']);
  });
});
