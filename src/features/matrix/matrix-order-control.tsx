import { useText } from '@/lib/i18n/use-text';
import { matrixOrders } from './matrix-order';
import { useMatrixOrder, useMatrixOrderChange } from './use-matrix-order';

/** Where the legend defines the disagreement order (see MatrixLegend). */
export const ORDER_HELP_ID = 'matrix-order-help';

/** The rows' order, a radio group whose choice lives in the URL. */
export function MatrixOrderControl() {
  const t = useText();
  const order = useMatrixOrder();
  const changeOrder = useMatrixOrderChange();
  return (
    <fieldset className="order-control" aria-describedby={ORDER_HELP_ID}>
      <legend>{t.orderLabel}</legend>
      {matrixOrders.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="matrix-order"
            value={option}
            checked={order === option}
            onChange={() => changeOrder(option)}
          />
          {t.orders[option]}
        </label>
      ))}
    </fieldset>
  );
}
