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
  return (
    <div className="page-actions">
      <CopyLinkButton path={path} />
      {cite && <CiteSlot target={cite} />}
      <EmbedControl path={path} title={title} />
    </div>
  );
}
