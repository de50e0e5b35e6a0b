import type { Flag } from '../domain/types';
import { DANGLING_PATTERNS, DANGLING_WORDS, INFINITIVE_ENDINGS } from './lang/truncation';
import { NOUN_CAPITALISING } from './lang/name-match';
import { type UnitCheck, flagFrom } from './types';

/** White space, brackets and closing quotes, including „…“, »…« and ‚…‘, which close on marks that open elsewhere. */
const CLOSERS = new Set([' ', '\t', '\n', '\r', '"', "'", '”', '“', '»', '«', '’', '‘', ')', ']']);
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '…', ':', ';', ',']);
const LETTER = /\p{L}/u;
const PART_OF_TOKEN = /[.@/\\_\d]/u;

/**
 * The sentence's last word, looking past closing quotes, brackets and one final punctuation mark.
 * Scanned from the end: an end-anchored expression would be tried at every position of a long text.
 */
function lastWord(sentence: string): { word: string; start: number } | null {
  let end = sentence.length;
  while (end > 0 && CLOSERS.has(sentence[end - 1] ?? '')) end--;
  if (end > 0 && FINAL_PUNCTUATION.has(sentence[end - 1] ?? '')) end--;
  while (end > 0 && CLOSERS.has(sentence[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && LETTER.test(sentence[start - 1] ?? '')) start--;
  // The end of an address, a file name or a URL ("presse@nordlicht-energy.de", "setup.de") is no word.
  if (start > 0 && PART_OF_TOKEN.test(sentence[start - 1] ?? '')) return null;
  return start < end ? { word: sentence.slice(start, end), start } : null;
}

/**
 * Words that end a question without cutting it off: a tag question's ("…, že?" is Czech for "…, isn't
 * it?"; German "…, oder?", Czech "…, nebo?", the Scandinavian "…, eller?" are "…, right?"), and a
 * pronoun ("Haben Sie eine?", do you have one?).
 */
const TAG_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  cs: new Set(['že', 'nebo']),
  pl: new Set(['że']),
  // German ends a question on a demonstrative ("Wer ist der?"), which is no cut-off article.
  de: new Set(['der', 'die', 'den', 'dem', 'oder', 'eine']),
  sv: new Set(['eller']),
  da: new Set(['eller']),
  nb: new Set(['eller']),
  no: new Set(['eller']),
};

/** Whether the text before a final "and" + infinitive ends on an infinitive: two verbs, one object. */
function sharesObject(before: string, lang: string): boolean {
  const word = /(\p{L}+)\s*$/u.exec(before)?.[1];
  return word !== undefined && INFINITIVE_ENDINGS[lang]?.test(word) === true;
}

export function danglingEnd(
  sentence: string,
  lang: string,
  mirrored = false,
): { start: number; end: number; text: string } | null {
  const pattern = mirrored ? null : DANGLING_PATTERNS[lang]?.exec(sentence);
  if (pattern && !sharesObject(sentence.slice(0, pattern.index), lang))
    return { start: pattern.index, end: pattern.index + pattern[0].length, text: pattern[0].trim() };
  const last = lastWord(sentence);
  // A capital letter alone is an initial ("… S."), and a tag question ends on its word ("…, že?").
  if (
    !last ||
    /^\p{Lu}$/u.test(last.word) ||
    (sentence.trimEnd().endsWith('?') && TAG_WORDS[lang]?.has(last.word.toLowerCase()))
  )
    return null;
  // German capitalises a conjunction made a noun ("ohne Wenn und Aber", "das Für und Wider").
  if (NOUN_CAPITALISING.has(lang) && last.start > 0 && /^\p{Lu}\p{Ll}/u.test(last.word)) return null;
  if (DANGLING_WORDS[lang]?.includes(last.word.toLowerCase())) {
    return { start: last.start, end: last.start + last.word.length, text: last.word };
  }
  return null;
}

/**
 * Particles that end whole sentences: English phrasal verbs ("from now on", "log in") and German
 * separable verbs ("Ich rufe dich an"). A translation may end on a preposition there too.
 */
const PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    'on',
    'in',
    'up',
    'out',
    'off',
    'over',
    'down',
    'about',
    'along',
    'around',
    'back',
    'by',
    'through',
    'with',
    'for',
    'to',
    'of',
    'from',
    'at',
    'into',
    'away',
  ]),
  de: new Set([
    'an',
    'auf',
    'aus',
    'ab',
    'ein',
    'mit',
    'vor',
    'zu',
    'zurück',
    'weg',
    'fest',
    'her',
    'hin',
    'nach',
    'um',
  ]),
};

/** A sentence that ends on a conjunction and one word: "…and die.", "…to expand." */
const MIRRORED_ENDS: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:and|or|to|then)\s+\p{L}+\s*[.!?]*\s*$/iu,
};

function endsOnParticle(sentence: string, lang: string): boolean {
  const last = lastWord(sentence);
  return last !== null && PARTICLES[lang]?.has(last.word.toLowerCase()) === true;
}

export const truncated = {
  scope: 'unit',
  id: 'truncated',
  name: 'Sentence cut off',
  category: 'Accuracy/Omission',
  severity: 'major',
  description:
    'A target sentence ends on a conjunction, preposition, article or dangling infinitive ("… i omówić."), while the source sentence does not: the rest was cut off or moved.',
  appliesTo: (ctx) => ctx.targetLang in DANGLING_WORDS,
  run(unit, ctx): Flag[] {
    if (unit.source.trim() === '') return [];
    const sourceEnd = danglingEnd(unit.source, ctx.sourceLang);
    if (sourceEnd || endsOnParticle(unit.source, ctx.sourceLang)) return [];
    // "Eat shit and die." → "… a umřít.": the source ends on a conjunction and one word too.
    const mirrored = MIRRORED_ENDS[ctx.sourceLang]?.test(unit.source) === true;
    let offset = 0;
    for (const sentence of unit.targetSentences) {
      const at = unit.target.indexOf(sentence, offset);
      offset = at >= 0 ? at + sentence.length : offset;
      const end = danglingEnd(sentence, ctx.targetLang, mirrored);
      if (end && at >= 0) {
        return [
          flagFrom(truncated, {
            side: 'target',
            span: { start: at + end.start, end: at + end.end },
            message: `The sentence ends on “${end.text}”: it looks cut off`,
          }),
        ];
      }
    }
    return [];
  },
} satisfies UnitCheck;
