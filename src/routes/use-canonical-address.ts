import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { canonicalPath } from '@/lib/canonical-path';

/**
 * Moves an address that names a page another way (`/search/?q=…`, `/about/index.html`,
 * `/topics//x`) to the page's own, keeping its query and fragment, in place of the history
 * entry: such an address showed "not found", or a search that found nothing.
 */
export function useCanonicalAddress() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const canonical = canonicalPath(pathname);
  useEffect(() => {
    if (canonical !== pathname) void navigate(`${canonical}${search}${hash}`, { replace: true });
  }, [canonical, pathname, search, hash, navigate]);
}
