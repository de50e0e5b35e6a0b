/**
 * A bounded memo for per-text computations that several checks repeat on the same sentence
 * (tokens, names): cleared when full, which is cheap and keeps memory flat on large files.
 */
export function memoize<T>(
  compute: (text: string, lang: string) => T,
  limit = 20_000,
): (text: string, lang: string) => T {
  const cache = new Map<string, T>();
  return (text, lang) => {
    const key = `${lang}\u0000${text}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (cache.size >= limit) cache.clear();
    const value = compute(text, lang);
    cache.set(key, value);
    return value;
  };
}
