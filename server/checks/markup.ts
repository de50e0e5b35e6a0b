import { allMatches } from '../util/regexp';
import { URL_SOURCE } from '../text/urls';
import type { Flag, Side } from '../domain/types';
import { type Check, type UnitCheck, type CheckUnit, flagFrom } from './types';
import { pairInPlace } from './lang/in-place';

export interface ProtectedKind {
  kind: string;
  pattern: RegExp;
  /** The form two occurrences are compared in, when that is not the text itself. */
  normalize?: (text: string) => string;
  /**
   * False when the source's string is no certain mend for the one the translation has in its place: a
   * hashtag may be translated on purpose ("#Literaturbewegungen"), and of a wiki section link
   * ("#The map") the pattern sees the first word only.
   */
  copyMends?: boolean;
}

/** Variables a program fills in: printf ("%d", "%1$s", "%@"), ICU and format ("{count}", "{0}", "{{name}}"), "${name}". */
export const PLACEHOLDER_KINDS: readonly ProtectedKind[] = [
  {
    kind: 'placeholder',
    // Template languages allow spaces inside the braces ("{{ name }}", "{ count }").
    pattern: /\{(?:\s?\{)?\s?[\w.]*\s?\}(?:\s?\})?|%(?:\d+\$)?[sdif@]|\$\{\w+\}/gu,
    normalize: (text) => text.replace(/\s/g, ''),
  },
];

const lowerCase = (text: string): string => text.toLowerCase();

/** Other text that is copied, not translated. */
export const MARKUP_KINDS: readonly ProtectedKind[] = [
  { kind: 'URL', pattern: new RegExp(URL_SOURCE, 'giu') },
  // Addresses, handles and hashtags are the same in any case ("@nasa" is "@NASA").
  { kind: 'e-mail address', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu, normalize: lowerCase },
  { kind: 'mention', pattern: /(?<![\w@])@\w{2,}/gu, normalize: lowerCase },
  {
    kind: 'hashtag',
    pattern: /(?<![\w#&])#\p{L}[\p{L}\d_]*/gu,
    normalize: lowerCase,
    copyMends: false,
  },
  { kind: 'bracketed tag', pattern: /\[\[\w+\]\]|\[(?:\d+|\p{Lu}[\p{Lu}\d_]*)\]/gu },
  { kind: 'tag', pattern: /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/giu },
];

/** Every protected kind contains one of these; most sentences contain none and skip the patterns. */
const MAYBE_PROTECTED = /[@#{}%<$[]|https?:|www\./i;

/** Where the text has URLs, addresses, handles, placeholders or tags: text that is copied on purpose. */
export function protectedSpans(text: string): { start: number; end: number }[] {
  if (!MAYBE_PROTECTED.test(text)) return [];
  return [...PLACEHOLDER_KINDS, ...MARKUP_KINDS].flatMap(({ pattern }) =>
    allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

const DIRECTIONS: readonly { side: Side; says: string }[] = [
  { side: 'source', says: 'is missing from the translation' },
  { side: 'target', says: 'is not in the source' },
];

/**
 * Each protected string of one side that the other side does not have exactly, as a flag of `check`.
 * `mayHold` is a cheap test that every kind's match passes: texts that fail it on both sides are not
 * searched.
 */
export function unmatchedProtected(
  unit: Pick<CheckUnit, 'source' | 'target'>,
  kinds: readonly ProtectedKind[],
  check: Check,
  mayHold: RegExp = MAYBE_PROTECTED,
): Flag[] {
  if (!mayHold.test(unit.source) && !mayHold.test(unit.target)) return [];
  // Tokenised text spaces punctuation out ("[ URL ]", "@ handle", "www . example . com"): the same
  // string with spaces between its parts is still there.
  const compact = { source: '', target: '' };
  const spacedOutIn = (side: Side, text: string, normalize: (text: string) => string): boolean =>
    normalize((compact[side] ||= withoutSpaces(unit[side]))).includes(normalize(withoutSpaces(text)));
  const flags: Flag[] = [];
  for (const { kind, pattern, normalize = (text: string) => text, copyMends = true } of kinds) {
    const found = { source: allMatches(pattern, unit.source), target: allMatches(pattern, unit.target) };
    /** The matches of one side that the other side lacks, each match of the other side used once. */
    const missingFrom = (side: Side, other: Side): RegExpExecArray[] => {
      const left = found[other].map((m) => normalize(m[0]));
      return found[side].filter((match) => {
        const at = left.indexOf(normalize(match[0]));
        if (at >= 0) left.splice(at, 1);
        return at < 0 && !spacedOutIn(other, match[0], normalize);
      });
    };
    const { changed, lost, added } = pairInPlace(
      missingFrom('source', 'target'),
      missingFrom('target', 'source'),
    );
    // Each one the translation has in place of one of the source's, none left over: what is copied on
    // purpose is mended by copying it ("--probelauf" → "--dry-run", "<strong>" → "<b>").
    const mendable = copyMends && lost.length === 0 && added.length === 0;
    for (const { lost: was, added: is } of changed)
      flags.push(
        flagFrom(check, {
          side: 'target',
          span: { start: is.index, end: is.index + is[0].length },
          message: `The ${kind} “${is[0]}” in the translation where the source has “${was[0]}”`,
          ...(mendable ? { fix: was[0] } : {}),
        }),
      );
    const left = { source: lost, target: added };
    for (const { side, says } of DIRECTIONS)
      for (const match of left[side])
        flags.push(
          flagFrom(check, {
            side,
            span: { start: match.index, end: match.index + match[0].length },
            message: `The ${kind} “${match[0]}” ${says}`,
          }),
        );
  }
  return flags;
}

export const markup = {
  scope: 'unit',
  id: 'markup',
  name: 'URL, address or markup differs',
  category: 'Locale convention',
  severity: 'major',
  description:
    'URLs, e-mail addresses, @mentions, #hashtags, bracketed tags ("[1]", "[URL]", "[[link]]"; not a word in brackets, "[sic]", which is prose) and HTML or XML tags must appear in the target exactly as in the source (addresses, @mentions and #hashtags in any case: "@nasa" is "@NASA"). One changed where none is lost or added beside it carries the source\'s as its fix, a hashtag excepted (translated on purpose at times).',
  run: (unit): Flag[] => unmatchedProtected(unit, MARKUP_KINDS, markup),
} satisfies UnitCheck;
