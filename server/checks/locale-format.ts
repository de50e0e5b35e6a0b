import type { Flag } from '../domain/types';
import { extractNumbers, usesDecimalComma } from '../text/numbers';
import { type UnitCheck, flagFrom } from './types';

/**
 * Opening quotation marks each language's style guides accept. English, Spanish, Italian and
 * Portuguese news text uses straight quotes too, so only their absence of curly ones is no error.
 */
const OPENING_QUOTES: Record<string, string> = {
  pl: '„«»',
  de: '„»«‚',
  cs: '„»‚',
  sk: '„»',
  fr: '«',
  ru: '«„',
  uk: '«„',
  ro: '„«',
  hu: '„»',
  en: '“‘"',
  es: '«“"',
  it: '«“"',
  pt: '«“"',
  ja: '「『',
  zh: '“「『',
};

/**
 * The pair of quotation marks each language's style guides prefer, for the fix offered with the flag.
 * Languages whose guides accept several (Spanish, Italian, Portuguese) and French, whose marks take
 * spaces inside, get no fix.
 */
const PREFERRED_QUOTES: Readonly<Record<string, readonly [string, string]>> = {
  pl: ['„', '”'],
  de: ['„', '“'],
  cs: ['„', '“'],
  sk: ['„', '“'],
  ro: ['„', '”'],
  hu: ['„', '”'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  en: ['“', '”'],
  ja: ['「', '」'],
  zh: ['“', '”'],
};
/** The marks that close a quotation opened with each mark (an apostrophe inside closes no double quote). */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”“',
  '„': '“”',
  '‘': '’',
  '‚': '‘’',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
};

/**
 * The quotation opened at `start` rewritten with the language's own marks, when its closing mark is in
 * the same unit: the span it covers and what goes in its place.
 */
function requoted(text: string, start: number, lang: string): { end: number; fix: string } | null {
  const pair = PREFERRED_QUOTES[lang];
  if (!pair) return null;
  const closers = CLOSERS[text.charAt(start)] ?? '';
  let close = start + 1;
  while (close < text.length && !closers.includes(text.charAt(close))) close++;
  if (close >= text.length) return null;
  const end = close + 1;
  return { end, fix: `${pair[0]}${text.slice(start + 1, end - 1)}${pair[1]}` };
}

const VERSION_BEFORE =
  /(?:version|versión|versione|wersj\p{L}*|verz\p{L}*|v|release|build|ios|android|windows|macos|python|node)\.?\s*$/iu;

export const localeFormat = {
  scope: 'unit',
  id: 'locale-format',
  name: 'Quotation marks or decimal separator of the wrong locale',
  category: 'Locale convention',
  severity: 'minor',
  description:
    'The target uses quotation marks that its language does not (English “…” or straight quotes in Polish, where „…” is right) or a decimal separator of the source locale ("3.5" in Polish, "3,5" in English).',
  appliesTo: (ctx) => ctx.targetLang in OPENING_QUOTES,
  run(unit, ctx): Flag[] {
    const flags: Flag[] = [];
    const allowed = OPENING_QUOTES[ctx.targetLang] ?? '';
    const opening = /(?:^|[\s(])(["“‘„‚«»「『])(?=\p{L}|\d)/u.exec(unit.target);
    const mark = opening?.[1];
    if (opening && mark && !allowed.includes(mark)) {
      const at = opening.index + opening[0].length - 1;
      const quotation = requoted(unit.target, at, ctx.targetLang);
      flags.push(
        flagFrom(localeFormat, {
          side: 'target',
          // The whole quotation when its closing mark is there: the fix rewrites both marks.
          span: { start: at, end: quotation?.end ?? at + 1 },
          message: `${mark} is not the ${ctx.targetLang} quotation mark (expected ${[...allowed].join(' or ')})`,
          ...(quotation ? { fix: quotation.fix } : {}),
        }),
      );
    }
    const wrongDecimal = usesDecimalComma(ctx.targetLang) ? '.' : ',';
    // The source has the number as a decimal too: tokenised text writes "12. 10" (a sentence's last
    // number, then the next) as "12 . 10", which only the source tells from 12.10.
    // Read only when a number with the wrong separator turns up: most units have none.
    let sourceValues: number[] | undefined;
    const sourceHasDecimal = (raw: string, separator: string): boolean => {
      sourceValues ??= extractNumbers(unit.source, ctx.sourceLang).flatMap((n) => n.values);
      const value = Number(
        raw
          .replace(/\s/g, '')
          .replace(separator, '.')
          .replace(/[^\d.]/g, ''),
      );
      return sourceValues.some((v) => Math.abs(v - value) < 1e-9);
    };
    for (const number of extractNumbers(unit.target, ctx.targetLang)) {
      // Version numbers keep their dots in every language ("Version 2.4", "iOS 17.2").
      if (VERSION_BEFORE.test(unit.target.slice(Math.max(0, number.start - 16), number.start))) continue;
      // A clause number opening the line ("1.2 Abweichende Bedingungen…", "(2.1)") is no decimal.
      if (
        /^[\s(§]*$/u.test(unit.target.slice(0, number.start)) &&
        /^\)?\s/u.test(unit.target.slice(number.end, number.end + 2))
      )
        continue;
      const separators = number.raw.match(/[.,]/g) ?? [];
      // Digits, not characters: tokenised MT output writes "3.000" as "3 . 000", a thousands separator.
      const digitsAfter = number.raw
        .slice(number.raw.lastIndexOf(wrongDecimal) + 1)
        .replace(/\D/g, '').length;
      if (
        separators.length === 1 &&
        separators[0] === wrongDecimal &&
        digitsAfter !== 3 &&
        digitsAfter > 0 &&
        sourceHasDecimal(number.raw, wrongDecimal)
      ) {
        const right = number.raw.replace(wrongDecimal, wrongDecimal === '.' ? ',' : '.');
        flags.push(
          flagFrom(localeFormat, {
            side: 'target',
            span: { start: number.start, end: number.end },
            message: `“${number.raw}” uses the wrong decimal separator for ${ctx.targetLang} (expected “${right}”)`,
            fix: right,
          }),
        );
      }
    }
    return flags;
  },
} satisfies UnitCheck;
