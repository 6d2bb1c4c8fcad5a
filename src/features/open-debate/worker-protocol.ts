import type { LangTag } from '@/lib/i18n/locale';
import type { Debate } from '@/model/debate-schema';
import type { ReadResult } from './read-debate-files';
import type { DebatePart } from './debate-parts';

// What the page and the open-debate worker say to each other. A worker runs one request and
// is then ended; cancelling is ending it early, so no request needs an id.

export type WorkerRequest =
  /** Read, check and anchor the files; keep the debate under `keepAs` if it opens. */
  | { type: 'open'; files: File[]; locale: LangTag; keepAs: string }
  /** Read, check and anchor the files, and keep nothing (the studio's drafts keep themselves). */
  | { type: 'read'; files: File[]; locale: LangTag }
  /** Fetch the debate kept under `key` and check it again. */
  | { type: 'reopen'; key: string }
  | { type: 'forget'; key: string }
  | { type: 'simplify-debate'; debate: Debate }
  | { type: 'simplify-source'; source: string };

export type WorkerResponse =
  /** How much of the work is done, from 0 to 1. */
  | { type: 'progress'; done: number }
  /** A piece of a long list of the debate in the answer that follows (debate-parts.ts). */
  | DebatePart
  /** `kept`: whether the debate was stored to come back after a reload. */
  | { type: 'opened'; result: ReadResult; kept: boolean }
  | { type: 'forgotten' }
  | { type: 'simplified-debate'; debate: Debate }
  | { type: 'simplified-source'; source: string }
  | { type: 'failed'; reason: string };

/** Where opened debates are kept between reloads (IndexedDB in the browser). */
export interface DebateStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
}
