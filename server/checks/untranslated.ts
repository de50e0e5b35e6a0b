import type { Flag } from '../domain/types';
import { fold, isCapitalized, sharedWordCount, squash, words } from '../text/normalize';
import { protectedSpans } from './markup';
import { type UnitCheck, flagFrom } from './types';

const MIN_COPIED_WORDS = 4;

/** A command line or identifiers ("npm install --save-dev typescript", "set max_retries"): kept as written. */
const CODE_LIKE =
  /(?:^|\s)--?\p{L}[\p{L}-]*|\p{L}_\p{L}|\p{Ll}\p{Lu}\p{Ll}|[`$]|\p{L}\.\p{Ll}{2,4}(?![\p{L}])/u;

const looksLikeCode = (text: string): boolean => CODE_LIKE.test(text);

/**
 * A web address or e-mail address, as tokenised MT output spaces it out ("www . i2p . net",
 * "simonoverton@tiscali . co . uk"): copied on purpose, as protectedSpans() finds it unspaced.
 */
const ADDRESS =
  /(?:[\w-]+\.)+(?:com|net|org|edu|gov|info|io|co|uk|de|fr|jp|cn|ru|pl|cz|eu)(?![\w])|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Whether most of a copied run, its spaces taken out, is a web or e-mail address. */
function isMostlyAddress(text: string): boolean {
  const compact = text.replace(/\s+/gu, '');
  const covered = (compact.match(ADDRESS) ?? []).reduce((sum, match) => sum + match.length, 0);
  return covered * 2 >= compact.length;
}

/** The longest run of consecutive source words (not names) that stands verbatim in the target. */
function longestCopiedRun(
  source: string,
  target: string,
): { start: number; end: number; count: number } | null {
  if (sharedWordCount(source, target) < MIN_COPIED_WORDS) return null;
  const sourceWords = words(source).map((w) => fold(w.text));
  // Addresses, handles and placeholders are meant to be copied: their words are no untranslated text.
  const kept = protectedSpans(target);
  const targetTokens = words(target).filter((t) => !kept.some((k) => t.start >= k.start && t.end <= k.end));
  const targetWords = targetTokens.map((w) => fold(w.text));
  const sourceBigrams = new Set(sourceWords.slice(1).map((w, k) => `${sourceWords[k]} ${w}`));
  let best: { start: number; end: number; count: number } | null = null;
  let runStart = -1;
  for (let k = 1; k <= targetWords.length; k++) {
    const inSource = k < targetWords.length && sourceBigrams.has(`${targetWords[k - 1]} ${targetWords[k]}`);
    if (inSource && runStart < 0) runStart = k - 1;
    if (!inSource && runStart >= 0) {
      const tokens = targetTokens.slice(runStart, k);
      const count = tokens.filter((t) => !isCapitalized(t.text)).length;
      const copied = target.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0);
      if (
        count >= MIN_COPIED_WORDS &&
        !looksLikeCode(copied) &&
        !isMostlyAddress(copied) &&
        (!best || count > best.count)
      ) {
        best = { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0, count };
      }
      runStart = -1;
    }
  }
  return best;
}

/** The target is the source again (layout and case aside), and not just a name that needs no translation. */
function isCopyOfSource(source: string, target: string): boolean {
  // Lengths and word counts first: they spare building two normalised copies of nearly every pair.
  if (Math.abs(source.length - target.length) > 0.2 * Math.max(source.length, target.length)) return false;
  const sourceWords = words(source);
  const targetWords = words(target);
  if (sourceWords.length !== targetWords.length) return false;
  if (fold(sourceWords[0]?.text ?? '') !== fold(targetWords[0]?.text ?? '')) return false;
  // A reference of names and titles ("Weist, Thomas D., in Marquis, The Cheyennes of Montana, pp.") is
  // copied whole; text to translate has an ordinary word of some length.
  return (
    fold(squash(source)) === fold(squash(target)) &&
    words(source).some((w) => !isCapitalized(w.text) && w.text.length >= 4)
  );
}

export const untranslated = {
  scope: 'unit',
  id: 'untranslated',
  name: 'Untranslated text',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  description:
    'The target repeats the source unchanged, or copies a run of four or more ordinary source words (names do not count, nor do addresses, placeholders and what reads as code: "npm install --save-dev", snake_case, file names).',
  appliesTo: (ctx) => ctx.sourceLang !== ctx.targetLang,
  run(unit): Flag[] {
    if (words(unit.source).length === 0 || words(unit.target).length === 0) return [];
    if (isCopyOfSource(unit.source, unit.target)) {
      return [
        flagFrom(untranslated, {
          side: 'target',
          span: { start: 0, end: unit.target.length },
          message: 'The target is the source, untranslated',
        }),
      ];
    }
    const run = longestCopiedRun(unit.source, unit.target);
    if (!run) return [];
    return [
      flagFrom(untranslated, {
        side: 'target',
        span: { start: run.start, end: run.end },
        severity: 'minor',
        message: `${run.count} words copied from the source: “${unit.target.slice(run.start, run.end)}”`,
      }),
    ];
  },
} satisfies UnitCheck;
