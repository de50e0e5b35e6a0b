import { primaryLanguage } from '../text/languages';
import { basename, extname } from 'node:path';
import type { RememberedPair } from '../memory/translation-memory';
import { decodeText, loadPairs, readFileBytes } from './index';
import { readTmx } from './tmx';

/** A memory's sentence pairs for a language pair: a TMX may hold several target languages, a table one pair. */
export type MemorySource = (sourceLang: string, targetLang: string) => RememberedPair[];

/**
 * A translation memory file (the CLI's --memory): a TMX, each language pair it holds, or any bilingual
 * file mt-review reads (XLIFF, a table with source and target columns, JSONL). A file of another
 * language pair holds nothing for the document.
 */
export async function loadMemory(bytes: Uint8Array, fileName: string): Promise<MemorySource> {
  const name = basename(fileName);
  const origin = (id: string): string => `${name}, unit ${id}`;
  if (extname(fileName).toLowerCase() === '.tmx') {
    const text = decodeText(bytes, fileName);
    // Read once to refuse a broken file at once, not when the languages are known.
    readTmx(text, fileName);
    return (sourceLang, targetLang) => {
      const file = readTmx(text, fileName, targetLang);
      if (primaryLanguage(file.sourceLang) !== primaryLanguage(sourceLang)) return [];
      return file.pairs.map((pair) => ({
        source: pair.source,
        target: pair.target,
        origin: origin(pair.id),
        id: pair.id,
      }));
    };
  }
  const file = await loadPairs(bytes, fileName);
  const pairs = file.pairs.map((pair) => ({
    source: pair.source,
    target: pair.target,
    origin: origin(pair.id),
    id: pair.id,
  }));
  return (sourceLang, targetLang) =>
    (file.sourceLang && primaryLanguage(file.sourceLang) !== primaryLanguage(sourceLang)) ||
    (file.targetLang && primaryLanguage(file.targetLang) !== primaryLanguage(targetLang))
      ? []
      : pairs;
}

/** A translation memory file on disk (the CLI's --memory). */
export function loadMemoryFile(path: string): Promise<MemorySource> {
  return loadMemory(readFileBytes(path), path);
}
