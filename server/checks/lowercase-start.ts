import type { Flag } from '../domain/types';
import { isSpacelessScript } from '../text/languages';
import { type UnitCheck, flagFrom } from './types';

/** A word in small letters then capitals: "iPhone", "iOS", "eBay", "macOS". */
const BRAND_CASE = /^\p{Ll}{1,4}\p{Lu}/u;

export const lowercaseStart = {
  scope: 'unit',
  id: 'lowercase-start',
  name: 'Sentence starts in lower case',
  category: 'Fluency/Spelling',
  severity: 'minor',
  description:
    'The target starts with a lower-case letter although the source starts with a capital (not in Georgian, which has no case in running text).',
  appliesTo: (ctx) => !isSpacelessScript(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const source = /\p{L}/u.exec(unit.source);
    const target = /[\p{L}\d]/u.exec(unit.target);
    // Georgian has no capitals in running text (Unicode's Mtavruli are for headings): no case to start with.
    if (!source || !target || !/\p{L}/u.test(target[0]) || /\p{Script=Georgian}/u.test(target[0])) return [];
    const sourceUpper = source[0] !== source[0].toLowerCase();
    const targetLower = target[0] !== target[0].toUpperCase();
    if (!sourceUpper || !targetLower) return [];
    // A name written with a small letter first and a capital inside: "iOS 17.2 fixes…", "eBay said…".
    if (BRAND_CASE.test(unit.target.slice(target.index))) return [];
    return [
      flagFrom(lowercaseStart, {
        side: 'target',
        span: { start: target.index, end: target.index + 1 },
        message: 'The sentence starts in lower case',
        // In the target language's capitals: Turkish "i" is "İ".
        fix: target[0].toLocaleUpperCase(ctx.targetLang),
      }),
    ];
  },
} satisfies UnitCheck;
