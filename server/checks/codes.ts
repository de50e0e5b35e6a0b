import type { Flag } from '../domain/types';
import { fold } from '../text/normalize';
import { hasTransliterable, transliterate } from '../text/transliterate';
import { type UnitCheck, flagFrom } from './types';
import { allMatches } from '../util/regexp';

/**
 * A code or model number: a capital letter, then letters and digits with at least one digit, hyphens
 * and points inside ("BRCA2", "A320", "MH17", "G7", "COVID-19", "F-16", "PM2.5"), ending where another script
 * starts ("CO2濃度"); Cyrillic and Greek
 * ones too, which name the same thing in Latin letters ("МиГ-29" is "MiG-29"). Numbers with a unit
 * ("5GB", "10km") start with their digits and are none; a word after a hyphen is no part of the code
 * ("G20-Gipfel", the G20 summit), nor a number after an abbreviation's point ("Rs.4.5").
 */
const CODE =
  /(?<![\p{L}\p{N}_.-])[A-ZА-ЯЁΑ-Ω](?:[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\d]|-(?=[\p{L}\d])(?!\p{Lu}?\p{Ll}{3})|(?<=\d)\.(?=\d))*/gu;
/** A letter against a digit: the texts that can hold a code. */
const GLUED = /\p{L}[-.]?\d/u;
/**
 * Codes that languages write their own way: quarters and halves of a year ("Q3" is "3. Quartal",
 * "T3"), the world wars ("WW2"); and a word run into a number ("Top10", "Ligue1", wiki markup's
 * "Tumbleft185px").
 */
const NOT_CODES = /^(?:(?:Q[1-4]|H[12]|WW[12])$|\p{Lu}\p{Ll}{2,}\d)/u;
/** A word before a hyphen in a code is the thing it names ("Cytochrom-P450", "Airbus-A320"). */
const LEADING_WORD = /^\p{Lu}\p{Ll}{3,}-/u;
const DIGIT = /\d/;
const LETTERS = /\p{L}/gu;
/** Subscript digits as chemists write them ("CO₂"). */
const SUBSCRIPTS = /[₀-₉]/gu;

/**
 * Chemical formulas: element symbols with their counts ("CO2", "H2O", "CH4"). Chinese and Japanese
 * write the substance's name instead ("二氧化碳").
 */
const ELEMENTS = new Set(
  'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Fe Cu Zn Br Ag Sn I Au Hg Pb U'.split(' '),
);
function isFormula(code: string): boolean {
  if (code.includes('-') || code.includes('.')) return false;
  const parts = code.match(/[A-Z][a-z]?\d*/g);
  if (parts === null || parts.join('') !== code) return false;
  const counts = parts.map((part) => /\d+$/.exec(part)?.[0] ?? '');
  // A count of one is never written, and one element alone is a gas of two or three atoms ("O3"):
  // "S24" and "F1" are names.
  if (counts.includes('1') || (parts.length === 1 && !['2', '3'].includes(counts[0] ?? ''))) return false;
  return parts.every((part) => ELEMENTS.has(part.replace(/\d+$/, '')));
}

/**
 * A code as compared: Latin letters, folded, without hyphens, points or a plural's s ("MiG-29",
 * "МиГ-29" → "mig29"; "MH-53Js" → "mh53j").
 */
const keyOf = (code: string): string => {
  const singular = code.replace(/(?<=[\p{Lu}\d])s$/u, '');
  return fold(hasTransliterable(singular) ? transliterate(singular) : singular).replace(/[-.]/g, '');
};

/**
 * The text as codes are looked for in it: folded, Latin letters, without hyphens and points, nor
 * spaces between a letter and a digit — tokenised MT output writes "F - 35" and "A 16", a translation
 * "MH-17" for "MH17" — but with those between two numbers ("Nf6 4.d4").
 */
function compacted(text: string): string {
  return fold(hasTransliterable(text) ? transliterate(text) : text)
    .replace(/\s*[-.]\s*/gu, '')
    .replace(/(?<=\p{L})\s+(?=\d)|(?<=\d)\s+(?=\p{L})/gu, '');
}

/** Whether the compacted text has the code's key, not as the start of a longer number ("g7" in "g70"). */
function holds(compact: string, key: string): boolean {
  let at = compact.indexOf(key);
  while (at >= 0) {
    if (!/\d/.test(compact.charAt(at + key.length))) return true;
    at = compact.indexOf(key, at + 1);
  }
  return false;
}

interface Code {
  text: string;
  key: string;
  start: number;
  end: number;
}

function codesIn(text: string): Code[] {
  const codes: Code[] = [];
  const normal = text.replace(SUBSCRIPTS, (digit) => String(digit.charCodeAt(0) - 0x2080));
  if (!GLUED.test(normal)) return codes;
  for (const match of allMatches(CODE, normal)) {
    const word = LEADING_WORD.exec(match[0])?.[0].length ?? 0;
    const code = match[0].slice(word);
    const start = match.index + word;
    if (!DIGIT.test(code) || (code.match(LETTERS)?.length ?? 0) > 12) continue;
    if (NOT_CODES.test(code) || isFormula(code)) continue;
    codes.push({
      text: text.slice(start, start + code.length),
      key: keyOf(code),
      start,
      end: start + code.length,
    });
  }
  return codes;
}

export const codes = {
  scope: 'unit',
  id: 'codes',
  name: 'Code or model number differs',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A code or model number of the source — a capital letter, then letters and digits ("BRCA2", "A320", "MH17", "G7", "COVID-19") — is missing from the target, or the target has one the source does not; compared without hyphens and with Cyrillic and Greek read in Latin letters ("МиГ-29" is "MiG-29"). The numbers check leaves digits written against letters to this one. Chemical formulas ("CO2") are not compared: some languages write the substance\'s name.',
  run(unit): Flag[] {
    const source = codesIn(unit.source);
    const target = codesIn(unit.target);
    if (source.length === 0 && target.length === 0) return [];
    const targetText = compacted(unit.target);
    const sourceText = compacted(unit.source);
    const missing = source.filter((code) => !holds(targetText, code.key));
    const added = target.filter((code) => !holds(sourceText, code.key));
    return [
      ...missing.map((code) =>
        flagFrom(codes, {
          side: 'source',
          span: { start: code.start, end: code.end },
          message:
            added.length > 0
              ? `“${code.text}” from the source is not in the translation, which has “${added.map((a) => a.text).join('”, “')}”`
              : `“${code.text}” from the source is not in the translation`,
        }),
      ),
      ...(missing.length > 0
        ? []
        : added.map((code) =>
            flagFrom(codes, {
              side: 'target',
              span: { start: code.start, end: code.end },
              message: `“${code.text}” in the translation is not in the source`,
            }),
          )),
    ];
  },
} satisfies UnitCheck;
