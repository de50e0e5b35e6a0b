import { allMatches } from '../../util/regexp';
import { originalSpan, withoutWhitespace } from '../../text/compact';
import { isSpacelessScript } from '../../text/languages';
import { words } from '../../text/normalize';

/**
 * Words that negate by their meaning ("unable", "impossible", "unless", "lack"): a translation may
 * say the same with a negation ("Unable to connect" → "Verbindung nicht möglich") or without one
 * ("impossible" → "unmöglich"), so a side that has one is no evidence either way. English "not …
 * until" is "only then": "erst", "dopiero", "ne … qu'à"; so is it in the languages that say it the
 * English way ("no … hasta", "не … пока", "…まで…ない", "…之前…不"). Chinese words that carry 不 as
 * a prefix are among them: 不完全 (incomplete; not entirely), 不同 and 不一样 (different; not the
 * same), 不准确 (inaccurate), 不安 (uneasy, disturbing; 不安全, unsafe), 不幸 (unfortunate), and in
 * Japanese too 不足 (not enough), and 無罪 (not guilty) and 無効 (not valid) in both; and "would
 * rather … than", 宁愿…也不. English "kept from" and
 * "blocked from editing" are as often "cannot edit"; "disgree" is how comments spell "disagree".
 */
const NEGATIVE_MEANING: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:unable|impossible|unless|lacks?|lacking|lacked|fail(?:s|ed)? to|refus(?:e|es|ed) to|declin(?:e|es|ed|ing) to|absent|disa?gre\p{L}*|dislike\p{L}*|disapprov\p{L}*|doubt\p{L}*|refrain(?:s|ed|ing)? from|never ?mind|non[- ]\p{L}+|un(?:read|saved|known|limited|available|supported|used|titled|paid|verified|authori[sz]ed|employ\p{L}*|precedented|necessary|sure|certain|clear|disputed|block\p{L}*|protect\p{L}*|likely|happy|fair|usual|expected\p{L}*|aware|willing|popular|constitutional|healthy|safe|stable|lawful|wanted|fortunate\p{L}*|resolved|answered|armed|changed|conscious|disclosed|identified|named|\p{L}+(?:able|ible))|il(?:legal\p{L}*|legitimate|logical)|ir(?:relevant|responsible|regular\p{L}*|reversible)|im(?:proper\p{L}*|mature|moral|patient|polite|perfect\p{L}*|practical)|in(?:valid|complete|active|sufficient|appropriate|effective|efficien\p{L}*|adequate|correct\p{L}*|accurate|capable|credible|secure|authentic)|dissatisf\p{L}*|(?:not|never)\s+(?:\p{L}+\s+){0,8}(?:until|till|before))(?![\p{L}])|n['’]t\s+(?:\p{L}+\s+){0,8}(?:until|till|before)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:unmöglich|außerstande|es sei denn|fehlt|fehlen|fehlte|verweiger\p{L}*|unfähig)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:ne\s+(?:\p{L}+\s+){0,4}pas\s+(?:\p{L}+\s+){0,4}(?:avant|tant que)|impossible|incapable|à moins que|manque|manquent|refus\p{L}*|échou\p{L}*)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:no\s+(?:\p{L}+,?\s+){0,5}hasta|imposible|incapaz|a menos que|falta|faltan|carece\p{L}*|se neg\p{L}*)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:non\s+(?:\p{L}+,?\s+){0,5}(?:finché|fino a quando|prima che)|impossibile|incapace|a meno che|manca|mancano|rifiut\p{L}*)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:não\s+(?:\p{L}+,?\s+){0,5}até|impossível|incapaz|a menos que|falta|faltam|recus\p{L}*)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:nie\s+(?:\p{L}+,?\s+){0,5}(?:dopóki|zanim)|niemożliw\p{L}*|brak\p{L}*|chyba że|odmówi\p{L}*|niezdoln\p{L}*)(?![\p{L}])/iu,
  cs: /(?<![\p{L}])(?:nemožn\p{L}*|nelze|je (?:mi|nám|mu|jí|jim) (?:to )?jedno|chyb\p{L}*|pokud ne\p{L}*|odmít\p{L}*|neschopn\p{L}*)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:не\s+(?:\p{L}+,?\s+){0,5}(?:пока|до тех пор)|невозможн\p{L}*|нельзя|не удалось|отказ\p{L}*|нехватк\p{L}*)(?![\p{L}])/iu,
  ro: /(?<![\p{L}])(?:imposibil\p{L}*|incapabil\p{L}*|lips\p{L}*|refuz\p{L}*)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:onmogelijk|niet in staat|tenzij|ontbreekt|weiger\p{L}*)(?![\p{L}])/iu,
  tr: /(?<![\p{L}])(?:imkansız|imkânsız|olanaksız|eksik\p{L}*|yoksun\p{L}*|reddet\p{L}*|başarısız\p{L}*|yerine)(?![\p{L}])/iu,
  ko: /불가능|실패|거부|부족|결여|무관|대신/u,
  // 〜を問わず (regardless of: "asking not"), which a translation may say as "no questions asked".
  // 不可 (not allowed, as in "ペットは不可"), not 不可欠 (indispensable), 不可思議 (mysterious), 不可避 (unavoidable).
  ja: /まで[、は][^。！？]{0,25}(?:ない|ません)|不可能|無罪|無効|不足|不可(?!欠|思議|避|分)|不要|不許可|失敗|拒否|欠如|無関係|問わず|運休|休止|中止|停止|休館|閉鎖|禁止/u,
  zh: /之前[，,][^。！？]{0,15}[不没]|而不是|无罪|無罪|无效|無效|不足|不完全|不一样|不一樣|不同|不准确|不準確|不安|不幸|宁[愿可肯][^。！？]{0,40}?[也而][不没]|寧[願可肯][^。！？]{0,40}?[也而][不沒]|无法|無法|不可能|失败|失敗|拒绝|拒絕|缺乏|除非|无关|無關|停运|停運|停止|暂停|暫停|停业|停業|关闭|關閉|禁止/u,
};

/**
 * More of the same for English, in an expression of its own: one expression with all of them grows
 * past what V8 compiles to machine code, and runs at half the speed.
 */
const MORE_NEGATIVE_MEANING: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:out of (?:the )?(?:reach|sight|stock|order|service|print|date|bounds)|(?:keep|keeps|kept|keeping|stop|stops|stopped|stopping|block|blocks|blocked|blocking)\s+(?:[\p{L}'’]+\s+){0,5}from\s+\p{L}+ing|zero\s+(?!point|percent|per(?![\p{L}])|degrees?|hours?|minutes?|seconds?|dollars?|euros?)\p{L}{3,}|(?:stop|quit|cease)(?:s|ped|ping|ting)?\s+\p{L}+ing|rather than|instead of|or not|avoid\p{L}*|prevent\p{L}*|fail(?:s|ed|ing|ures?)?|prohibit\p{L}*|forb(?:id|ids|idden|ade)|ban(?:s|ned|ning)?|(?:\p{L}*n['’]?t|not) (?:agree more|wait (?:to|for)|help but|be (?:happier|prouder|more (?:grateful|pleased|proud))|thank (?:\p{L}+ )?enough)|rarely|hardly|barely|seldom|scarcely|(?:advis|warn)(?:e|es|ed|s|ing)? against|inconsisten\p{L}*|inaccura\p{L}*|inevitabl\p{L}*|invisibl\p{L}*|infinite\p{L}*|inability|indifferen\p{L}*|insignifican\p{L}*|intolerab\p{L}*|not (?:just|merely|simply)|ignoran\p{L}*|disregard\p{L}*|lest|(?:nothing|little) to do with|missing|too \p{L}+ to|leave (?:it|him|her|them|me|us) alone|\p{L}*n['’]?t (?:just|merely|simply|only)|incomprehensibl\p{L}*|inexplicabl\p{L}*|inaccessibl\p{L}*|inconceivabl\p{L}*|(?:bar|bars|barred|barring) from|non(?!e(?:theless)?(?![\p{L}]))\p{L}{5,}|dis(?:honest|respect|loyal|obey|able|continu|connect|allow|believ|trust|appear)\p{L}*)(?![\p{L}])/iu,
};

const UN_WORD = /^un(?!der|til|i(?:t|on|que|vers|form|corn|lateral|fy|fi|son)|animous|cle)\p{L}{4,}$/u;
/** Not "regardless", "nevertheless", "nonetheless": they concede, they do not deny. */
const LESS_WORD = /^(?!regard|neverthe|nonethe)\p{L}{3,}less(?:ly|ness)?$/u;
const LOS_WORD = /^\p{L}{3,}(?:los|frei)(?:e[nrms]?|igkeit)?$/u;
/**
 * German un- words ("unbeschränkt", "unmöglich", "ungültig"), not und, unter, uns(er), Union,
 * Universität, Unternehmen, ungefähr, Ungarn, nor "unerwünscht", which is "adverse" in medicine
 * ("unerwünschte Ereignisse", adverse events) and stands beside a negation as often as instead of one.
 */
const GERMAN_UN_WORD = /^un(?!ter|s|d|ion|ivers|ternehm|gefähr|gar|ze|erwünscht)\p{L}{4,}$/u;
const SIZ_WORD = /^\p{L}{2,}s[ıiuü]z(?:l[ıiuü]k)?\p{L}*$/u;

/**
 * Word shapes that negate by meaning, tested word by word (as part of the expression above they cost
 * a backtracking scan at every word): English -less and -free words ("useless", "smoke-free"), and
 * un- and irr- words at large ("uninvolved", "unhelpful", "irreligious").
 */
const NEGATIVE_WORD_SHAPE: Record<string, (lower: string) => boolean> = {
  // German -los and -frei words ("mühelos" without difficulty, "rauchfrei" smoke-free) and un- words.
  de: (lower) => LOS_WORD.test(lower) || (lower.startsWith('un') && GERMAN_UN_WORD.test(lower)),
  // Turkish -sız words ("elektriksiz" without electricity, "işsiz" jobless).
  tr: (lower) => SIZ_WORD.test(lower),
  en: (lower) =>
    (lower.length >= 7 && lower.includes('less') && LESS_WORD.test(lower)) ||
    lower.endsWith('-free') ||
    (lower.length >= 7 && lower.startsWith('irr') && !lower.startsWith('irrespective')) ||
    (lower.length >= 6 && lower.startsWith('un') && UN_WORD.test(lower)),
};

/** An English question that starts negated ("Isn't it …?", "Don't you think …?") asks; it does not deny. */
const NEGATIVE_QUESTION =
  /(?:^|[.!?]\s+)((?:is|are|was|were|do|does|did|can|could|would|should|have|has|had|wo|ca)n['’]?t\s[^.!?]*\?)/giu;

function negativeQuestions(text: string, lang: string): { start: number; end: number }[] {
  if (lang !== 'en' || !text.includes('?')) return [];
  return allMatches(NEGATIVE_QUESTION, text).map((m) => {
    const question = m[1] ?? '';
    const start = m.index + m[0].length - question.length;
    return { start, end: start + question.length };
  });
}

/** Whether an English word may have one of the shapes: its first and last letters, before it is lower-cased. */
function mayHaveShape(word: string): boolean {
  if (word.length < 6) return false;
  const first = word.charCodeAt(0) | 0x20; // ASCII lower case
  const last = word.charCodeAt(word.length - 1) | 0x20;
  return first === 117 || first === 105 || last === 115 || last === 121 || last === 101; // u, i; s, y, e
}

function negativeWordShapes(text: string, lang: string): { start: number; end: number }[] {
  const shape = NEGATIVE_WORD_SHAPE[lang];
  if (!shape) return [];
  const spans: { start: number; end: number }[] = [];
  for (const word of words(text))
    if ((lang !== 'en' || mayHaveShape(word.text)) && shape(word.text.toLowerCase()))
      spans.push({ start: word.start, end: word.end });
  return spans;
}

/** Each expression's global, case-sensitive form (runnable()): the one that is ever compiled. */
const allMeaningMatches = new Map<RegExp, RegExp>();

/**
 * Where the text says something negative by a word's meaning, which a translation may or may not
 * write as a negation. Scripts written without spaces are read without them, as the markers are.
 */
export function negativeMeaningSpans(text: string, lang: string): { start: number; end: number }[] {
  return FINDERS.flatMap((find) => find(text, lang));
}

/** Whether the text says something negative by a word's meaning: the first finder that finds settles it. */
export function negatesByMeaning(text: string, lang: string): boolean {
  return FINDERS.some((find) => find(text, lang).length > 0);
}

/**
 * English that Chinese and Japanese say with a negation, though other languages do not: "bad" is
 * 不好 and よくない, "wrong" 不对, "less organized" 不那么有组织, "it's alright" 没关系 and 構いません, "I
 * wonder" 我不知道, "stay out of it" 别管, "misinformed" 不知情, "upset" 不满, "fine with me" 問題ありません,
 * "new to" 慣れていません, "incredibly" 信じられないほど, "only" しか…ません. Beside German or Polish
 * they stay plain words: "bad" translated "nicht schlecht" is reversed.
 */
const NEGATED_IN_CHINESE_AND_JAPANESE: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:bad|worse|wrong|less (?!than)\p{L}+|ok|okay|alright|all right|fine (?:with|by)|new to|incredibl\p{L}*|only|wonder(?:s|ed|ing)?|(?:stay|keep|get) (?:out|away)|hands off|upset|sick of|intact|indefinite\p{L}*|impartial\p{L}*|indefensible|discrepanc\p{L}*|mis(?:inform|understand|understood|lead|led|represent|interpret|judg)\p{L}*|(?:confused|puzzled|mystified|baffled) (?:why|how|what|as to|about))(?![\p{L}])/iu,
};

/**
 * negatesByMeaning(), and the words the other side's language says with a negation (`negatedIn`:
 * the language of the side that is negated).
 */
export function negatesByMeaningBeside(text: string, lang: string, negatedIn: string): boolean {
  if (negatesByMeaning(text, lang)) return true;
  const pattern = NEGATED_IN_CHINESE_AND_JAPANESE[lang];
  return (negatedIn === 'zh' || negatedIn === 'ja') && pattern !== undefined && pattern.test(text);
}

type Finder = (text: string, lang: string) => { start: number; end: number }[];

/** The expressions first: they test the whole text at once, and most texts stop there. */
const FINDERS: readonly Finder[] = [
  (text, lang) => matchSpans(text, lang, NEGATIVE_MEANING[lang]),
  (text, lang) => matchSpans(text, lang, MORE_NEGATIVE_MEANING[lang]),
  negativeWordShapes,
  negativeQuestions,
];

/**
 * The expression as it runs: global (every match), and matched against the text in small letters
 * rather than case-insensitively — V8 spends 10–20 ms compiling a case-insensitive \p{L} for each of
 * these long expressions, and runs it at half the speed. The lists are written in small letters.
 */
function runnable(pattern: RegExp): RegExp {
  let compiled = allMeaningMatches.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern.source, `${pattern.flags.replace('i', '')}g`);
    allMeaningMatches.set(pattern, compiled);
  }
  return compiled;
}

/** Matches of the pattern in the text, at the text's own offsets. */
function spansIn(text: string, pattern: RegExp): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  // Lower-casing keeps every offset unless a letter grows ("İ" → "i̇"): then the slower way.
  const matches =
    lower.length === text.length
      ? allMatches(runnable(pattern), lower)
      : allMatches(new RegExp(pattern.source, `${pattern.flags}g`), text);
  return matches.map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function matchSpans(
  text: string,
  lang: string,
  pattern: RegExp | undefined,
): { start: number; end: number }[] {
  if (!pattern) return [];
  if (!isSpacelessScript(lang)) return spansIn(text, pattern);
  const compact = withoutWhitespace(text);
  return spansIn(compact.text, pattern).map((span) =>
    originalSpan(compact, span.start, span.end - span.start),
  );
}
