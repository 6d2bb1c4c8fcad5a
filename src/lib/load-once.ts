/**
 * `load` run at most once at a time and its result kept: `get()` starts it (or returns the
 * promise under way), `loaded()` is the result once it has arrived. A failure (a dropped
 * connection) is forgotten, so the next `get()` tries again.
 */
export function loadOnce<T>(load: () => Promise<T>) {
  let result: { value: T } | undefined;
  let pending: Promise<T> | undefined;
  const get = () =>
    (pending ??= load().then(
      (value) => {
        result = { value };
        return value;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return { get, loaded: () => result?.value };
}
