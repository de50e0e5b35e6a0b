import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

const DOUBLE_SPACE = / {2,}(?=\S)/;
const SPACE_BEFORE_PUNCTUATION = / (?=[,.](?:\s|$))/;
/** Spaced punctuation of every kind: tokenised text ("se , že … ?") has it throughout, which is no typo. */
const SPACED_PUNCTUATION = / [,.!?;:](?=\s|$)/g;

/** A space between two characters of a script written without spaces: "日本 的 飞机". */
const SPACED_CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}] (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

/**
 * A text tokenised for MT spaces out its punctuation more than once, or puts spaces between the words
 * of Chinese or Japanese; a stray space is a single one.
 */
function isTokenised(text: string): boolean {
  return (text.match(SPACED_PUNCTUATION)?.length ?? 0) >= 2 || (text.match(SPACED_CJK)?.length ?? 0) >= 2;
}

export const doubleSpace = {
  scope: 'unit',
  id: 'double-space',
  name: 'Double space',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  description:
    'Two or more spaces in a row inside the target, or a space before a comma or full stop, where the source has none. A target tokenised throughout ("se , že … .", or Chinese and Japanese with spaces between the words: "日本 的 飞机 ,") is not reported for its spaced punctuation.',
  run(unit): Flag[] {
    const target = unit.target.trim();
    const source = unit.source.trim();
    const double = DOUBLE_SPACE.exec(target);
    const spaced = double || isTokenised(target) ? null : SPACE_BEFORE_PUNCTUATION.exec(target);
    const match = double ?? spaced;
    if (!match || (double ? DOUBLE_SPACE : SPACE_BEFORE_PUNCTUATION).test(source)) return [];
    const offset = unit.target.length - unit.target.trimStart().length + match.index;
    return [
      flagFrom(doubleSpace, {
        side: 'target',
        span: { start: offset, end: offset + match[0].length },
        message: double ? 'Double space' : 'Space before punctuation',
      }),
    ];
  },
} satisfies UnitCheck;
