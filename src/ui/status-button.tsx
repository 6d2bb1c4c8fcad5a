import { useId } from 'react';

/**
 * A quiet button with a polite status beside it that says what it last did. The button is
 * described by the status, so returning to it says so too.
 */
export function StatusButton({
  label,
  status,
  onClick,
  className = '',
}: {
  label: string;
  /** What the button last did; empty until then. */
  status: string;
  onClick: () => void;
  className?: string;
}) {
  const statusId = useId();
  return (
    <span className={`copy-link ${className}`.trim()}>
      <button type="button" className="quiet-button" aria-describedby={statusId} onClick={onClick}>
        {label}
      </button>
      <span role="status" id={statusId} className="copy-status">
        {status}
      </span>
    </span>
  );
}
