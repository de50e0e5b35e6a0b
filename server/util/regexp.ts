/** Text with the characters that mean something in a regular expression escaped, to match literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every match of a global expression in the text, like `[...text.matchAll(pattern)]`. matchAll copies
 * the expression for each call, and a copy is compiled anew whenever the garbage collector has emptied
 * V8's compilation cache: 10–30 ms for each of the large case-insensitive expressions the checks use,
 * many times over a large file. Matching with the expression itself compiles it once.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global expression: ${pattern.source}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    found.push(match);
    // An empty match would be found again at the same place: step over it, by a whole code point
    // in Unicode mode, as matchAll does.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
