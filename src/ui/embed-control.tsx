import { lazy, Suspense, useState } from 'react';
import { useEmbedMode } from '@/lib/embed-mode';
import { useText } from '@/lib/i18n/use-text';

// The dialog's code loads when a reader asks for it, never with the page.
const EmbedDialog = lazy(() => import('./embed-dialog'));

/** "Embed": a dialog with the <iframe> snippet for the page at `path`, titled `title`. */
export function EmbedControl({ path, title }: { path: string; title: string }) {
  const [open, setOpen] = useState(false);
  const t = useText();
  if (useEmbedMode()) return null;
  return (
    <>
      <button
        type="button"
        className="quiet-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t.share.embed}
      </button>
      {open && (
        <Suspense>
          <EmbedDialog path={path} title={title} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
