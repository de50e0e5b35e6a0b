import type { Flag } from '../domain/types';
import {
  NEGATION_PATTERNS,
  type NegationMarker,
  isQuestion,
  isRhetoricalNegativeQuestion,
  negationMarker,
} from './lang/negation';
import { negatesByMeaningBeside, negativeMeaningSpans } from './lang/negative-meaning';
import { NOT_UNTIL_SPAN, saysUntilWithoutOnly } from './lang/only-then';
import { saysNegatedPoleOtherwise } from './lang/polarity';
import { withoutBounds } from './lang/bounds';
import { sentenceOffsets } from './segmentation';
import { type CheckUnit, type UnitCheck, flagFrom } from './types';
import { words } from '../text/normalize';

const LETTER = /\p{L}/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether the text has the word as a word of its own (case as written). */
function keepsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(at + word.length))) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/**
 * Languages that say "without" with a case ending or suffix on the noun: Estonian "elektrita", Finnish
 * "sähköttä", Hungarian "áram nélkül"/"áramtalan", Turkish "elektriksiz", Nepali "बिजुलीविहीन",
 * Sinhala "විදුලිය අහිමි". Against them, a "without" alone negates nothing that was lost.
 */
const PRIVATIVE_BY_ENDING = new Set(['et', 'fi', 'hu', 'tr', 'az', 'ne', 'si']);
const WITHOUT =
  /(?<!\p{L})(?:without|sans|sin|ohne|bez|senza|sem|zonder|utan|uden|uten|ilman|ilma|nélkül|без|χωρίς|tanpa|بدون|بلا|בלי|ללא|बिना)(?!\p{L})/giu;

/** Whether the text's only negation is a "without", which languages with a privative ending do not write as a word. */
function onlyWithout(text: string, lang: string): boolean {
  const blanked = text.replace(WITHOUT, (word) => ' '.repeat(word.length));
  return blanked !== text && negationMarker(blanked, lang) === null;
}

/**
 * The negation a translation of English kept in English ("Ich hoffe, Sie don ' t mind", "Es doesn ' t
 * Feature Cory Gunz"): not lost but left untranslated, and said so. Not a bare "no", which Czech and
 * Polish say for "well".
 */
function keptEnglishNegation(
  sourceLang: string,
  plain: { text: string; lang: string },
): NegationMarker | null {
  if (sourceLang !== 'en' || plain.lang === 'en') return null;
  const kept = negationMarker(plain.text, 'en');
  return kept !== null && kept.text.toLowerCase() !== 'no' ? kept : null;
}

/** A sentence that is one word and its stop: an answer, "No." or "Nein.". */
const ONE_WORD = /^\P{L}*\p{L}+\P{L}*$/u;

/**
 * The negated side's one-word answer ("No.", "Nein.") that holds the marker, when that side joins
 * more sentences than the other: the answer left out of the translation (or added to it), which the
 * aligner joined to the sentence after it, not a meaning reversed.
 */
function loneAnswer(
  unit: Pick<CheckUnit, 'source' | 'target' | 'sourceSentences' | 'targetSentences'>,
  side: 'source' | 'target',
  marker: NegationMarker,
): { start: number; end: number; text: string } | null {
  const [sentences, others] =
    side === 'source'
      ? [unit.sourceSentences, unit.targetSentences]
      : [unit.targetSentences, unit.sourceSentences];
  if (sentences.length < 2 || others.length >= sentences.length) return null;
  const offsets = sentenceOffsets(unit[side], sentences);
  const at = offsets.findIndex(({ start, end }) => marker.start >= start && marker.end <= end);
  const span = offsets[at];
  const sentence = sentences[at]?.trim() ?? '';
  return span && ONE_WORD.test(sentence) ? { ...span, text: sentence } : null;
}

/** Whether the marker is a capitalised word that does not start its sentence. */
function isTitleWord(text: string, marker: { text: string; start: number }): boolean {
  if (!TITLE_WORD.test(marker.text)) return false;
  const before = text.slice(0, marker.start).trimEnd();
  return before !== '' && !/[.!?:;"“„«]$/u.test(before);
}

/** A word long enough to be a name or a word of another language rather than a negation particle. */
const COPIED_WORD = /^[\p{L}\p{M}]{4,}$/u;

/**
 * A side with the words it has from the other side as they are blanked out where they would read as
 * its own negations: a name ("Newark", "Neil", read as Czech ne-) or a word left untranslated
 * ("dict:negation"; "never" kept in a Czech translation, which is then reported as an untranslated
 * negation rather than taken for a Czech one). Words that negate in one of `negatingIn` too are kept:
 * seen from the source, a negation the translation kept is no name (and one kept in English is reported
 * as untranslated).
 */
function withoutCopiedNegations(
  text: string,
  lang: string,
  other: string,
  negatingIn: readonly string[] = [],
): string {
  let searched = text;
  for (;;) {
    const found = negationMarker(searched, lang);
    if (!found || !isCopied(found, other, negatingIn)) return searched;
    searched =
      searched.slice(0, found.start) + ' '.repeat(found.end - found.start) + searched.slice(found.end);
  }
}

/** Whether the marker is a word of four letters or more that the other side has as it is, and no negation in `negatingIn`. */
function isCopied(marker: NegationMarker, other: string, negatingIn: readonly string[] = []): boolean {
  if (!COPIED_WORD.test(marker.text)) return false;
  if (negatingIn.some((lang) => negationMarker(marker.text, lang) !== null)) return false;
  const lower = marker.text.toLowerCase();
  return words(other).some((token) => token.text.toLowerCase() === lower);
}

/**
 * A side's first negation, and the text it was searched in: without a negated limit ("not more than
 * 6", "nicht über 25 °C" — the bounds check compares those) and, when the first marker is a word the
 * other side has as it is, without the words it copied (see withoutCopiedNegations).
 */
function ownNegation(
  text: string,
  lang: string,
  other: string,
  negatingIn: readonly string[] = [],
): { searched: string; marker: NegationMarker | null } {
  const marker = negationMarker(withoutBounds(text, lang), lang);
  if (!marker || !isCopied(marker, other, negatingIn)) return { searched: text, marker };
  const searched = withoutCopiedNegations(text, lang, other, negatingIn);
  return { searched, marker: negationMarker(withoutBounds(searched, lang), lang) };
}

export const negation = {
  scope: 'unit',
  id: 'negation',
  name: 'Negation on one side only',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'One side is negated ("not", "nie", "nicht", "不", …) and the other is not — the meaning may be reversed. Not reported when the other side says it with a word that negates by meaning ("impossible", "useless", "unmöglich") or says the opposite of the negated word ("did not make a profit" as "machte einen Verlust"), or when the negation is part of such a phrase ("not … until", "Isn\'t it …?"; but a translation of "not … until" or "not … before" that says "until" or "before" and nothing for "only", "from" or "wait" is reported: "should not install the update until the bug has been fixed" → "sollten das Update installieren, bis der Fehler behoben ist") or of an idiom other languages say without one ("kein Wunder" for "no wonder", "bez ohledu na" for "regardless of", "nie mówiąc o" for "not to mention", an apology for "no offence"). A negation a translation of English keeps in English ("Sie don\'t mind") is reported as untranslated rather than lost, and a one-word answer ("No.", "Nein.") the aligner joined to the next sentence, with nothing for it on the other side, as an omission or addition. Needs negation lists for both languages.',
  appliesTo: (ctx) => ctx.sourceLang in NEGATION_PATTERNS && ctx.targetLang in NEGATION_PATTERNS,
  run(unit, ctx): Flag[] {
    if (unit.source.trim() === '' || unit.target.trim() === '') return [];
    const { searched: original, marker: source } = ownNegation(unit.source, ctx.sourceLang, unit.target, [
      ctx.targetLang,
      'en',
    ]);
    const { searched: translation, marker: target } = ownNegation(unit.target, ctx.targetLang, unit.source);
    if (!source === !target) return [];
    // The side without a negation may say it by a word's meaning ("not possible" as "unmöglich"), and
    // the negation found may be part of such a phrase ("not … until", "non-profit"): nothing reversed.
    const [negated, plain] = source
      ? [
          { marker: source, text: unit.source, lang: ctx.sourceLang },
          { text: unit.target, lang: ctx.targetLang, searched: translation },
        ]
      : [
          { marker: target, text: unit.target, lang: ctx.targetLang },
          { text: unit.source, lang: ctx.sourceLang, searched: original },
        ];
    if (negatesByMeaningBeside(plain.text, plain.lang, negated.lang)) return [];
    // "did not make a profit" as "machte einen Verlust": the opposite said without a negation.
    if (saysNegatedPoleOtherwise(negated.text, negated.lang, plain.text, plain.lang)) return [];
    // The plain side's negation was part of a limit that the other language does not word as one
    // ("shall not exceed EUR 20 000 000" against "darf 20 000 000 EUR nicht übersteigen"): both negate.
    if (negationMarker(plain.searched, plain.lang) !== null) return [];
    // "Isn't Pulse a part of Final Fantasy XIII?" asked as "…の一部ではないか?": both ask the same.
    if (isQuestion(negated.text) && isRhetoricalNegativeQuestion(plain.text, plain.lang)) return [];
    if (PRIVATIVE_BY_ENDING.has(plain.lang) && onlyWithout(negated.text, negated.lang)) return [];
    // A capitalised negation word inside a sentence that stands on the other side too, as it was, is a
    // title or a quotation kept ("At No Surrender", "Master of None"); in small letters or in capitals
    // it is untranslated text ("Dont revert my edits"), which is still an error.
    if (
      negated.marker &&
      isTitleWord(negated.text, negated.marker) &&
      keepsWord(plain.text, negated.marker.text)
    )
      return [];
    const { marker } = negated;
    const phrase = marker
      ? negativeMeaningSpans(negated.text, negated.lang).find(
          (s) => s.start <= marker.start && marker.end <= s.end,
        )
      : undefined;
    // "not … until" is "only then" unless the translation says "until" and nothing for "only".
    if (
      phrase &&
      !(
        NOT_UNTIL_SPAN.test(negated.text.slice(phrase.start, phrase.end)) &&
        saysUntilWithoutOnly(plain.text, plain.lang)
      )
    )
      return [];
    const answer = marker ? loneAnswer(unit, source ? 'source' : 'target', marker) : null;
    if (answer)
      return [
        flagFrom(negation, {
          side: source ? 'source' : 'target',
          span: { start: answer.start, end: answer.end },
          category: source ? 'Accuracy/Omission' : 'Accuracy/Addition',
          message: source
            ? `The translation has nothing for the answer “${answer.text}”: it is missing`
            : `The answer “${answer.text}” has no source`,
        }),
      ];
    if (source && !target) {
      const kept = keptEnglishNegation(ctx.sourceLang, plain);
      return [
        flagFrom(negation, {
          side: kept ? 'target' : 'source',
          span: kept ? { start: kept.start, end: kept.end } : { start: source.start, end: source.end },
          ...(kept
            ? {
                category: 'Accuracy/Untranslated',
                message: `The translation keeps the source's negation in English (“${kept.text}”): it was not translated`,
              }
            : { message: `The source is negated (“${source.text}”) but the translation is not` }),
        }),
      ];
    }
    if (target && !source) {
      return [
        flagFrom(negation, {
          side: 'target',
          span: { start: target.start, end: target.end },
          message: `The translation is negated (“${target.text}”) but the source is not`,
        }),
      ];
    }
    return [];
  },
} satisfies UnitCheck;
