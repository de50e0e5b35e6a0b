import type { Flag } from '../domain/types';
import { type Check, type UnitCheck, type CheckUnit, flagFrom } from './types';

interface ProtectedKind {
  kind: string;
  pattern: RegExp;
  /** The form two occurrences are compared in, when that is not the text itself. */
  normalize?: (text: string) => string;
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

/** Other text that is copied, not translated. */
const MARKUP_KINDS: readonly ProtectedKind[] = [
  { kind: 'URL', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"”)]+[^\s<>"”).,;:!?]/giu },
  { kind: 'e-mail address', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu },
  { kind: 'mention', pattern: /(?<![\w@])@\w{2,}/gu },
  { kind: 'hashtag', pattern: /(?<![\w#&])#\p{L}[\p{L}\d_]*/gu },
  { kind: 'bracketed tag', pattern: /\[\[?\w+\]\]?/gu },
  { kind: 'tag', pattern: /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/giu },
];

/** Every protected kind contains one of these; most sentences contain none and skip the patterns. */
const MAYBE_PROTECTED = /[@#{}%<$[]|https?:|www\./i;

/** Where the text has URLs, addresses, handles, placeholders or tags: text that is copied on purpose. */
export function protectedSpans(text: string): { start: number; end: number }[] {
  if (!MAYBE_PROTECTED.test(text)) return [];
  return [...PLACEHOLDER_KINDS, ...MARKUP_KINDS].flatMap(({ pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

/** Each protected string of one side that the other side does not have exactly, as a flag of `check`. */
export function unmatchedProtected(unit: CheckUnit, kinds: readonly ProtectedKind[], check: Check): Flag[] {
  if (!MAYBE_PROTECTED.test(unit.source) && !MAYBE_PROTECTED.test(unit.target)) return [];
  const flags: Flag[] = [];
  // Tokenised text spaces punctuation out ("[ URL ]", "@ handle", "www . example . com"): the same
  // string with spaces between its parts is still there.
  let compactSource: string | null = null;
  let compactTarget: string | null = null;
  const spacedOutInTarget = (text: string): boolean =>
    (compactTarget ??= withoutSpaces(unit.target)).includes(withoutSpaces(text));
  const spacedOutInSource = (text: string): boolean =>
    (compactSource ??= withoutSpaces(unit.source)).includes(withoutSpaces(text));
  for (const { kind, pattern, normalize = (text: string) => text } of kinds) {
    const source = [...unit.source.matchAll(pattern)];
    const target = [...unit.target.matchAll(pattern)];
    const targetLeft = target.map((m) => normalize(m[0]));
    for (const match of source) {
      const at = targetLeft.indexOf(normalize(match[0]));
      if (at >= 0) targetLeft.splice(at, 1);
      else if (!spacedOutInTarget(match[0]))
        flags.push(
          flagFrom(check, {
            side: 'source',
            span: { start: match.index, end: match.index + match[0].length },
            message: `The ${kind} “${match[0]}” is missing or changed in the translation`,
          }),
        );
    }
    const sourceLeft = source.map((m) => normalize(m[0]));
    for (const match of target) {
      const at = sourceLeft.indexOf(normalize(match[0]));
      if (at >= 0) sourceLeft.splice(at, 1);
      else if (!spacedOutInSource(match[0]))
        flags.push(
          flagFrom(check, {
            side: 'target',
            span: { start: match.index, end: match.index + match[0].length },
            message: `The ${kind} “${match[0]}” is not in the source`,
          }),
        );
    }
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
    'URLs, e-mail addresses, @mentions, #hashtags, bracketed tags ("[1]", "[[link]]") and HTML or XML tags must appear in the target exactly as in the source.',
  run: (unit): Flag[] => unmatchedProtected(unit, MARKUP_KINDS, markup),
} satisfies UnitCheck;
