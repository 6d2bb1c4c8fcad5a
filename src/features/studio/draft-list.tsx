import { useLocale } from '@/lib/i18n/use-locale';
import type { DraftSummary } from './draft-storage';
import { useStudioText } from './use-studio-text';

/** The drafts in this browser, the last edited first; deleting one asks first. */
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
              <button type="button" onClick={() => onOpen(d.id)}>
                {s.open} {d.title}
              </button>{' '}
              <span className="hint">
                <time dateTime={new Date(d.updatedAt).toISOString()}>
                  {s.lastEdited(when.format(d.updatedAt))}
                </time>
              </span>{' '}
              <button
                type="button"
                className="quiet-button"
                onClick={() => {
                  if (window.confirm(s.confirmDelete(d.title))) onDelete(d.id);
                }}
              >
                {s.deleteDraft(d.title)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
