import { allMatches } from '../util/regexp';
import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

const PAIRS: readonly [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['「', '」'],
  ['（', '）'],
];

/** The offset of the first unmatched bracket, or -1 when all are balanced. */
function firstUnbalanced(text: string, open: string, close: string): number {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === open && (open !== close || stack.length === 0)) stack.push(i);
    else if (ch === close) {
      if (stack.length === 0) return i;
      stack.pop();
    }
  }
  return stack[0] ?? -1;
}

/**
 * A straight quote with a space or punctuation on one side; or, between letters, next to Korean or
 * Japanese, which write their particles onto the closing quote ('"우리가 이길 것"이라고'). Between two
 * Latin letters it is an inch mark or a typo, not a quotation mark.
 */
const STRAIGHT_QUOTE =
  /(?<![\p{L}\d])"|"(?![\p{L}\d])|(?<=[\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}])"|"(?=[\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}])/gu;

function straightQuotesOdd(text: string): number {
  const positions = allMatches(STRAIGHT_QUOTE, text).map((m) => m.index);
  return positions.length % 2 === 1 ? (positions[positions.length - 1] ?? -1) : -1;
}

/**
 * Curly double quotes in any of the conventions: “…” (English), „…“ (German, Czech), „…” (Polish,
 * Romanian), ”…” (Swedish). „ always opens; “ closes a „ and otherwise opens; ” closes whatever is open
 * and otherwise opens. The offset of the first mark left unmatched, or -1.
 */
function curlyUnbalanced(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '„') open.push(i);
    else if (ch === '“') {
      if (open.length > 0 && text[open[open.length - 1] ?? -1] === '„') open.pop();
      else open.push(i);
    } else if (ch === '”') {
      if (open.length > 0) open.pop();
      else open.push(i);
    }
  }
  return open[0] ?? -1;
}

/** «…» (French, Russian) or »…« (German, Danish): whichever comes first opens. */
function guillemetsUnbalanced(text: string): number {
  const first = /[«»]/.exec(text)?.[0];
  if (first === undefined) return -1;
  return firstUnbalanced(text, first, first === '«' ? '»' : '«');
}

const ANY_MARK = /[()[\]{}„“”«»「」（）"]/;

/**
 * A list item's letter, number or Roman numeral closed by a bracket alone, as legal texts cite them
 * ("letra a)", "lit. a)", "point a)", "písm. b)", "2)"): it opens nothing.
 */
const ENUMERATOR = /(?<=(?:^|[\s,;:])(?:[a-z]|[ivx]{1,4}|\d{1,2}))\)/gu;

function unbalanced(text: string): { offset: number; mark: string } | null {
  if (!ANY_MARK.test(text)) return null;
  const withoutEnumerators = text.includes(')') ? text.replace(ENUMERATOR, ' ') : text;
  for (const [open, close] of PAIRS) {
    const offset = firstUnbalanced(withoutEnumerators, open, close);
    if (offset >= 0) return { offset, mark: text[offset] ?? open };
  }
  for (const offset of [curlyUnbalanced(text), guillemetsUnbalanced(text)]) {
    if (offset >= 0) return { offset, mark: text[offset] ?? '"' };
  }
  const straight = straightQuotesOdd(text);
  return straight >= 0 ? { offset: straight, mark: '"' } : null;
}

export const brackets = {
  scope: 'unit',
  id: 'brackets',
  name: 'Unbalanced brackets or quotes',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  description:
    'A bracket or quotation mark in the target is never closed (or never opened), while the source is balanced.',
  run(unit): Flag[] {
    if (unbalanced(unit.source)) return [];
    const problem = unbalanced(unit.target);
    if (!problem) return [];
    return [
      flagFrom(brackets, {
        side: 'target',
        span: { start: problem.offset, end: problem.offset + 1 },
        message: `“${problem.mark}” is not closed or opened`,
      }),
    ];
  },
} satisfies UnitCheck;
