import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';
import { useLocale } from '@/lib/i18n/use-locale';
import type { WorkerTask } from './debate-worker-client';
import {
  dropStaleKeptValue,
  forgetKeptDebate,
  holdKeptDebate,
  keptKey,
  newKeptKey,
  showKeptDebate,
} from './kept-debate-key';
import { useOpenedDebate, useOpenedDebateEvents, useOpenStatus } from './opened-debate-store';

/** Checks that take longer than this show their progress and a way to cancel. */
const SHOW_PROGRESS_AFTER_MS = 500;

/** "Open a debate…": a file picker, drag and drop onto the window, and what came of it. */
export function OpenDebateControl() {
  const inputId = useId();
  const navigate = useNavigate();
  const opened = useOpenedDebate();
  const status = useOpenStatus();
  const {
    filesChosen,
    checkProgressed,
    checkTookLong,
    openCancelled,
    debateOpened,
    debateRejected,
    problemsDismissed,
    bundledDebateRestored,
  } = useOpenedDebateEvents();
  const [dragging, setDragging] = useState(false);
  const task = useRef<WorkerTask | null>(null);
  const t = useText();
  const { tag } = useLocale();

  // Reading and checking run in a worker: the page keeps answering, and can cancel.
  async function open(files: File[]) {
    if (files.length === 0) return;
    task.current?.cancel();
    filesChosen();
    const slow = setTimeout(checkTookLong, SHOW_PROGRESS_AFTER_MS);
    const { runInWorker } = await import('./debate-worker-client');
    // A fresh key each time: another tab may show the debate kept under this tab's old one.
    const keepAs = newKeptKey();
    const current = runInWorker({ type: 'open', files, locale: tag, keepAs }, checkProgressed);
    task.current = current;
    const answer = await current.answer;
    clearTimeout(slow);
    // Receiving a large debate is a long task of its own (the browser copies it out of the
    // worker's message): render it in the next task, not this one.
    await new Promise((resolve) => setTimeout(resolve));
    if (task.current !== current) return;
    task.current = null;
    if (answer.type === 'opened' && answer.result.ok) {
      const { debate, source, name } = answer.result;
      debateOpened({ debate, source, fileName: name, kept: answer.kept });
      showKeptDebate(keepAs, answer.kept);
      // The new debate's ids differ from the old one's: start at its overview.
      void navigate(paths.overview());
    } else if (answer.type === 'opened' && !answer.result.ok)
      debateRejected(answer.result.problems, answer.result.stopped);
    else if (answer.type === 'cancelled') openCancelled();
    else
      debateRejected([
        t.openProblems.unreadable(answer.type === 'failed' ? answer.reason : answer.type),
      ]);
  }

  // A debate opened earlier in this tab comes back after a reload, checked again.
  useEffect(() => {
    const key = keptKey();
    if (!key) {
      dropStaleKeptValue();
      return;
    }
    holdKeptDebate(key);
    let current: WorkerTask | undefined;
    void import('./debate-worker-client').then(({ runInWorker }) => {
      current = runInWorker({ type: 'reopen', key });
      void current.answer.then((answer) => {
        if (answer.type === 'opened' && answer.result.ok) {
          const { debate, source, name } = answer.result;
          debateOpened({ debate, source, fileName: name, kept: true });
        } else if (answer.type !== 'cancelled') forgetKeptDebate();
      });
    });
    return () => current?.cancel();
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
        {status.state === 'cancelled' && t.openChecks.cancelled}
        {opened && status.state === 'idle' && (
          <span className="banner">
            {t.showingOpened(clip(opened.debate.title), opened.fileName)}{' '}
            {opened.kept === false && <>{t.openChecks.notKept} </>}
            <button
              type="button"
              className="quiet-button"
              onClick={() => {
                bundledDebateRestored();
                forgetKeptDebate();
                void navigate(paths.overview());
              }}
            >
              {t.backToBundled}
            </button>
          </span>
        )}
      </div>
      {status.state === 'checking' && status.slow && (
        <div className="open-progress">
          <progress
            max={100}
            value={Math.round(status.progress * 100)}
            aria-label={t.openChecks.progressLabel}
            aria-valuetext={t.openChecks.progress(Math.round(status.progress * 100))}
          />
          <button type="button" className="quiet-button" onClick={() => task.current?.cancel()}>
            {t.openChecks.cancel}
          </button>
        </div>
      )}
      {status.state === 'rejected' && (
        <ProblemList
          id={`${inputId}-problems`}
          problems={status.stopped ? status.problems.slice(0, -1) : status.problems}
          stopNote={status.stopped ? status.problems.at(-1) : undefined}
        >
          <button type="button" className="quiet-button" onClick={problemsDismissed}>
            {t.dismiss}
          </button>
        </ProblemList>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </div>
  );
}

/** Why a debate did not open: every problem (the checks list at most PROBLEM_LIMIT). */
function ProblemList({
  id,
  problems,
  stopNote,
  children,
}: {
  id: string;
  problems: string[];
  stopNote: string | undefined;
  children: ReactNode;
}) {
  const t = useText();
  return (
    <section className="open-problems" role="alert" aria-labelledby={id}>
      <h2 id={id}>{t.openFailed(problems.length)}</h2>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      {stopNote && <p>{stopNote}</p>}
      {children}
    </section>
  );
}

/** A long title, shortened for the banner (the worker has already made the file name safe). */
function clip(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
