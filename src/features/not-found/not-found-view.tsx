import { Link } from 'react-router';
import { useDebate } from '@/model/debate-context';
import { closestMatch } from '@/lib/edit-distance';
import { debatePaths, paths } from '@/lib/paths';
import { uiText } from '@/lib/ui-text';

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
  const shown = safelyDecoded(pathname);
  const suggestion = closestMatch(shown.replace(/\/+$/, ''), debatePaths(debate).slice(1));
  return (
    <div className="not-found">
      <h2>{uiText.notFoundTitle}</h2>
      <p>{uiText.notFoundBody(shown.length > 120 ? `${shown.slice(0, 120)}…` : shown)}</p>
      {suggestion && (
        <p>
          {uiText.didYouMean}
          <Link to={suggestion}>{suggestion}</Link>
        </p>
      )}
      <p>
        <Link to={paths.overview()}>{uiText.backHome}</Link>
      </p>
    </div>
  );
}
