const DIGIT = /^\p{Nd}$/u;

/**
 * Per UTF-16 code unit above ASCII: 0 not yet known, 1–10 a decimal digit worth 0–9, 11 anything else
 * (Unicode tables are slow to ask on every character).
 */
const digitTable = new Uint8Array(0x10000);
const NOT_A_DIGIT = 11;

/** Arabic-script number punctuation, each one code unit as its ASCII counterpart is. */
const ARABIC_SIGNS: Readonly<Record<number, string>> = { 0x66a: '%', 0x66b: '.', 0x66c: ',' };

function digitValue(code: number): number | null {
  let known = digitTable[code] ?? 0;
  if (known === 0) {
    if (DIGIT.test(String.fromCharCode(code))) {
      // Every decimal digit block in the BMP is a run of ten from its zero.
      let zero = code;
      while (zero > code - 9 && DIGIT.test(String.fromCharCode(zero - 1))) zero--;
      known = code - zero + 1;
    } else known = NOT_A_DIGIT;
    digitTable[code] = known;
  }
  return known === NOT_A_DIGIT ? null : known - 1;
}

/**
 * The text with the decimal digits of other scripts written as ASCII digits — Devanagari "२०१५",
 * Arabic "٢٠١٥", Persian "۲۰۱۵", Khmer "២០១៥", Myanmar "၂၀၁၅" all become "2015" — so that numbers
 * compare across scripts. Every character keeps its length, so offsets into the original still hold.
 */
export function asciiDigits(text: string): string {
  let firstNative = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 && (digitValue(code) !== null || ARABIC_SIGNS[code] !== undefined)) {
      firstNative = i;
      break;
    }
  }
  if (firstNative < 0) return text;
  let result = text.slice(0, firstNative);
  for (let i = firstNative; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code > 127 ? digitValue(code) : null;
    result += value !== null ? String(value) : (ARABIC_SIGNS[code] ?? text.charAt(i));
  }
  return result;
}
