import { type HunspellFactory, loadModule } from 'hunspell-asm';
import { dictionaryFiles } from '../text/lexicon';

/**
 * Hunspell itself, compiled to WebAssembly (hunspell-asm), over the dictionary-<lang> packages. It
 * reads a dictionary as Hunspell does — affixes applied when a word is looked up, compounds built by
 * the .aff's rules — so the Polish one loads in about 0.35 s and the seven hold some 70 MiB together;
 * nspell, which expands every affix up front, took 8 s and 400 MB for Polish alone, and a reviewer's
 * first correction in a Polish document waited for it.
 */
export interface Speller {
  correct(word: string): boolean;
  /** Hunspell's corrections for a misspelt word, likeliest first; none for a word it knows. */
  suggest(word: string): string[];
}

let factory: Promise<HunspellFactory> | null = null;

/** The speller for one dictionary package ("en-gb", "pl"), or null when it is not installed. */
export async function loadSpeller(name: string): Promise<Speller | null> {
  const files = dictionaryFiles(name);
  if (!files) return null;
  factory ??= loadModule();
  const hunspell = await factory;
  const aff = hunspell.mountBuffer(files.aff, `${name}.aff`);
  const dic = hunspell.mountBuffer(files.dic, `${name}.dic`);
  const speller = hunspell.create(aff, dic);
  // Hunspell has read both files into its own tables: the copies in the virtual file system can go.
  hunspell.unmount(aff);
  hunspell.unmount(dic);
  return { correct: (word) => speller.spell(word), suggest: (word) => speller.suggest(word) };
}
