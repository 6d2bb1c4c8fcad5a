import { Link } from 'react-router';
import { useText } from '@/lib/i18n/use-text';

/** What any route shows instead of a white page when something unexpected breaks. */
export function RouteError({ error }: { error: unknown }) {
  const t = useText();
  const detail = error instanceof Error ? error.message : String(error);
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
