import { lazy, Suspense, useRef, useState } from 'react';
import { useText } from '@/lib/i18n/use-text';
import type { CiteTarget } from '@/ui/cite-slot';

// The dialog, with citation-js and the CSL styles, loads when a reader first asks for it.
const CiteDialog = lazy(() => import('./cite-dialog'));

/** "Cite": opens a dialog of citations of `target` in every format the dialog offers. */
export function CiteButton({ target }: { target: CiteTarget }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const what = t.cite[target.kind];
  return (
    <>
      <button
        ref={button}
        type="button"
        className="quiet-button cite-button"
        aria-haspopup="dialog"
        aria-label={t.cite.openNamed(what)}
        onClick={() => setOpen(true)}
      >
        {t.cite.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog
            target={target}
            title={t.cite.title(what)}
            onClose={() => {
              setOpen(false);
              // Focus goes back to where the reader was, whatever the browser does.
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
