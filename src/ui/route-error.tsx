import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { uiText } from '@/lib/ui-text';

/** What any route shows instead of a white page when something unexpected breaks. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="route-error" role="alert">
      <h2>{uiText.errorTitle}</h2>
      <p>{uiText.errorBody}</p>
      <pre className="error-detail">{detail}</pre>
      <p>
        <Link to="/" reloadDocument>
          {uiText.backHome}
        </Link>
      </p>
    </div>
  );
}
