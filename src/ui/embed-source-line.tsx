import { useHref, useLocation } from 'react-router';
import { useDebateView } from '@/lib/debate-view/debate-context';
import { useText } from '@/lib/i18n/use-text';

/**
 * An embedded page's last line: where its words come from, and a link to the full page (in a
 * new tab, so the host's page stays where it is).
 */
export function EmbedSourceLine() {
  const t = useText();
  const { debate, dataLang } = useDebateView();
  const { pathname, search, hash } = useLocation();
  const query = new URLSearchParams(search);
  query.delete('embed');
  const rest = query.toString();
  const href = useHref({ pathname, search: rest ? `?${rest}` : '', hash });
  return (
    <p className="embed-source">
      {t.share.source}
      {t.colon}
      <span lang={dataLang}>
        {debate.outlet} — {debate.title}
      </span>{' '}
      ·{' '}
      <a href={href} target="_blank" rel="noopener">
        {t.share.openFullPage}
        <span className="visually-hidden">{t.share.newTab}</span> ↗
      </a>
    </p>
  );
}
