/** A labelled drop-down over a fixed set of values, each with the words a reviewer reads. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: T;
  choices: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="filter">
      {label}
      <select
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
