/**
 * A bounded memo for per-text computations that several checks repeat on the same sentence
 * (tokens, names): cleared when full, which is cheap and keeps memory flat on large files.
 */
export function memoize<T>(
  compute: (text: string, lang: string) => T,
  limit = 20_000,
): (text: string, lang: string) => T {
  // One table per language, so that no key string has to be built for each look-up.
  const caches = new Map<string, Map<string, T>>();
  let size = 0;
  return (text, lang) => {
    let cache = caches.get(lang);
    if (!cache) {
      cache = new Map<string, T>();
      caches.set(lang, cache);
    }
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    if (size >= limit) {
      caches.forEach((table) => table.clear());
      size = 0;
    }
    const value = compute(text, lang);
    cache.set(text, value);
    size++;
    return value;
  };
}

/**
 * A table built once per language on first use (an expression over a word list, an index): the
 * value, null included, is kept for the process.
 */
export function perLanguage<T>(build: (lang: string) => T): (lang: string) => T {
  const built = new Map<string, T>();
  return (lang) => {
    if (built.has(lang)) return built.get(lang) as T;
    const value = build(lang);
    built.set(lang, value);
    return value;
  };
}
