import { MIN_PASSWORD } from '../../../server/domain/types';

/** A new password, as long as the server asks, offered to the browser's password manager as new. */
export function NewPasswordInput({
  value,
  onChange,
  label,
  autoFocus = false,
}: {
  value: string;
  onChange: (value: string) => void;
  /** Read out when no visible label goes with it. */
  label?: string;
  autoFocus?: boolean;
}) {
  return (
    <input
      type="password"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      minLength={MIN_PASSWORD}
      required
      autoComplete="new-password"
      autoFocus={autoFocus}
    />
  );
}
