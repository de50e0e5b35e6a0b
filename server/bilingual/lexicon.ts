import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { translationKeys } from './keys';

/** The lexicons `mt-review lexicon` learned, one file per language pair ("en-de.json"). */
export const LEXICONS_DIR = new URL('./lexicons/', import.meta.url);

type Entries = Record<string, string[]>;

/** Every value a list of strings: checked in a plain loop, since z.record takes 25 ms over 5,000 words on every CLI run. */
function isEntries(value: unknown): value is Entries {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const translations of Object.values(value))
    if (!Array.isArray(translations) || !translations.every((t) => typeof t === 'string')) return false;
  return true;
}

const lexiconFileSchema = z.object({
  description: z.string(),
  source: z.string(),
  target: z.string(),
  trainedOn: z.array(z.string()),
  sentencePairs: z.number(),
  entries: z.custom<Entries>(isEntries, { message: 'entries map each word to a list of words' }),
});
export type BilingualLexiconFile = z.infer<typeof lexiconFileSchema>;

/** What the words of one language are translated as in another, either way round. */
export interface TranslationLexicon {
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Source key → the target keys that translate it. */
  readonly translations: ReadonlyMap<string, readonly string[]>;
  /** Target key → the source keys it translates. */
  readonly sources: ReadonlyMap<string, readonly string[]>;
}

function invert(entries: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const inverted = new Map<string, string[]>();
  for (const [key, values] of entries)
    for (const value of values) {
      const keys = inverted.get(value) ?? [];
      keys.push(key);
      inverted.set(value, keys);
    }
  return inverted;
}

export function lexiconFromFile(file: BilingualLexiconFile, sourceLang: string): TranslationLexicon {
  const forward = new Map(Object.entries(file.entries));
  const backward = invert(forward);
  return file.source === sourceLang
    ? { sourceLang: file.source, targetLang: file.target, translations: forward, sources: backward }
    : { sourceLang: file.target, targetLang: file.source, translations: backward, sources: forward };
}

const loaded = new Map<string, TranslationLexicon | null>();

function readLexicon(name: string, where: URL): BilingualLexiconFile | null {
  const path = new URL(`${name}.json`, where);
  if (!existsSync(path)) return null;
  const parsed = lexiconFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`${path.pathname}: not a translation lexicon (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

/** The learned lexicon for a language pair, in either direction; null when none was learned. */
export function translationLexicon(
  sourceLang: string,
  targetLang: string,
  where: URL = LEXICONS_DIR,
): TranslationLexicon | null {
  const name = `${sourceLang}-${targetLang}`;
  const cached = loaded.get(`${where.href}\0${name}`);
  if (cached !== undefined) return cached;
  const file = readLexicon(name, where) ?? readLexicon(`${targetLang}-${sourceLang}`, where);
  const lexicon = file ? lexiconFromFile(file, sourceLang) : null;
  loaded.set(`${where.href}\0${name}`, lexicon);
  return lexicon;
}

/** The source keys a text's words stand for: its own on the source side, those it translates on the target side. */
export function translationAnchors(
  text: string,
  side: 'source' | 'target',
  lexicon: TranslationLexicon,
): string[] {
  const found = new Set<string>();
  if (side === 'source') {
    for (const key of translationKeys(text, lexicon.sourceLang))
      if (lexicon.translations.has(key)) found.add(key);
  } else {
    for (const key of translationKeys(text, lexicon.targetLang))
      for (const source of lexicon.sources.get(key) ?? []) found.add(source);
  }
  return [...found];
}
