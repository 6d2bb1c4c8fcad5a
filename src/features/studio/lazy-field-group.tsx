import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

// A draft of 500 quotes has some 3,000 fields and 25,000 <option>s: creating them all made
// opening it take seconds. A group far from the viewport renders its title only, and its
// fields once it nears the viewport, gets focus, or something asks for one of its fields.

/** Reveal callbacks of the groups not yet rendered, by key (`stances[3]`, `quote:q12`). */
const pending = new Map<string, () => void>();

/**
 * Renders now the group holding any of `keys`, so that its fields exist in the DOM when this
 * returns. For links to a field (a problem, a quote's highlight); call it from an event.
 */
export function revealGroups(keys: readonly string[]) {
  const reveals = keys.flatMap((key) => pending.get(key) ?? []);
  if (reveals.length > 0) flushSync(() => reveals.forEach((reveal) => reveal()));
}

// Renders groups a screen or so before they are scrolled to, so scrolling shows them filled.
const MARGIN = '150% 0px';

/**
 * A titled group of fields that renders its fields only when needed, unless `eager`. Until
 * then it holds its title, an estimate of its height (`estimateRem`), and a button: reaching
 * it by Tab shows the fields and moves focus to the first of them.
 */
export function LazyFieldGroup({
  title,
  keys,
  eager,
  estimateRem,
  showLabel,
  children,
}: {
  title: string;
  keys: readonly string[];
  eager: boolean;
  estimateRem: number;
  showLabel: string;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(eager || typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLFieldSetElement>(null);
  const focusFirst = useRef(false);
  const keyList = keys.join('\n');

  useEffect(() => {
    if (shown) return;
    const reveal = () => setShown(true);
    const registered = keyList.split('\n');
    for (const key of registered) pending.set(key, reveal);
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && reveal(),
      { rootMargin: MARGIN },
    );
    if (ref.current) observer.observe(ref.current);
    return () => {
      observer.disconnect();
      for (const key of registered) if (pending.get(key) === reveal) pending.delete(key);
    };
  }, [shown, keyList]);

  useLayoutEffect(() => {
    if (!shown || !focusFirst.current) return;
    focusFirst.current = false;
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [shown]);

  return (
    <fieldset
      ref={ref}
      className="studio-group"
      style={shown ? undefined : { minHeight: `${estimateRem}rem` }}
    >
      <legend>{title}</legend>
      {shown ? (
        children
      ) : (
        <button
          type="button"
          className="quiet-button"
          onFocus={() => {
            focusFirst.current = true;
            setShown(true);
          }}
        >
          {showLabel}
        </button>
      )}
    </fieldset>
  );
}
