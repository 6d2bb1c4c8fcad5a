import { useRef, useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { useLocale } from '@/lib/i18n/use-locale';
import { blankDebate } from '@/model/blank-debate';
import { FILE_LIMIT, SOURCE_LIMIT } from '@/model/debate-limits';
import type { Debate } from '@/model/debate-schema';
import { guessLanguage } from '@/model/guess-language';
import type { DraftState } from './draft-history';
import { useStudioText } from './use-studio-text';

export type ReadFolder = (
  files: readonly File[],
  options: { onProgress: (done: number) => void; signal: AbortSignal },
) => Promise<{ ok: true; debate: Debate; source: string } | { ok: false; problems: string[] }>;

/** The ways to begin: a pasted or opened text, a debate folder or .zip, or the bundled debate. */
export function StartDraft({
  onStart,
  readFolder,
  loadBundled,
}: {
  onStart: (state: DraftState) => void;
  readFolder: ReadFolder;
  loadBundled: () => Promise<DraftState>;
}) {
  const s = useStudioText();
  const count = new Intl.NumberFormat(useLocale().tag);
  // The page is prerendered: until React has hydrated it, a click or a typed text would be lost.
  const inert = !useHydrated();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  // A folder being read: how far, and how to stop it.
  const [reading, setReading] = useState<number | null>(null);
  const cancelReading = useRef<AbortController | null>(null);
  const fromText = (raw: string) => {
    if (!raw.trim()) return setProblems([s.emptyText]);
    // The same cap as a source opened in the explorer: past it, every pane would crawl.
    if (raw.length > SOURCE_LIMIT)
      return setProblems([s.sourceTooLong(count.format(raw.length), count.format(SOURCE_LIMIT))]);
    const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    onStart({ debate: blankDebate('new-debate', guessLanguage(source)), source });
  };
  const openTxt = (file: File) => {
    // Refused before reading: a huge file would take seconds and memory only to be refused.
    if (file.size > FILE_LIMIT) return setProblems([s.fileTooLarge(`${FILE_LIMIT >> 20} MB`)]);
    void file.text().then(fromText);
  };
  const openFolder = (files: File[]) => {
    const controller = new AbortController();
    cancelReading.current = controller;
    setProblems([]);
    setReading(0);
    void readFolder(files, { onProgress: setReading, signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setReading(null);
      if (result.ok) onStart({ debate: result.debate, source: result.source });
      else setProblems(result.problems);
    });
  };
  return (
    <section aria-labelledby="studio-start-heading" className="studio-start">
      <h2 id="studio-start-heading">{s.startHeading}</h2>
      <div className="studio-field">
        <label htmlFor="studio-paste">{s.pasteLabel}</label>
        <textarea
          id="studio-paste"
          rows={6}
          readOnly={inert}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" disabled={inert} onClick={() => fromText(text)}>
        {s.startFromText}
      </button>
      <div className="studio-field">
        <label htmlFor="studio-open-txt">{s.openTxt}</label>
        <input
          id="studio-open-txt"
          type="file"
          disabled={inert}
          accept=".txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) openTxt(file);
          }}
        />
      </div>
      <div className="studio-field">
        <label htmlFor="studio-open-folder">{s.openFolder}</label>
        <input
          id="studio-open-folder"
          type="file"
          disabled={inert || reading !== null}
          multiple
          accept=".json,.txt,.zip,application/json,text/plain,application/zip"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) openFolder(files);
          }}
        />
      </div>
      {reading !== null && (
        <p className="studio-reading">
          <progress max={1} value={reading} aria-label={s.reading(Math.round(reading * 100))} />{' '}
          <span role="status">{s.reading(Math.round(reading * 100))}</span>{' '}
          <button
            type="button"
            onClick={() => {
              cancelReading.current?.abort();
              setReading(null);
            }}
          >
            {s.cancel}
          </button>
        </p>
      )}
      <button type="button" disabled={inert} onClick={() => void loadBundled().then(onStart)}>
        {s.reviseBundled}
      </button>
      {problems.length > 0 && (
        <ul className="studio-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
