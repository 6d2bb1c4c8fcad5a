import { useLocale } from '@/lib/i18n/use-locale';
import type { DraftSummary } from './draft-storage';
import { useStudioText } from './use-studio-text';

/** Deletes a draft, after asking. */
function DeleteButton({ title, onDelete }: { title: string; onDelete: () => void }) {
  const s = useStudioText();
  return (
    <button
      type="button"
      className="quiet-button"
      onClick={() => {
        if (window.confirm(s.confirmDelete(title))) onDelete();
      }}
    >
      {s.deleteDraft(title)}
    </button>
  );
}

/**
 * The drafts in this browser, the last edited first; deleting one asks first. A damaged record
 * is listed, so the editor knows of it and can delete it, but never opened.
 */
export function DraftList({
  drafts,
  onOpen,
  onDelete,
}: {
  drafts: readonly DraftSummary[];
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const s = useStudioText();
  const { tag } = useLocale();
  const when = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="studio-drafts-heading">
      <h2 id="studio-drafts-heading">{s.draftsHeading}</h2>
      {drafts.length === 0 ? (
        <p>{s.noDrafts}</p>
      ) : (
        <ul className="studio-drafts">
          {drafts.map((d) => (
            <li key={d.id}>
              {d.damaged ? (
                <span>{s.damagedListed}</span>
              ) : (
                <>
                  <button type="button" onClick={() => onOpen(d.id)}>
                    {s.open} {d.title}
                  </button>{' '}
                  <span className="hint">
                    <time dateTime={new Date(d.updatedAt).toISOString()}>
                      {s.lastEdited(when.format(d.updatedAt))}
                    </time>
                  </span>
                </>
              )}{' '}
              <DeleteButton
                title={d.damaged ? s.damagedListed : d.title}
                onDelete={() => onDelete(d.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
