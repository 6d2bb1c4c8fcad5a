import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads once, however often it is asked, and keeps the result', async () => {
    const load = vi.fn(() => Promise.resolve('chunk'));
    const once = loadOnce(load);
    expect(once.loaded()).toBeUndefined();
    await Promise.all([once.get(), once.get()]);
    expect(await once.get()).toBe('chunk');
    expect(once.loaded()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('dropped connection'))
      .mockResolvedValueOnce('chunk');
    const once = loadOnce(load);
    await expect(once.get()).rejects.toThrow('dropped connection');
    expect(once.loaded()).toBeUndefined();
    expect(await once.get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
