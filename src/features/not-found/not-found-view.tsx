import { Link } from 'react-router';
import { useDebate } from '@/model/debate-context';
import { closestMatch } from '@/lib/edit-distance';
import { debatePaths, paths } from '@/lib/paths';
import { useText } from '@/lib/i18n/use-text';

function safelyDecoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Says that nothing lives at `pathname`, links home and suggests the closest real page. */
export function NotFoundView({ pathname }: { pathname: string }) {
  const debate = useDebate();
  const t = useText();
  const shown = safelyDecoded(pathname);
  const suggestion = closestMatch(shown.replace(/\/+$/, ''), debatePaths(debate).slice(1));
  return (
    <div className="not-found">
      <h2>{t.notFoundTitle}</h2>
      <p>{t.notFoundBody(shown.length > 120 ? `${shown.slice(0, 120)}…` : shown)}</p>
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
