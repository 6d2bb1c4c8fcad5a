import { useIsOpenedDebate } from '@/lib/debate-view/debate-context';
import { useText } from '@/lib/i18n/use-text';
import { CiteSlot, type CiteTarget } from './cite-slot';
import { CopyLinkButton } from './copy-link-button';
import { EmbedControl } from './embed-control';

/** A page's own link to copy, its citation and its embed code (topic, stance and speaker pages). */
export function PageActionsBar({
  path,
  title,
  cite,
}: {
  path: string;
  title: string;
  cite?: CiteTarget;
}) {
  const t = useText();
  // A link to a debate opened from disk shows anyone else the site's own debate, or "not
  // found": say so beside the controls that hand out links (issue 25).
  const opened = useIsOpenedDebate();
  return (
    <div className="page-actions">
      <CopyLinkButton path={path} />
      {cite && <CiteSlot target={cite} />}
      <EmbedControl path={path} title={title} />
      {opened && <p className="page-actions-note">{t.openedDebateLinks}</p>}
    </div>
  );
}
