import { CopyLinkButton } from './copy-link-button';
import { EmbedControl } from './embed-control';

/** A page's own link to copy and its embed code (topic, stance and speaker pages). */
export function PageActions({ path, title }: { path: string; title: string }) {
  return (
    <div className="page-actions">
      <CopyLinkButton path={path} />
      <EmbedControl path={path} title={title} />
    </div>
  );
}
