import { Navigate, useLocation } from 'react-router';

/** Replaces a link that names a page another way with the page's canonical URL. */
export function CanonicalRedirect({ to }: { to: string }) {
  const { search, hash } = useLocation();
  return <Navigate replace to={`${to}${search}${hash}`} />;
}
