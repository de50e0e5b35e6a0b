import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

/** Things that must come through translation unchanged. */
const PROTECTED: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'URL', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"”)]+[^\s<>"”).,;:!?]/giu },
  { kind: 'e-mail address', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu },
  { kind: 'mention', pattern: /(?<![\w@])@\w{2,}/gu },
  { kind: 'hashtag', pattern: /(?<![\w#&])#\p{L}[\p{L}\d_]*/gu },
  { kind: 'placeholder', pattern: /\{\{?[\w.]*\}\}?|%(?:\d+\$)?[sdif@]|\$\{\w+\}|\[\[?\w+\]\]?/gu },
  { kind: 'tag', pattern: /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/giu },
];

/** Every protected kind contains one of these; most sentences contain none and skip the six patterns. */
const MAYBE_PROTECTED = /[@#{}%<$[]|https?:|www\./i;

/** Where the text has URLs, addresses, handles, placeholders or tags: text that is copied on purpose. */
export function protectedSpans(text: string): { start: number; end: number }[] {
  if (!MAYBE_PROTECTED.test(text)) return [];
  return PROTECTED.flatMap(({ pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

export const markup = {
  scope: 'unit',
  id: 'markup',
  name: 'URL, placeholder or markup differs',
  category: 'Locale convention',
  severity: 'major',
  description:
    'URLs, e-mail addresses, @mentions, #hashtags, placeholders and tags must appear in the target exactly as in the source.',
  run(unit): Flag[] {
    if (!MAYBE_PROTECTED.test(unit.source) && !MAYBE_PROTECTED.test(unit.target)) return [];
    const flags: Flag[] = [];
    for (const { kind, pattern } of PROTECTED) {
      const source = [...unit.source.matchAll(pattern)];
      const target = [...unit.target.matchAll(pattern)];
      const targetLeft = target.map((m) => m[0]);
      for (const match of source) {
        const at = targetLeft.indexOf(match[0]);
        if (at >= 0) targetLeft.splice(at, 1);
        else
          flags.push(
            flagFrom(markup, {
              side: 'source',
              span: { start: match.index, end: match.index + match[0].length },
              message: `The ${kind} “${match[0]}” is missing or changed in the translation`,
            }),
          );
      }
      const sourceLeft = source.map((m) => m[0]);
      for (const match of target) {
        const at = sourceLeft.indexOf(match[0]);
        if (at >= 0) sourceLeft.splice(at, 1);
        else
          flags.push(
            flagFrom(markup, {
              side: 'target',
              span: { start: match.index, end: match.index + match[0].length },
              message: `The ${kind} “${match[0]}” is not in the source`,
            }),
          );
      }
    }
    return flags;
  },
} satisfies UnitCheck;
