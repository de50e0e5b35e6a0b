import lists from 'naughty-words';
import { isSpacelessScript } from '../../text/languages';

const patterns = new Map<string, RegExp | null>();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression per language over the naughty-words list (whole words, plural -s allowed in Latin scripts). */
function patternFor(lang: string): RegExp | null {
  if (patterns.has(lang)) return patterns.get(lang) ?? null;
  const words = lists[lang];
  let pattern: RegExp | null = null;
  if (words && words.length > 0) {
    const alternatives = [...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
    pattern = isSpacelessScript(lang)
      ? new RegExp(`(?:${alternatives})`, 'u')
      : new RegExp(`(?<![\\p{L}])(?:${alternatives})(?:s|es)?(?![\\p{L}])`, 'iu');
  }
  patterns.set(lang, pattern);
  return pattern;
}

export function hasOffensiveList(lang: string): boolean {
  return patternFor(lang) !== null;
}

export function findOffensive(text: string, lang: string): RegExpExecArray | null {
  return patternFor(lang)?.exec(text) ?? null;
}
