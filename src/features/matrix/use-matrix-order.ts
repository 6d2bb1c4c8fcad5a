import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useClientValue } from '@/lib/use-hydrated';
import { parseMatrixOrder, type MatrixOrder } from './matrix-order';

/**
 * The matrix's row order, from the URL (`?order=disagreement`). A static host ignores the
 * query, so every prerendered page holds the article's order: while React hydrates it the
 * matrix renders that, and applies the URL's order in the render after.
 */
export function useMatrixOrder(): MatrixOrder {
  const [params] = useSearchParams();
  return useClientValue(parseMatrixOrder(params.get('order')), 'article');
}

/** Puts an order in the URL (a new history entry, so Back returns to the previous order). */
export function useMatrixOrderChange(): (order: MatrixOrder) => void {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  return useCallback(
    (order: MatrixOrder) => {
      const params = new URLSearchParams(search);
      if (order === 'article') params.delete('order');
      else params.set('order', order);
      const query = params.toString();
      void navigate({ pathname, search: query ? `?${query}` : '', hash });
    },
    [navigate, pathname, search, hash],
  );
}
