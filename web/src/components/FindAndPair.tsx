/**
 * A list's Find box (case and accents aside) and, when the list holds more than one language pair, its
 * choice of pair ("en → pl"; empty for all).
 */
export function FindAndPair({
  query,
  onQuery,
  placeholder,
  pairs,
  pair,
  onPair,
}: {
  query: string;
  onQuery: (query: string) => void;
  placeholder: string;
  pairs: readonly string[];
  pair: string;
  onPair: (pair: string) => void;
}) {
  return (
    <>
      <label>
        Find
        <input
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder={placeholder}
        />
      </label>
      {pairs.length > 1 && (
        <label>
          Language pair
          <select value={pair} onChange={(e) => onPair(e.target.value)}>
            <option value="">all pairs</option>
            {pairs.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
