/**
 * Words that end in a period without ending a sentence, per language (lower case, without the final
 * period). Intl.Segmenter breaks after all of them, so the segmenter re-joins at these.
 */
const COMMON = ['e.g', 'i.e', 'etc', 'vs', 'ca', 'cf', 'approx', 'no', 'nr', 'st', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr'];

export const ABBREVIATIONS: Record<string, readonly string[]> = {
  en: [
    'mr', 'mrs', 'ms', 'messrs', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'hon', 'pres',
    'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'vol', 'ed', 'eds', 'dept', 'est', 'al', 'mln', 'bn',
  ],
  pl: [
    'np', 'm.in', 'tzw', 'ul', 'św', 'tj', 'tzn', 'itd', 'itp', 'ok', 'godz', 'r', 'rr', 'w', 'wg', 'ws', 'mln',
    'mld', 'tys', 'zł', 'gr', 'proc', 'pkt', 'ust', 'art', 'al', 'pl', 'os', 'dr', 'hab', 'inż', 'mgr', 'płk',
    'gen', 'ks', 'abp', 'bp', 'p', 'pt', 'br', 'ub', 'jw', 'zob', 'por', 'red', 'oprac', 'wyd', 'tel', 'im',
  ],
  de: [
    'z.b', 'bzw', 'usw', 'ggf', 'ca', 'd.h', 'u.a', 'evtl', 'inkl', 'max', 'min', 'mio', 'mrd', 'nr', 'str',
    'hr', 'fr', 'dr', 'prof', 'vgl', 'z.t', 's.o', 'u.ä', 'o.ä', 'bspw', 'sog', 'abs', 'jh', 'jhd', 'gegr',
  ],
  cs: ['např', 'tzv', 'atd', 'apod', 'tj', 'resp', 'mj', 'mld', 'mil', 'tis', 'č', 'ul', 'str', 'r', 'hod', 'sv'],
  fr: ['m', 'mm', 'mme', 'mlle', 'dr', 'p.ex', 'av', 'bd', 'env', 'cf', 'etc', 'p', 'st', 'ste', 'mgr'],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'ud', 'uds', 'etc', 'p.ej', 'aprox', 'av', 'avda', 'pág', 'núm'],
  ro: ['dl', 'dna', 'dra', 'str', 'nr', 'etc', 'ș.a', 'ş.a', 'prof', 'dr', 'lt', 'gen', 'sf'],
  ru: ['т.е', 'т.д', 'т.п', 'г', 'гг', 'ул', 'им', 'стр', 'млн', 'млрд', 'тыс', 'руб'],
};

/**
 * Abbreviations that also end sentences ("… at 5 p.m. Then …", "… w 2021 r. Potem …"): they only
 * join with what follows when it starts in lower case or with a digit.
 */
export const TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'al', 'est',
  'mln', 'bn', 'itd', 'itp', 'r', 'rr', 'br', 'ub', 'tys', 'mld', 'zł', 'gr', 'proc', 'usw', 'atd', 'apod',
  'mil', 'tis', 'hod', 'mio', 'mrd', 'jh', 'jhd', 'm', 'g', 'gg', 'руб', 'т.д', 'т.п', 'млн', 'млрд', 'тыс',
]);

const cache = new Map<string, ReadonlySet<string>>();

export function abbreviationsFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = new Set([...COMMON, ...(ABBREVIATIONS[lang] ?? [])]);
    cache.set(lang, set);
  }
  return set;
}
