import { useEffect, useSyncExternalStore } from 'react';

export type Loaded<V> = { state: 'ready'; value: V } | { state: 'failed'; error: unknown };

/**
 * A cache of values derived from a key by a lazily loaded computation (a converted debate,
 * a converted source text), with a hook that asks for one and re-renders when it arrives.
 * Keys are compared by identity; the cache keeps the last few, which is all a reader switches
 * between.
 */
export function createLazyVariants<K, V, C = void>(
  load: (key: K, context: C) => Promise<V>,
  keep = 4,
) {
  const results = new Map<K, Loaded<V>>();
  const pending = new Set<K>();
  const listeners = new Set<() => void>();

  function request(key: K, context: C) {
    if (results.has(key) || pending.has(key)) return;
    pending.add(key);
    load(key, context)
      .then(
        (value): Loaded<V> => ({ state: 'ready', value }),
        (error: unknown): Loaded<V> => ({ state: 'failed', error }),
      )
      .then((result) => {
        pending.delete(key);
        results.set(key, result);
        for (const old of results.keys()) if (results.size > keep) results.delete(old);
        listeners.forEach((listener) => listener());
      });
  }

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  /**
   * The variant for `key` once it has loaded; undefined while it loads or without a key.
   * `context` is what the computation needs besides the key (e.g. a converter); the cache
   * is keyed by `key` alone.
   */
  return function useVariant(key: K | undefined, context: C): Loaded<V> | undefined {
    const result = useSyncExternalStore(
      subscribe,
      () => (key === undefined ? undefined : results.get(key)),
      () => undefined,
    );
    useEffect(() => {
      if (key !== undefined) request(key, context);
    }, [key, context]);
    return result;
  };
}
