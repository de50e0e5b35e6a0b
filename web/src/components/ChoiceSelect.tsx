/** A labelled drop-down over a fixed set of values, each with the words a reviewer reads. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  onChange,
  hideLabel = false,
}: {
  label: string;
  value: T;
  choices: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  /** The label read out but not shown, where a table's heading already says it. */
  hideLabel?: boolean;
}) {
  return (
    <label className="filter">
      {!hideLabel && label}
      <select
        aria-label={hideLabel ? label : undefined}
        value={value}
        onChange={(e) => {
          const chosen = choices.find(([choice]) => choice === e.target.value);
          if (chosen) onChange(chosen[0]);
        }}
      >
        {choices.map(([choice, words]) => (
          <option key={choice} value={choice}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}
