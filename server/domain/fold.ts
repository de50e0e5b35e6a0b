/**
 * Folding text case and accents aside, shared by the server (checks, search, the memory) and the web
 * page's Find, so that both find "Łódź" by "lodz".
 */

/**
 * Combining marks go; letters that carry their stroke inside (ł, ø) or stand for two (ß) are spelt out.
 * Not the vowel signs and viramas of the Indic, Thai, Lao, Tibetan, Myanmar and Khmer scripts, which
 * are letters there: without them Tamil தங்கள் (their) is திங்கள் (Monday), Thai ไม้ (wood) ไม่ (not).
 * Their nuktas do go, since Hindi writes हज़ार and हजार alike; and a nasal consonant joined to the
 * next is written as the anusvara it sounds as, since Nepali and Hindi write मङ्गलबार and मंगलबार,
 * हिन्दी and हिंदी alike.
 */
const FOLDED_AWAY =
  /(?:(?![\u0900-\u0DFF\u0E00-\u0EFF\u0F00-\u0FFF\u1000-\u109F\u1780-\u17FF])\p{M})+|[\u093C\u09BC\u0A3C\u0ABC\u0B3C\u0CBC]|[łøßيك]|[ङञणनम]्(?=[क-ह])/gu;
/**
 * Persian, Urdu and Pashto text is typed with the Arabic yeh and kaf as often as with its own (Intl's
 * Pashto "يونۍ", a writer's "یونۍ"): one letter each.
 */
const SPELT_OUT: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ي: 'ی',
  ك: 'ک',
  ...Object.fromEntries(['ङ्', 'ञ्', 'ण्', 'न्', 'म्'].map((nasal) => [nasal, 'ं'])),
};
const foldCharacter = (match: string): string => SPELT_OUT[match] ?? '';

/** Lower case, accents gone, ł ø ß spelt out: "Łódź" → "lodz" (server/text/normalize.ts caches it). */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(FOLDED_AWAY, foldCharacter);
}
