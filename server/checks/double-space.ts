import type { Flag } from '../domain/types';
import { isTokenised } from '../text/tokenised';
import { type UnitCheck, flagFrom } from './types';

const DOUBLE_SPACE = / {2,}(?=\S)/;
const SPACE_BEFORE_PUNCTUATION = / (?=[,.](?:\s|$))/;
export const doubleSpace = {
  scope: 'unit',
  id: 'double-space',
  name: 'Double space',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  description:
    'Two or more spaces in a row inside the target, or a space before a comma or full stop, where the source has none. A target tokenised throughout ("se , že … .", or Chinese and Japanese with spaces between the words: "日本 的 飞机 ,") is not reported for its spaced punctuation, nor is any target of a document whose targets are mostly tokenised (MT evaluation data: "… odstraněna ." there is tokenisation, not a typo).',
  run(unit, ctx): Flag[] {
    const target = unit.target.trim();
    const source = unit.source.trim();
    const double = DOUBLE_SPACE.exec(target);
    const spaced =
      double || ctx.targetTokenised === true || isTokenised(target)
        ? null
        : SPACE_BEFORE_PUNCTUATION.exec(target);
    const match = double ?? spaced;
    if (!match || (double ? DOUBLE_SPACE : SPACE_BEFORE_PUNCTUATION).test(source)) return [];
    const offset = unit.target.length - unit.target.trimStart().length + match.index;
    return [
      flagFrom(doubleSpace, {
        side: 'target',
        span: { start: offset, end: offset + match[0].length },
        message: double ? 'Double space' : 'Space before punctuation',
        fix: double ? ' ' : '',
      }),
    ];
  },
} satisfies UnitCheck;
