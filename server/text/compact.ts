/** A text with some characters taken out, and for each character left its index in the original. */
export interface Compacted {
  text: string;
  origin: number[];
}

/** The text without its white space: how tokenised Chinese and Japanese ("妈 的") are read. */
export function withoutWhitespace(text: string): Compacted {
  const origin: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) continue;
    origin.push(i);
    compact += ch;
  }
  return { text: compact, origin };
}

/** Where `length` characters found at `index` of the compacted text stand in the original. */
export function originalSpan(
  compacted: Compacted,
  index: number,
  length: number,
): { start: number; end: number } {
  const start = compacted.origin[index] ?? index;
  const end = (compacted.origin[index + length - 1] ?? start) + 1;
  return { start, end };
}
