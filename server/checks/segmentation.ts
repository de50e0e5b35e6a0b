import type { Flag } from '../domain/types';
import { crossedUnmatched, hiddenUnmatched, likelyUnmatched } from '../align/unmatched-in-joined';
import { marksSentenceEnds, wordCount } from '../text/languages';
import { danglingEnd } from './truncated';
import { type CheckUnit, type UnitCheck, flagFrom } from './types';

const FRAGMENT_MAX_WORDS = 12;
/** A piece this short is no sentence of its own, whatever comes before it. */
const FEWEST_WORDS = 4;

/**
 * The joined side's k-th sentence as one with no counterpart: an addition in the target, an omission
 * from the source. `message` is given the sentence.
 */
function unmatchedFlag(
  unit: CheckUnit,
  found: { side: 'source' | 'target'; index: number },
  message: (sentence: string) => string,
): Flag {
  const sentences = found.side === 'source' ? unit.sourceSentences : unit.targetSentences;
  return flagFrom(segmentation, {
    side: found.side,
    span: spanOf(unit[found.side], sentences, found.index),
    category: found.side === 'source' ? 'Accuracy/Omission' : 'Accuracy/Addition',
    severity: 'major',
    message: message(sentences[found.index] ?? ''),
  });
}

/** Where the joined side's k-th sentence is in the unit's text. */
function spanOf(
  text: string,
  sentences: readonly string[],
  k: number,
): { start: number; end: number } | null {
  const span = sentenceOffsets(text, sentences)[k];
  return span && text.slice(span.start, span.end) === sentences[k] ? span : null;
}

/** A sentence that is all one quotation, opening and closing marks and all. */
const WHOLE_QUOTATION = /^["“„«»「『‚'][^"“”„«»「」『』]+[.!?…。！？]?["”“»«」』'’][.!?。]?$/u;

/** Where each sentence of a joined side starts inside the unit's text. */
export function sentenceOffsets(
  text: string,
  sentences: readonly string[],
): { start: number; end: number }[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const start = Math.max(cursor, text.indexOf(sentence, cursor));
    cursor = start + sentence.length;
    return { start, end: cursor };
  });
}

export const segmentation = {
  scope: 'unit',
  id: 'segmentation',
  name: 'Sentence split or merged',
  category: 'Fluency/Grammar',
  severity: 'minor',
  description:
    'One source sentence became several target sentences (a fragment cut off by a stray period when the piece before it dangles, as "… i omówić." does, or the short piece starts in small letters or is a few words; otherwise a style note, as translators split), or several source sentences were merged (not reported for Thai and Lao, which do not mark where a sentence ends). A joined sentence that shares no word or number with the other side (nor, for language pairs with a translation lexicon, a translated word), when the rest fits the other side without it or when it opens with a label the source does not have ("Read also: …"), is reported as an addition or omission; so is the least-matched sentence of a joined unit far longer or shorter than the document usually is. In a unit joined on both sides, a source sentence and a target sentence that each share nothing with the other side, while the rest match and fit, are reported as an omission and an addition (a sentence dropped and another put in its place).',
  run(unit, ctx): Flag[] {
    const lexicon = ctx.translations ?? null;
    const languages = { source: ctx.sourceLang, target: ctx.targetLang };
    const hidden = hiddenUnmatched(unit, ctx.lengthStats, lexicon, languages);
    if (hidden)
      return [
        unmatchedFlag(unit, hidden, (sentence) =>
          hidden.side === 'target'
            ? `“${sentence}” shares nothing with the source, and the translation fits the source without it: it may have no source`
            : `The translation shares nothing with “${sentence}” and fits the other source sentences without it: it may be missing`,
        ),
      ];
    const crossed = crossedUnmatched(unit, ctx.lengthStats, lexicon, languages);
    if (crossed)
      return [
        unmatchedFlag(
          unit,
          { side: 'source', index: crossed.source },
          (sentence) =>
            `The translation shares nothing with “${sentence}”, and the other sentences match without it: it may be missing`,
        ),
        unmatchedFlag(
          unit,
          { side: 'target', index: crossed.target },
          (sentence) =>
            `“${sentence}” shares nothing with the source, and the other sentences match without it: it may have no source`,
        ),
      ];
    const likely = likelyUnmatched(unit, ctx.lengthStats, lexicon, languages);
    if (likely)
      return [
        unmatchedFlag(unit, likely, (sentence) =>
          likely.side === 'target'
            ? `One source sentence has ${unit.targetSentences.length} target sentences and the translation is much longer than usual: “${sentence}” may have no source`
            : `${unit.sourceSentences.length} source sentences share one shorter-than-usual translation: “${sentence}” may be missing from it`,
        ),
      ];
    // Sentences a language does not mark cannot be counted: a split or a merge there says nothing.
    if (!marksSentenceEnds(ctx.sourceLang) || !marksSentenceEnds(ctx.targetLang)) return [];
    if (unit.sourceSentences.length === 1 && unit.targetSentences.length > 1) {
      const offsets = sentenceOffsets(unit.target, unit.targetSentences);
      const pieces = unit.targetSentences.map((text, k) => ({
        text,
        span: offsets[k] ?? null,
        words: wordCount(text, ctx.targetLang),
      }));
      // A short piece is cut off when the piece before it dangles ("… i omówić. Żądania Rosji …"), or
      // when it starts in small letters or is a few words; a short sentence of its own after a whole
      // one is how translators split ("…, ihre Häuser zu verlassen. Das teilten die Behörden mit.").
      // A quotation of its own ("“Nobody expected it to happen so fast.”") is a whole utterance.
      const fragment = pieces
        .slice(1)
        .find(
          (piece, k) =>
            piece.words <= FRAGMENT_MAX_WORDS &&
            !WHOLE_QUOTATION.test(piece.text.trim()) &&
            (piece.words <= FEWEST_WORDS ||
              /^\P{L}*\p{Ll}/u.test(piece.text) ||
              danglingEnd(pieces[k]?.text ?? '', ctx.targetLang) !== null),
        );
      if (fragment) {
        return [
          flagFrom(segmentation, {
            side: 'target',
            span: fragment.span,
            severity: 'major',
            message: `One source sentence became ${pieces.length} target sentences; “${fragment.text}” looks like a fragment cut off from the sentence before it`,
          }),
        ];
      }
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: null,
          category: 'Style',
          message: `One source sentence became ${pieces.length} target sentences`,
        }),
      ];
    }
    if (unit.sourceSentences.length > 1 && unit.targetSentences.length === 1) {
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: null,
          category: 'Style',
          message: `${unit.sourceSentences.length} source sentences were merged into one target sentence`,
        }),
      ];
    }
    return [];
  },
} satisfies UnitCheck;
