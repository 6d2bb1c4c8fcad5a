import { useText } from '@/lib/i18n/use-text';
import { CopyButton } from './copy-button';
import { useShareUrl } from './use-share-url';

/** Copies the absolute URL of `path`, in the script and language the sharer reads in. */
export function CopyLinkButton({ path }: { path: string }) {
  const t = useText();
  const url = useShareUrl(path);
  return <CopyButton label={t.copyLink} text={url} copied={t.linkCopied} />;
}
