import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useText } from '@/lib/i18n/use-text';

/** What any route shows instead of a white page when something unexpected breaks. */
export function RouteError() {
  const error = useRouteError();
  const t = useText();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="route-error" role="alert">
      <h2>{t.errorTitle}</h2>
      <p>{t.errorBody}</p>
      <pre className="error-detail">{detail}</pre>
      <p>
        <Link to="/" reloadDocument>
          {t.backHome}
        </Link>
      </p>
    </div>
  );
}
