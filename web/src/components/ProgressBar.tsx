export function ProgressBar({
  value,
  tone = 'progress',
  label,
}: {
  value: number;
  tone?: 'progress' | 'risk' | 'similarity';
  label?: string;
}) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <span
      className={`bar bar-${tone}`}
      role="meter"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label ?? tone}
      title={`${percent} %`}
    >
      <span className="bar-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
