/** Spaced punctuation of every kind: tokenised text ("se , že … ?") has it throughout, which is no typo. */
const SPACED_PUNCTUATION = / [,.!?;:](?=\s|$)/g;

/** A space between two characters of a script written without spaces: "日本 的 飞机". */
const SPACED_CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}] (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

/**
 * A text tokenised for MT spaces out its punctuation more than once, or puts spaces between the words
 * of Chinese or Japanese; a stray space is a single one.
 */
export function isTokenised(text: string): boolean {
  return (text.match(SPACED_PUNCTUATION)?.length ?? 0) >= 2 || (text.match(SPACED_CJK)?.length ?? 0) >= 2;
}

/** A document needs this many texts before their share says how the whole was written. */
const MIN_TEXTS = 5;
/** Tokenised files (MT evaluation data) have 55–80 % of their sentences tokenised by isTokenised; written text none. */
const MIN_TOKENISED_SHARE = 0.4;

/**
 * Whether a document's texts were tokenised as a whole: then a sentence with a single spaced full stop
 * ("… odstraněna .") is tokenised too, not a typo.
 */
export function isTokenisedDocument(texts: readonly string[]): boolean {
  if (texts.length < MIN_TEXTS) return false;
  let tokenised = 0;
  for (const text of texts) if (isTokenised(text)) tokenised++;
  return tokenised >= MIN_TOKENISED_SHARE * texts.length;
}
