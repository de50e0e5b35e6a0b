/**
 * Sentence-final marks of the scripts MT reaches: the Latin and CJK full stops, the Devanagari danda
 * (Hindi, Nepali, Marathi), Urdu's full stop, Armenian, Ethiopic, Khmer, Myanmar and Tibetan stops.
 */
export const FULL_STOPS = '.。．।॥۔։።។။།';
/** Question marks: Latin and full-width, Arabic ؟, Ethiopic ፧ and the Greek question mark (U+037E). */
export const QUESTION_MARKS = '?？؟፧\u037e';
export const EXCLAMATION_MARKS = '!！';
