import type { Flag } from '../domain/types';
import { isSpacelessScript, spellsWordsWithoutSpaces, wordLikeSegments } from '../text/languages';
import { words } from '../text/normalize';
import { type UnitCheck, flagFrom } from './types';

/** Counts how often each n-gram occurs; a hallucinating decoder repeats a phrase over and over. */
function worstRepeat(
  tokens: readonly string[],
  maxN: number,
  minCount = 3,
  // A word said three times is ordinary in a long sentence; four is where a loop starts.
  minUnigram = Math.max(4, minCount),
): { n: number; at: number; count: number } | null {
  // An n-gram said three times says each of its words three times: most sentences stop here.
  const counts1 = new Map<string, number>();
  for (const token of tokens) counts1.set(token, (counts1.get(token) ?? 0) + 1);
  if (![...counts1.values()].some((count) => count >= minCount)) return null;
  let worst: { n: number; at: number; count: number } | null = null;
  for (let n = 1; n <= maxN; n++) {
    const counts = new Map<string, { first: number; count: number }>();
    for (let i = 0; i + n <= tokens.length; i++) {
      // A phrase said three times starts with a word said three times.
      if ((counts1.get(tokens[i] ?? '') ?? 0) < minCount) continue;
      const gram = tokens.slice(i, i + n).join(' ');
      const entry = counts.get(gram);
      if (entry) entry.count++;
      else counts.set(gram, { first: i, count: 1 });
    }
    for (const { first, count } of counts.values()) {
      const threshold = n === 1 ? minUnigram : minCount;
      if (count >= threshold && (!worst || count * n > worst.count * worst.n))
        worst = { n, at: first, count };
    }
  }
  return worst;
}

/** Whether a language's loops are counted in characters (Chinese, Japanese, Korean) rather than words. */
const countsCharacters = (lang: string): boolean =>
  isSpacelessScript(lang) && !spellsWordsWithoutSpaces(lang);

function contentTokens(text: string, lang: string): string[] {
  // Characters of the script itself: Latin names inside Japanese ("Brandi Alexander") are not a loop.
  if (countsCharacters(lang)) return [...text.replace(/[\s\p{Script=Latin}\p{N}\p{P}\p{S}]/gu, '')];
  // Thai, Lao and Khmer characters (a subscript, a vowel sign) recur in any sentence: words count there.
  if (spellsWordsWithoutSpaces(lang))
    return wordLikeSegments(text, lang)
      .filter((word) => word.length > 1)
      .map((word) => word.toLowerCase());
  return words(text)
    .map((w) => w.text.toLowerCase())
    .filter((w) => w.length > 3);
}

function allTokens(text: string): string[] {
  return words(text)
    .map((w) => w.text.toLowerCase())
    .filter((w) => w.length > 1);
}

export const repetitionLoop = {
  scope: 'unit',
  id: 'repetition-loop',
  name: 'Repeated phrase (hallucination loop)',
  category: 'Accuracy/Addition',
  severity: 'critical',
  description:
    'The target repeats a word or phrase many more times than the source does — the classic loop of a hallucinating MT system.',
  run(unit, ctx): Flag[] {
    const spaceless = countsCharacters(ctx.targetLang);
    const target = contentTokens(unit.target, ctx.targetLang);
    // Japanese and Chinese grammar repeats short endings ("ています") three times in a long sentence.
    const repeat = worstRepeat(target, spaceless ? 6 : 4, spaceless ? 4 : 3);
    if (!repeat) return [];
    const gram = target
      .slice(repeat.at, repeat.at + repeat.n)
      .join(isSpacelessScript(ctx.targetLang) ? '' : ' ');
    // What the source says three times the translation may say four times: a word ("a page on the
    // official page or a news site page": "Seite" four times), or a phrase of short words ("You are
    // … You are …": "Jste" four times).
    const sourceSpaceless = isSpacelessScript(ctx.sourceLang);
    const sourceCount = Math.max(
      worstRepeat(contentTokens(unit.source, ctx.sourceLang), 4, 3, 3)?.count ?? 0,
      sourceSpaceless ? 0 : (worstRepeat(allTokens(unit.source), 4, 3, Infinity)?.count ?? 0),
    );
    if (sourceCount >= repeat.count - 1) return [];
    if (spaceless && repeat.n * repeat.count < 12) return [];
    // A short word said again and again is how lists go ("kein Gras, kein Büffel, kein Pony", "einen
    // Notar, einen Anwalt, einen Juwelier"); a looping system repeats phrases or longer words.
    if (!spaceless && repeat.n === 1 && gram.length < 6 && repeat.count < 6) return [];
    // One character over and over ("ハハハハ", "啦啦啦") is laughter or a shout, which comments are full of.
    if (spaceless && new Set(gram).size === 1) return [];
    const start = unit.target.toLowerCase().indexOf(gram);
    return [
      flagFrom(repetitionLoop, {
        side: 'target',
        span: start >= 0 && !spaceless ? { start, end: unit.target.length } : null,
        message: `“${gram}” is repeated ${repeat.count} times`,
      }),
    ];
  },
} satisfies UnitCheck;
