import { Link } from 'react-router';
import { useDebate } from '@/lib/debate-view/debate-context';
import { clipEchoed } from '@/lib/clip-text';
import { closestMatch } from '@/lib/edit-distance';
import { trimTrailingSlashes } from '@/lib/trim-trailing-slashes';
import { debatePaths, paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';

function safelyDecoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Says that nothing lives at `pathname`, links home and suggests the closest real page. Its
 * title is the page's h1 when it is the whole page, an h2 in the explorer's detail pane.
 * Without a pathname (the static host's not-found page, before its script has run) it names
 * no address.
 */
export function NotFoundView({ pathname, level = 2 }: { pathname: string | null; level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  const debate = useDebate();
  const t = useText();
  const shown = pathname === null ? null : safelyDecoded(pathname);
  const suggestion =
    shown === null ? null : closestMatch(trimTrailingSlashes(shown), debatePaths(debate).slice(1));
  return (
    <div className="not-found">
      <Title>{t.notFoundTitle}</Title>
      {shown !== null && <p>{t.notFoundBody(clipEchoed(shown))}</p>}
      {suggestion && (
        <p>
          {t.didYouMean}
          <Link to={suggestion}>{suggestion}</Link>
        </p>
      )}
      <p>
        <Link to={paths.overview()}>{t.backHome}</Link>
      </p>
    </div>
  );
}
