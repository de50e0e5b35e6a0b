import type { Flag } from '../domain/types';
import { EXCLAMATION_MARKS, FULL_STOPS, QUESTION_MARKS } from '../text/stops';
import { abbreviationsFor, isTerminalAbbreviation } from '../text/abbreviations';
import { opensAsQuestion } from './lang/questions';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

type Ending = '?' | '!' | '.' | ':' | '…' | '';

const CLOSING = new Set(['"', "'", '”', '“', '„', '»', '«', '’', '‘', ')', ']', '」', '』', '）']);
const SPACE = /\s/u;

/**
 * Where the text ends once closing quotes, brackets and spaces are off. By hand: an expression ending
 * in `+$` would be tried from every position of the sentence.
 */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (CLOSING.has(text.charAt(end - 1)) || SPACE.test(text.charAt(end - 1)))) end--;
  return end;
}

/**
 * How the text ends. A Thai sentence ends without punctuation, and so does a headline: read as a
 * target it has ended a sentence (no full stop is missing), as a source it asks for no full stop.
 */
function ending(text: string, lang: string, side: 'source' | 'target'): Ending {
  const end = contentEnd(text);
  if (end === 0) return '';
  const last = text.charAt(end - 1);
  // Greek asks with what looks like a semicolon.
  if (QUESTION_MARKS.includes(last) || (lang === 'el' && last === ';')) return '?';
  // Armenian marks a question (՞) and an exclamation (՜) on a word, and ends the sentence with ։.
  if (lang === 'hy' && text.includes('\u055e')) return '?';
  if (lang === 'hy' && text.includes('\u055c')) return '!';
  // Thai ends a sentence without punctuation, and asks with a particle: "…หรือไม่", "…ไหม".
  if (lang === 'th' && !/[\p{P}]/u.test(last))
    return THAI_QUESTION.test(text.slice(0, end)) ? '?' : side === 'target' ? '.' : '';
  if (EXCLAMATION_MARKS.includes(last)) return '!';
  if (FULL_STOPS.includes(last)) return text.startsWith('...', end - 3) ? '…' : '.';
  if ('…'.includes(last)) return '…';
  if (':：'.includes(last)) return ':';
  // A quotation that closes the sentence ends it: Japanese writes 「…」 without 。, and so do
  // many English sentences that end on a quotation.
  return QUOTE_CLOSERS.has(text.charAt(end)) ? '.' : '';
}

/** Thai question particles at the end of a sentence, with a polite particle after them or not. */
const THAI_QUESTION = /(?:ไหม|มั้ย|หรือไม่|หรือเปล่า|หรือยัง|ไหน|อะไร|ทำไม|เท่าไร|เท่าไหร่)(?:ครับ|คะ|ค่ะ|จ๊ะ)?\s*$/u;

/**
 * Japanese asks with the particle か and may close the question with 。 ("…でしょうか。"), and Chinese
 * MT output sometimes closes 吗 or 呢 with 。: the sentence still asks.
 */
const QUESTION_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  ja: ['か'],
  zh: ['吗', '呢', '嗎'],
};

/** Whether a text ends with a question particle and a full stop (closing quotes and spaces aside). */
function asksWithParticle(text: string, lang: string): boolean {
  const particles = QUESTION_PARTICLES[lang];
  if (particles === undefined) return false;
  const end = contentEnd(text);
  if (end === 0 || !FULL_STOPS.includes(text.charAt(end - 1))) return false;
  return particles.includes(
    text
      .slice(0, end - 1)
      .trimEnd()
      .slice(-1),
  );
}

/** The text after its last sentence-ending mark: where a question would have opened. */
function lastSentence(text: string): string {
  return text.trimEnd().split(LAST_BREAK).pop() ?? text;
}
const LAST_BREAK = /(?<=[.!?。！？])\s+(?=\S)/u;

const QUOTE_CLOSERS = new Set(['"', '”', '“', '»', '«', '’', '」', '』']);

/** Whether the text's final period is an abbreviation's ("… from 8 a.m. to 4 p.m.", "… and Co."), not a full stop. */
function endsOnAbbreviation(text: string, lang: string): boolean {
  const word = /(\S+)\.$/u.exec(text.slice(0, contentEnd(text)))?.[1]?.toLowerCase();
  if (word === undefined) return false;
  return (
    abbreviationsFor(lang).has(word) ||
    isTerminalAbbreviation(word, lang) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(word)
  );
}

const MARKS = { '?': new RegExp(`[${QUESTION_MARKS}]`, 'u'), '!': new RegExp(`[${EXCLAMATION_MARKS}]`, 'u') };

const NAMES: Record<Ending, string> = {
  '?': 'a question mark',
  '!': 'an exclamation mark',
  '.': 'a full stop',
  ':': 'a colon',
  '…': 'an ellipsis',
  '': 'no final punctuation',
};

export const endPunctuation = {
  scope: 'unit',
  id: 'end-punctuation',
  name: 'Final punctuation differs',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  description:
    'The source ends in ? or ! and the target has none (or the other way round), or the source ends a sentence and the target stops without punctuation. A Japanese translation may close an exclamation with 。, as its style guides ask. A Japanese question closed with 。 after the particle か ("…でしょうか。") asks as much as one with ?, and so does Chinese 吗 or 呢 before 。; Armenian marks a question on a word (՞), and Thai ends sentences without punctuation and asks with a particle ("…หรือไม่"). A translation that adds the question mark a source question went without ("Do you think I could make a page for it") has changed nothing. A quoted question ("Where have you been?" asked Anna) whose translation keeps the quotation and asks nothing anywhere (« Où étais-tu. » demanda Anna) is reported too.',
  run(unit, ctx): Flag[] {
    if (unit.source.trim() === '' || unit.target.trim() === '') return [];
    const atTheEnd = endFlag(unit, ctx);
    if (atTheEnd) return [atTheEnd];
    const quoted = quotedQuestionLost(unit, ctx);
    return quoted ? [quoted] : [];
  },
} satisfies UnitCheck;

/** The flag for a unit whose ending differs from its source's, if it does in a way worth a flag. */
function endFlag(unit: CheckUnit, ctx: CheckContext): Flag | null {
  const source = ending(unit.source, ctx.sourceLang, 'source');
  const target = ending(unit.target, ctx.targetLang, 'target');
  if (source === target) return null;
  const pair = new Set([source, target]);
  // An ellipsis or a colon against a full stop or nothing is a style choice, not an error worth a flag.
  if (pair.has('…') || pair.has(':')) return null;
  if (source === '' && target === '.') return null;
  // Japanese writing closes an exclamation with 。: its style guides (JTF's among them) keep ！ out of
  // anything but casual text.
  if (source === '!' && target === '.' && ctx.targetLang === 'ja') return null;
  // A list item or heading without a full stop whose source ends on an abbreviation's period.
  if (source === '.' && target === '' && endsOnAbbreviation(unit.source, ctx.sourceLang)) return null;
  // A question closed with a full stop after its question particle asks all the same.
  if (source === '?' && target === '.' && asksWithParticle(unit.target, ctx.targetLang)) return null;
  if (target === '?' && source === '.' && asksWithParticle(unit.source, ctx.sourceLang)) return null;
  // A question the source asked without its question mark ("Do you think I could make a page for it").
  if (
    target === '?' &&
    (source === '' || source === '.') &&
    opensAsQuestion(lastSentence(unit.source), ctx.sourceLang)
  )
    return null;
  // A question (or exclamation) both sides ask, in another place: the sentences were ordered differently.
  for (const mark of ['?', '!'] as const) {
    const other = source === mark ? unit.target : target === mark ? unit.source : null;
    if (other !== null && MARKS[mark].test(other)) return null;
  }
  const end = unit.target.trimEnd().length;
  return flagFrom(endPunctuation, {
    side: 'target',
    span: { start: Math.max(0, end - 1), end },
    severity: source === '?' || target === '?' ? 'major' : 'minor',
    message: `The source ends with ${NAMES[source]}, the translation with ${NAMES[target]}`,
  });
}

/** A question mark closing a quotation: ?" ?” ?» ?」. */
const QUOTED_QUESTION = new RegExp(`[${QUESTION_MARKS}](?=\\s*["”“»«’」』])`, 'u');
/** A quotation in the target, in any language's marks. */
const QUOTATION = /["„“”«»「『‹›](?:[^"„“”«»「」『』‹›]*)["“”«»」』‹›]/u;
/** Marks that ask, in any language: Greek's ; among them. */
const ANY_QUESTION = new RegExp(`[${QUESTION_MARKS};]`, 'u');
/** Languages that ask without a question mark (Thai, Lao, Khmer, Burmese with particles; Armenian on a word). */
const ASKS_WITHOUT_MARK = new Set(['th', 'lo', 'km', 'my', 'hy']);

/**
 * A quoted question ("Where have you been?" asked Anna) whose translation keeps the quotation but asks
 * nothing anywhere: the question became a statement in the middle of the sentence, where the end
 * comparison does not look.
 */
function quotedQuestionLost(unit: CheckUnit, ctx: CheckContext): Flag | null {
  if (ASKS_WITHOUT_MARK.has(ctx.targetLang) || !QUOTED_QUESTION.test(unit.source)) return null;
  if (ANY_QUESTION.test(unit.target) || asksWithParticle(unit.target, ctx.targetLang)) return null;
  const quotation = QUOTATION.exec(unit.target);
  if (!quotation) return null;
  return flagFrom(endPunctuation, {
    side: 'target',
    span: { start: quotation.index, end: quotation.index + quotation[0].length },
    severity: 'major',
    message: 'The source quotes a question; the translation’s quotation asks nothing',
  });
}
