import { useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import type { Debate } from '@/model/debate-schema';
import type { DraftState } from './draft-history';
import { blankDebate } from '@/model/blank-debate';
import { useStudioText } from './use-studio-text';

export type ReadFolder = (
  files: readonly File[],
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
  // The page is prerendered: until React has hydrated it, a click or a typed text would be lost.
  const inert = !useHydrated();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const fromText = (source: string) => {
    if (!source.trim()) return setProblems([s.emptyText]);
    onStart({
      debate: blankDebate(),
      source: source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
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
            if (file) void file.text().then(fromText);
          }}
        />
      </div>
      <div className="studio-field">
        <label htmlFor="studio-open-folder">{s.openFolder}</label>
        <input
          id="studio-open-folder"
          type="file"
          disabled={inert}
          multiple
          accept=".json,.txt,.zip,application/json,text/plain,application/zip"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length === 0) return;
            void readFolder(files).then((result) => {
              if (result.ok) onStart({ debate: result.debate, source: result.source });
              else setProblems(result.problems);
            });
          }}
        />
      </div>
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
