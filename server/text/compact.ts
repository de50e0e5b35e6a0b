/** A text with some characters taken out, and for each character left its index in the original. */
export interface Compacted {
  text: string;
  origin: number[];
}

/** JavaScript's white space (what /\s/ matches), tested by code: this runs on every Chinese and Japanese sentence. */
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The text without its white space: how tokenised Chinese and Japanese ("妈 的") are read. */
export function withoutWhitespace(text: string): Compacted {
  const origin: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) continue;
    origin.push(i);
    compact += text.charAt(i);
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

/** The text with the spans blanked out by `filler`, one per character, so that offsets hold. */
export function blankSpans(
  text: string,
  spans: readonly { start: number; end: number }[],
  filler = ' ',
): string {
  let blanked = text;
  for (const { start, end } of spans)
    blanked = blanked.slice(0, start) + filler.repeat(end - start) + blanked.slice(end);
  return blanked;
}
