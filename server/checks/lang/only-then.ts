/**
 * English "not … until" and "not … before" mean "only then": a translation may rightly say it without
 * a negation ("erst im September", "à partir de septembre", "直到…才"). Said with the bare "until" or
 * "before" and nothing for "only", "from" or "wait", it turns the sentence round: "should not install
 * the update until the bug has been fixed" → "sollten das Update installieren, bis der Fehler behoben
 * ist"; "would not reopen before September" → "riaprirà prima di settembre".
 */
const UNTIL_OR_BEFORE: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])(?:bis|bevor|vor)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:jusqu\p{L}*|avant)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:hasta|antes)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:fino|finché|prima)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:até|antes)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:tot|voor|voordat)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:do|dopóki|przed|zanim)(?![\p{L}])/iu,
  cs: /(?<![\p{L}])(?:do|dokud|před|než)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:до|пока|перед)(?![\p{L}])/iu,
  ro: /(?<![\p{L}])(?:până|înainte)(?![\p{L}])/iu,
  zh: /直到|之前|以前/u,
  ja: /まで|前に/u,
};

/** "only", "at the earliest", "from … on", "after", "wait": how each language says "only then". */
const ONLY_THEN: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])(?:erst|frühestens|ab|sobald|nachdem|wart\p{L}*)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:qu['’]|seulement|à partir|dès|après|une fois|attend\p{L}*)/iu,
  es: /(?<![\p{L}])(?:solo|sólo|solamente|a partir|desde|después|una vez|esper\p{L}*)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:solo|soltanto|solamente|a partire|da quando|dopo|una volta|aspett\p{L}*)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:só|somente|apenas|a partir|desde|depois|assim que|esper\p{L}*)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:pas|vanaf|na|nadat|zodra|wacht\p{L}*)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:dopiero|od|po|gdy tylko|aż|czeka\p{L}*|poczeka\p{L}*)(?![\p{L}])/iu,
  cs: /(?<![\p{L}])(?:až|teprve|od|po|počk\p{L}*|čeka\p{L}*)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:только|лишь|с|со|после|подожд\p{L}*|жд\p{L}*)(?![\p{L}])/iu,
  ro: /(?<![\p{L}])(?:abia|doar|numai|de la|după|aștept\p{L}*)(?![\p{L}])/iu,
  zh: /才|之后|以后|起|等/u,
  ja: /以降|から|初めて|ようやく|やっと|待/u,
};

/** The span of a negation that is English "not … until" or "not … before". */
export const NOT_UNTIL_SPAN = /(?:until|till|before)$/iu;

/**
 * Whether a translation of "not … until" or "not … before" (without a negation of its own) says "until"
 * or "before" and nothing for "only then". False for a language whose words are not listed.
 */
export function saysUntilWithoutOnly(text: string, lang: string): boolean {
  const until = UNTIL_OR_BEFORE[lang];
  const only = ONLY_THEN[lang];
  if (!until || !only) return false;
  return until.test(text) && !only.test(text);
}
