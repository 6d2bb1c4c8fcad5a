import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { useOpenedDebate, useOpenedDebateEvents, useOpenStatus } from './opened-debate-store';

/** Where an opened debate is kept, so a reload in the same tab still shows it. */
const SESSION_KEY = 'debate-explorer:opened-debate';

function forgetSavedDebate() {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage may be unavailable (private mode); there is then nothing to forget.
  }
}

/** "Open a debate…": a file picker, drag and drop onto the window, and what came of it. */
export function OpenDebateControl() {
  const inputId = useId();
  const navigate = useNavigate();
  const opened = useOpenedDebate();
  const status = useOpenStatus();
  const { filesChosen, debateOpened, debateRejected, problemsDismissed, bundledDebateRestored } =
    useOpenedDebateEvents();
  const [dragging, setDragging] = useState(false);
  const t = useText();

  async function open(files: File[]) {
    if (files.length === 0) return;
    filesChosen();
    const { readDebateFiles } = await import('./read-debate-files');
    const result = await readDebateFiles(files, t.openProblems);
    if (result.ok) {
      debateOpened({ debate: result.debate, source: result.source, fileName: result.name });
      try {
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(result));
      } catch {
        // Too large for session storage: the debate stays for as long as this page does.
      }
      // The new debate's ids differ from the old one's: start at its overview.
      void navigate(paths.overview());
    } else debateRejected(result.problems);
  }

  // A debate opened earlier in this tab comes back after a reload, checked again.
  useEffect(() => {
    let saved: string | null = null;
    try {
      saved = sessionStorage.getItem(SESSION_KEY);
    } catch {
      return;
    }
    if (!saved) return;
    const text = saved;
    void import('./read-debate-files').then(({ reopenSavedDebate }) => {
      const result = reopenSavedDebate(text);
      if (result.ok)
        debateOpened({ debate: result.debate, source: result.source, fileName: result.name });
      else forgetSavedDebate();
    });
  }, [debateOpened]);

  // Files dropped anywhere on the page open as a debate.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void open([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <div className="open-debate">
      <label htmlFor={inputId} className="quiet-button">
        {t.openDebate}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,.txt,.zip,application/json,text/plain,application/zip"
        aria-describedby={`${inputId}-help`}
        onChange={(e) => {
          void open([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
      <span id={`${inputId}-help`} className="visually-hidden">
        {t.openDebateHelp}
      </span>
      <div role="status" className="open-status">
        {status.state === 'checking' && t.openingDebate}
        {opened && status.state === 'idle' && (
          <span className="banner">
            {t.showingOpened(opened.debate.title, opened.fileName)}{' '}
            <button
              type="button"
              className="quiet-button"
              onClick={() => {
                bundledDebateRestored();
                forgetSavedDebate();
                void navigate(paths.overview());
              }}
            >
              {t.backToBundled}
            </button>
          </span>
        )}
      </div>
      {status.state === 'rejected' && (
        <section className="open-problems" role="alert" aria-labelledby={`${inputId}-problems`}>
          <h2 id={`${inputId}-problems`}>{t.openFailed(status.problems.length)}</h2>
          <ul>
            {status.problems.slice(0, 200).map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="quiet-button" onClick={problemsDismissed}>
            {t.dismiss}
          </button>
        </section>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </div>
  );
}
