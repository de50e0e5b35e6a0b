import { allMatches } from '../../util/regexp';

/**
 * Words that make a claim someone else's, as news writes them: "the alleged killer", "reportedly
 * fled", "a suspected drug dealer". A translation that drops them states the allegation as fact — in
 * a newsroom, a matter for the lawyers. Only the unmistakable ones are read in a source: "supposed to"
 * and "may" are not attributions.
 */
const ATTRIBUTIONS: Readonly<Record<string, string>> = {
  // "suspected" as an attribute ("a suspected smuggler", "suspected of fraud"), not what someone
  // suspected ("As I suspected.", "I suspected you could").
  en: 'alleged(?:ly)?|reportedly|purported(?:ly)?|supposedly|putative|presumed|suspected(?=\\s+(?!(?:that|you|he|she|it|they|we|i|him|her|them|us|me|as|so|the|a|an|this|these|those|his|their|my|our|your|some\\p{L}*|any\\p{L}*)(?![\\p{L}]))\\p{L})',
  de: 'mutmaßlich\\p{L}*|angeblich\\p{L}*|vermeintlich\\p{L}*',
  fr: 'présumée?s?|prétendue?s?|prétendument|supposée?s?',
  es: 'presunt[oa]s?|presuntamente|supuest[oa]s?|supuestamente',
  it: 'presunt[oaie]|presumibilmente|sedicent[ei]',
  pt: 'supost[oa]s?|supostamente|alegad[oa]s?|alegadamente',
  pl: 'domniemany\\p{L}*|domniemani\\p{L}*|rzekom\\p{L}*',
  cs: 'údajn\\p{L}*|domněl\\p{L}*',
  ru: 'предполагаем\\p{L}*|якобы',
  zh: '涉嫌|据称|據稱|据报道|據報道',
  ja: '容疑者|とされる',
};

/**
 * What keeps a claim someone else's in a translation: the same words, the conditional of reported
 * speech ("aurait tué", "habría huido", "soll geflohen sein"), attribution ("according to police",
 * "Berichten zufolge", "据悉"), suspicion ("verdächtigt", "подозреваемый", "容疑者"), likelihood. Listed
 * loosely: a hedge the translation says another way is no reason to report it.
 */
const HEDGES: Readonly<Record<string, string>> = {
  en: 'alleged\\p{L}*|putative|allegation\\p{L}*|reported\\p{L}*|purported\\p{L}*|supposed\\p{L}*|suspect\\p{L}*|presum\\p{L}*|apparent\\p{L}*|claim\\p{L}*|accus\\p{L}*|according to|said to|believed|thought to|would have|may have|might have|likely|possibl\\p{L}*|probabl\\p{L}*',
  de: 'mutmaßlich\\p{L}*|angeblich\\p{L}*|vermeintlich\\p{L}*|vermutlich|vermut\\p{L}*|soll|sollen|sollte|sollten|verdacht\\p{L}*|verdächt\\p{L}*|Verdacht\\p{L}*|Verdächt\\p{L}*|zufolge|berichte\\p{L}*|Bericht\\p{L}*|offenbar|wohl|behaupt\\p{L}*|vorgeblich|beschuldigt\\p{L}*|laut|wahrscheinlich',
  fr: "présum\\p{L}*|prétend\\p{L}*|suppos\\p{L}*|soupçon\\p{L}*|suspect\\p{L}*|aurai(?:t|ent)|serai(?:t|ent)|selon|d[’']après|apparemment|allégu\\p{L}*|accus\\p{L}*|rapport\\p{L}*|probablement",
  es: 'presunt\\p{L}*|supuest\\p{L}*|sospech\\p{L}*|habría(?:n)?|sería(?:n)?|según|al parecer|aparente\\p{L}*|alegad\\p{L}*|acusad\\p{L}*|informes|probablemente',
  it: 'presunt\\p{L}*|presumibil\\p{L}*|sospett\\p{L}*|avrebbe(?:ro)?|sarebbe(?:ro)?|secondo|a quanto pare|apparente\\p{L}*|sedicent\\p{L}*|accusat\\p{L}*|probabil\\p{L}*',
  pt: 'supost\\p{L}*|alegad\\p{L}*|presum\\p{L}*|suspeit\\p{L}*|teria(?:m)?|seria(?:m)?|segundo|de acordo com|aparente\\p{L}*|acusad\\p{L}*|provável\\p{L}*|provavelmente',
  pl: 'domniema\\p{L}*|rzekom\\p{L}*|podobno|prawdopodob\\p{L}*|podejrz\\p{L}*|według|ponoć|najwyraźniej|jakoby|przypuszcz\\p{L}*|oskarż\\p{L}*|miał\\p{L}*|mieli',
  cs: 'údajn\\p{L}*|domněl\\p{L}*|prý|podezř\\p{L}*|tvrd\\p{L}*|podle|pravděpodob\\p{L}*|zřejmě|předpoklád\\p{L}*|obviněn\\p{L}*|obžalovan\\p{L}*',
  ru: 'предполагаем\\p{L}*|предположительно|якобы|по данным|по сообщени\\p{L}*|подозрева\\p{L}*|подозрени\\p{L}*|вероятно|по-видимому|как сообщается|мним\\p{L}*|обвиня\\p{L}*|по словам|сообщается',
  uk: 'імовірн\\p{L}*|ймовірн\\p{L}*|нібито|начебто|підозр\\p{L}*|за даними|за повідомлення\\p{L}*|як повідомляється|обвинувач\\p{L}*|за словами',
  nl: 'vermeend\\p{L}*|vermoedelijk|naar verluidt|zou|zouden|verdacht\\p{L}*|zogenaamd\\p{L}*|volgens|blijkbaar|beschuldig\\p{L}*|waarschijnlijk',
  sv: 'påstådd\\p{L}*|påstått|misstänk\\p{L}*|uppges|enligt|förmodad\\p{L}*|förmodligen|ska ha|lär ha|anklagad\\p{L}*|troligen',
  zh: '涉嫌|据称|據稱|据报|據報|报道|報道|据悉|據悉|疑似|怀疑|懷疑|所谓|所謂|被指|被控|嫌疑|据说|據說|可能|指控|传|傳',
  ja: '容疑|とされ|疑い|疑わ|疑惑|主張|報じ|報道|おそらく|恐らく|たぶん|多分|によると|によれば|とみられ|と見られ|らし|よう|可能性|伝えられ|という|とも',
  ko: '혐의|의혹|알려|전해|추정|주장|의심|따르면|보인',
  tr: 'iddia|ileri sürül\\p{L}*|şüpheli\\p{L}*|zanlı\\p{L}*|bildiril\\p{L}*|öne sürül\\p{L}*|göre|muhtemel\\p{L}*|sözde',
  ar: 'المزعوم|المزعومة|مزعوم|يزعم|يُزعم|المشتبه|مشتبه|بحسب|وفقا|وفقاً|يعتقد|يُعتقد|قيل|حسب|على ما يبدو|المفترض|يُدعى|المتهم|متهم',
  hi: 'कथित|संदिग्ध|बताया|अनुसार|माना जाता|आरोप|संभवत',
};

/** Chinese, Japanese and Korean have no letters around a word to tell it by. */
const UNBOUNDED = new Set(['zh', 'ja', 'ko']);

function compile(words: string | undefined, lang: string): RegExp | null {
  if (words === undefined) return null;
  return UNBOUNDED.has(lang)
    ? new RegExp(`(?:${words})`, 'gu')
    : new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu');
}

const attributionPatterns = new Map<string, RegExp | null>();
const hedgePatterns = new Map<string, RegExp | null>();

function patternFor(
  table: Map<string, RegExp | null>,
  words: string | undefined,
  lang: string,
): RegExp | null {
  if (!table.has(lang)) table.set(lang, compile(words, lang));
  return table.get(lang) ?? null;
}

/** Whether the check reads this pair: attributions in the source's language, hedges in the translation's. */
export function readsAttributions(sourceLang: string, targetLang: string): boolean {
  return sourceLang in ATTRIBUTIONS && targetLang in HEDGES;
}

/** The attributing words of a text ("alleged", "reportedly"), where they stand. */
export function attributionsIn(text: string, lang: string): { start: number; end: number; text: string }[] {
  const pattern = patternFor(attributionPatterns, ATTRIBUTIONS[lang], lang);
  if (!pattern) return [];
  return allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Whether a text keeps any claim someone else's, in any of the ways its language says so. */
export function hedges(text: string, lang: string): boolean {
  const pattern = patternFor(hedgePatterns, HEDGES[lang], lang);
  if (!pattern) return true;
  pattern.lastIndex = 0;
  // Tokenised Chinese and Japanese space their words out: "据 报道".
  return pattern.test(UNBOUNDED.has(lang) ? text.replace(/\s+/gu, '') : text);
}
