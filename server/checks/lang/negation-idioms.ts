import { isSpacelessScript } from '../../text/languages';

/**
 * Fixed phrases that some languages say with a negation and others without. Each family lists, per
 * language, the phrases as expression sources; they are blanked out on every side before the
 * negation markers are looked for, so that neither side's wording counts.
 */
type Family = Readonly<Record<string, string>>;

/**
 * Legal and official phrases said with "without" or with an adverb: "without delay" is
 * "unverzüglich", "niezwłocznie", "遅滞なく", "及时" as often as "sans délai" or "sin demora";
 * "without prejudice to" is "unbeschadet", "fatto salvo". And the polite "do not hesitate to", which
 * is as often "feel free to", "gerne", "お気軽に", "请随时".
 */
const DELAY_AND_HESITATION: Family = {
  en: "without (?:undue |further |any )?delay|without prejudice|(?:do not|don['’]t|dont) hesitate",
  de: '(?:ohne (?:schuldhaftes |unnötiges )?(?:Zögern|Verzögerung|Verzug))|(?:zögern Sie|zögere|zögert) nicht',
  fr: "sans (?:tarder|délai|retard(?: indu| injustifié)?|préjudice)|n['’]\\s?hésite[zs]? pas",
  es: 'sin (?:demora|dilación|tardanza|retraso|perjuicio)(?: indebid[ao])?|no dude[ns]? en',
  it: 'senza (?:indugio|ritardo|pregiudizio)(?: ingiustificato)?|non esit(?:are|ate|i)',
  pt: 'sem (?:demora|atraso|prejuízo)(?: injustificad[ao])?|não hesite(?:m)?',
  pl: 'bez (?:zbędnej )?(?:zwłoki|opóźnienia|uszczerbku)|nie wahaj(?:cie)? się',
  cs: 'bez (?:zbytečného )?(?:odkladu|prodlení)|neváhej(?:te)?',
  ru: 'без (?:промедления|задержки|ущерба)|не стесняй(?:тесь|ся)',
  zh: '毫不拖延|不(?:得)?无故拖延|不影响|不要犹豫|不要猶豫|请不要犹豫|請不要猶豫',
  ja: '遠慮(?:しないで|なさらず|せず)',
};

/**
 * "No wonder" and "not surprisingly": English blanks its own "no wonder", and most languages say it
 * with a negation ("kein Wunder", "není divu", "nic dziwnego", "pas étonnant", "怪不得", "無理もない").
 * Not the verbs ("no me sorprende", "überrascht mich nicht"): they stand as often for "it does not
 * surprise me", which negates on both sides.
 */
const UNSURPRISING: Family = {
  // ("No wonder" itself is among English's NOT_NEGATIONS.)
  en: 'small wonder|not (?:surprising(?:ly)?|a surprise)|no surprise',
  de: 'kein Wunder|keine Überraschung|(?:nicht|wenig) (?:überraschend|verwunderlich)',
  nl: 'geen (?:wonder|verrassing)|niet (?:verwonderlijk|verrassend)',
  cs: 'není divu|nic divného|není (?:to )?překvapivé|(?:není (?:to )?)?žádné překvapení|není (?:to )?překvapením',
  sk: '(?:niet|nie je) divu|nie je prekvapujúce|nič divné',
  pl: 'nic dziwnego|nie jest zaskakujące|nie ma się czemu dziwić|żadna niespodzianka|nie jest niespodzianką',
  ru: 'не удивительно|ничего удивительного|не (?:является )?сюрпризом',
  uk: 'не дивно|нічого дивного',
  bg: 'не е (?:чудно|изненадващо)|нищо чудно',
  hr: 'nije (?:ni )?čudo|ne čudi|nije iznenađujuće',
  bs: 'nije (?:ni )?čudo|ne čudi',
  sr: 'nije (?:ni )?čudo|ne čudi|није (?:ни )?чудо|не чуди',
  sl: 'ni (?:čudno|presenetljivo)',
  fr: "(?:(?:ce |il )?n['’]est )?pas (?:étonnant|surprenant)|rien d['’]étonnant|rien de surprenant|sans surprise|pas une surprise|aucune surprise",
  es: 'no es (?:de extrañar|extraño|de sorprender|sorprendente|(?:ninguna|una) sorpresa)|ninguna sorpresa',
  it: "non c['’]è da (?:stupirsi|meravigliarsi|sorprendersi)|nessuna (?:meraviglia|sorpresa)|non è una sorpresa|non è (?:sorprendente|strano)",
  pt: 'não admira|não é de (?:admirar|estranhar|surpreender)|não é (?:surpreendente|estranho|(?:nenhuma |uma )?surpresa)|nenhuma surpresa',
  ro: 'nu (?:e|este|-i) (?:de mirare|surprinzător)|nu-i de mirare',
  hu: 'nem (?:csoda|meglepő)',
  sv: 'inte (?:konstigt|förvånande|överraskande)|inte undra på',
  da: 'ikke (?:så )?(?:mærkeligt|underligt|overraskende)|intet under',
  nb: 'ikke (?:rart|overraskende|merkelig)|intet under',
  no: 'ikke (?:rart|overraskende|merkelig)|intet under',
  fi: 'ei (?:ihme|ole ihme|ole yllättävää)',
  et: '(?:pole|ei ole) (?:ime|üllatav)',
  el: 'δεν είναι (?:περίεργο|παράξενο|έκπληξη|εκπληκτικό)',
  tr: 'şaşırtıcı değil',
  zh: '怪不得|无怪|無怪|不足为奇|不足為奇|并不奇怪|並不奇怪|毫不奇怪|不奇怪|毫不意外|不意外|不出所料',
  ja: '無理もない|不思議(?:では|じゃ|は)ない|不思議(?:では|じゃ)ありません|驚くに(?:は)?当たらない',
  ko: '놀랍지않|놀라운일이아니|놀랄일이아니',
};

/** "Regardless of", which English and most languages say without a negation and these with one ("を問わず", asking not). */
const REGARDLESS: Family = {
  // "Without regard to" negates in English as "ohne Rücksicht auf" does in German.
  en: 'without regard (?:to|for)',
  cs: 'bez ohledu na',
  sk: 'bez ohľadu na',
  pl: 'bez względu na',
  hr: 'bez obzira (?:na|da)',
  bs: 'bez obzira (?:na|da)',
  sr: 'bez obzira (?:na|da)|без обзира (?:на|да)',
  sl: 'ne glede na',
  bg: 'без оглед на',
  mk: 'без оглед на',
  uk: 'не дивлячись на',
  de: 'ohne Rücksicht auf',
  ja: '問わず',
  // "No matter what" ("no importa qué"), not "it does not matter" ("no importa").
  es: 'sin importar|no importa (?:qué|cómo|cuánto|cuándo|dónde|quién|lo que)',
  it: 'non importa (?:cosa|come|quanto|quando|dove|chi|quale)',
  pt: 'não importa (?:o que|como|quanto|quando|onde|quem|qual)',
  // "N'importe quoi" is "anything", "n'importe qui" "anyone".
  fr: "n['’]importe (?:quoi|qui|où|quel(?:le)?s?|comment|lequel|laquelle|lesquel(?:le)?s|quand)",
};

/**
 * "Not to mention" and "let alone", which English blanks and these languages say with a negation —
 * often as "not counting" or "not forgetting" ("sin contar", "nicht zu vergessen"), which English
 * then blanks too, so that those read the same both ways.
 */
const NOT_TO_MENTION: Family = {
  en: 'not (?:counting|forgetting)',
  de: 'nicht zu (?:erwähnen|vergessen)',
  nl: 'niet te vergeten',
  fr: 'sans (?:parler|compter|oublier|mentionner)|pour ne pas (?:parler|mentionner)',
  es: 'sin (?:mencionar|contar|olvidar)|por no (?:hablar|mencionar|decir)',
  it: 'per non (?:parlare|dire|menzionare)|senza (?:contare|menzionare|dimenticare)',
  pt: 'sem (?:falar|mencionar|contar|esquecer)|para não (?:falar|mencionar|dizer)',
  ro: 'ca să nu mai (?:vorbim|spunem|menționăm)|fără (?:a mai menționa|să mai (?:menționăm|vorbim))',
  pl: 'nie mówiąc (?:już )?o',
  ru: 'не говоря (?:уже )?об?',
  uk: 'не кажучи (?:вже )?про',
  sk: 'nehovoriac',
  hr: '(?:a )?da ne (?:spominjem|spominjemo|govorim)',
  bs: '(?:a )?da ne (?:spominjem|spominjemo|govorim)',
  sr: '(?:a )?da ne (?:spominjem|spominjemo|govorim)|(?:а )?да не (?:помињем|помињемо|говорим)',
  sl: 'da ne omenjam|da ne govorim',
  bg: 'да не говорим за|да не споменаваме',
  hu: 'nem (?:is )?beszélve',
  sv: 'för att inte (?:tala om|nämna)|inte att förglömma',
  da: 'for ikke at (?:tale om|nævne)|ikke at forglemme',
  nb: 'for ikke å (?:snakke om|nevne)|ikke å forglemme',
  no: 'for ikke å (?:snakke om|nevne)|ikke å forglemme',
  el: 'για να μην (?:αναφέρω|αναφέρουμε|πω|μιλήσω)',
  zh: '更别说|更別說|更不必说|更不必說|不用说|不用說',
  ja: '言うまでもな(?:く|い)|言うに及ばず|言及(?:する)?ことなく',
  ko: '말할것도없',
};

/**
 * "No offence", which English and most languages say with a negation ("keine Beleidigung", "bez urážky",
 * "没有冒犯", "悪気はない") and translations as often as an apology ("申し訳ありませんが", "sorry, but"),
 * which negates nothing.
 */
const NO_OFFENCE: Family = {
  // The idiom, not the object of a verb: "I hope I caused no offence" is negated.
  en: '(?<!(?:caus(?:e|ed|es|ing)|meant?|tak(?:e|en|es|ing)|took|g[ia]ve|giving|intend(?:ed)?) )no offen[cs]e(?: (?:meant|intended))?',
  de: 'keine Beleidigung|nichts für ungut|nimm(?: e?s)? mir nicht übel|nehmen Sie (?:e?s )?mir nicht übel',
  nl: 'geen (?:belediging|aanstoot)|niet beledigend bedoeld',
  fr: "sans (?:vouloir )?(?:(?:t|vous)['’] ?)?offenser|sans offense|aucune offense|ne le prends? pas mal|ne le prenez pas mal",
  es: 'sin (?:ánimo de )?ofender|no te ofendas|no se ofenda',
  it: 'senza offesa|non offenderti|non si offenda',
  pt: 'sem ofensa|não (?:se )?ofenda|não leve a mal',
  pl: 'bez urazy|nie obraź się|nie obrażaj się',
  cs: 'bez urážky|nic ve zlém|neber (?:to )?ve zlém|neberte (?:to )?ve zlém',
  sk: 'bez urážky|nič v zlom|neber to v zlom',
  ru: 'без обид|не в обиду|не обижайся|не обижайтесь',
  uk: 'без образ|не ображайся|не ображайтеся',
  zh: '没有冒犯|無意冒犯|无意冒犯|不是冒犯',
  ja: '悪気はない|悪気はありません|気を悪くしないで',
};

const FAMILIES: readonly Family[] = [
  DELAY_AND_HESITATION,
  UNSURPRISING,
  REGARDLESS,
  NOT_TO_MENTION,
  NO_OFFENCE,
];

/** Per language, one expression for every family's phrases: whole words, except in scripts without spaces. */
export const NEGATION_FREE_PHRASES: Readonly<Record<string, RegExp>> = Object.fromEntries(
  [...new Set(FAMILIES.flatMap((family) => Object.keys(family)))].map((lang) => {
    const alternatives = FAMILIES.flatMap((family) => family[lang] ?? []).join('|');
    const source = isSpacelessScript(lang) ? alternatives : `(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`;
    return [lang, new RegExp(source, 'giu')];
  }),
);
