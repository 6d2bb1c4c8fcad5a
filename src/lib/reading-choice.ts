import { parseReading, type Reading } from './reading';
import { safeStorage } from './safe-storage';

// The reading a reader chose with the switch. Only the default address reads it, in its inline
// script before the page is parsed (scripts/negotiate-reading.js, which names the same key):
// an address that names a reading always shows that reading.

const READING_CHOICE_KEY = 'debate-explorer:reading';

const storage = safeStorage(() => localStorage);

/** Keeps `reading` for the reader's next visit to a default address. */
export function rememberReading(reading: Reading): void {
  storage.setItem(READING_CHOICE_KEY, reading);
}

/** The reading the reader chose, if any (and if storage may be read). */
export function rememberedReading(): Reading | undefined {
  return parseReading(storage.getItem(READING_CHOICE_KEY));
}
