import { describe, expect, it } from 'vitest';
import { safeStorage } from './safe-storage';

const blocked = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('safeStorage', () => {
  it('reads and writes the storage it is given', () => {
    const storage = safeStorage(() => localStorage);
    storage.setItem('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('reads nothing and keeps nothing when the storage cannot be reached', () => {
    const storage = safeStorage(blocked);
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.removeItem('k')).not.toThrow();
  });

  it('keeps nothing when writing fails (a full or read-only storage)', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(() => safeStorage(() => full).setItem('k', 'v')).not.toThrow();
  });
});
