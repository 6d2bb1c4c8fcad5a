import { useHref } from 'react-router';
import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { paths } from '@/lib/paths';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import type { CiteTarget } from '@/ui/cite-slot';
import { citationItem, type CslItem } from './citation-item';

function targetPath(target: CiteTarget): string {
  switch (target.kind) {
    case 'debate':
      return paths.overview();
    case 'topic':
      return paths.topic(target.topicId);
    case 'stance':
    case 'quote':
      return paths.stance(target.topicId, target.speakerId);
  }
}

/** The page's public address: under SITE_URL when the build knew it, else this origin. */
function absolute(href: string): string {
  const siteUrl = import.meta.env.SITE_URL;
  const origin = siteUrl ? new URL(siteUrl).origin : window.location.origin;
  return new URL(href, origin).href;
}

/** The CSL item for `target` as this reader reads it, accessed `accessed`. */
export function useCiteItem(target: CiteTarget, accessed: Date): CslItem {
  const { debate, dataTag, chineseTag } = useDebateView();
  const { language } = useLocale();
  const t = useText();
  const speakerName = useSpeakerName();
  // useHref adds the base path of a site hosted under a sub-path.
  const href = useHref(targetPath(target));
  const fragment = target.kind === 'quote' ? `#${encodeURIComponent(target.quoteId)}` : '';
  return citationItem({
    debate,
    target,
    speakerName,
    url: absolute(href) + fragment,
    accessed,
    language,
    languageTag: dataTag === 'en' ? 'en' : chineseTag,
    versionLabel: t.cite.versionLabel,
  });
}
