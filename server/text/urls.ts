/**
 * What a URL does not run into: white space, the quotes and brackets around it, and Chinese, Japanese
 * or Korean text written straight after it ("https://example.com/infoをご覧ください").
 */
const NOT_IN_URL =
  '\\s<>"”)\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';

/** A URL, without the punctuation that ends the sentence after it. */
export const URL_SOURCE = `\\b(?:https?:\\/\\/|www\\.)[^${NOT_IN_URL}]*[^${NOT_IN_URL}.,;:!?]`;
