import { originalSpan, withoutWhitespace } from './compact';
import { isSpacelessScript } from './languages';
import { allMatches } from '../util/regexp';

/**
 * The period a rate is counted in — "twice a day", "150 minutes a week", "€60,000 a year", "pro
 * Monat", "週に", "每年" — as one of five periods every language has a word for.
 */
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface PeriodMention {
  period: Period;
  text: string;
  start: number;
  end: number;
}

type PeriodPatterns = readonly (readonly [Period, RegExp])[];

/**
 * English "a day" is a rate after an amount or a count ("twice a day", "150 minutes a week") and
 * not when it dates something ("a year earlier", "a week later", "in a month").
 */
const EN_NOT_A_RATE = String.raw`(?![\p{L}])(?!\s*(?:-|earlier|later|ago|before|after|since|or\s|and a half|of\s|off|long|old|too|away|from|to\s))`;
const en = (words: string, adverbs: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:per|every|each)\s+(?:${words})(?![\p{L}])|an?\s+(?:${words})${EN_NOT_A_RATE}|(?:${adverbs})(?![\p{L}]))`,
    'giu',
  );
/** What must come shortly before an English "a day" for it to be a rate. */
const EN_AMOUNT_BEFORE =
  /(?:\d|once|twice|times|hours?|minutes?|days?|euros?|dollars?|pounds?)[^.!?]{0,30}$/iu;
const EN_ARTICLE = /^an?\s/iu;

const PATTERNS: Readonly<Record<string, PeriodPatterns>> = {
  en: [
    ['hour', en('hour', 'hourly')],
    ['day', en('day', 'daily')],
    ['week', en('week', 'weekly')],
    ['month', en('month', 'monthly')],
    ['year', en('year', 'yearly|annually|per annum')],
  ],
  de: [
    ['hour', /(?<![\p{L}])(?:pro Stunde|stündlich)(?![\p{L}])/giu],
    [
      'day',
      /(?<![\p{L}])(?:pro Tag|täglich|am Tag(?!\s+(?:der|des|dem|nach|vor|danach|zuvor)))(?![\p{L}])/giu,
    ],
    ['week', /(?<![\p{L}])(?:pro Woche|wöchentlich|in der Woche)(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:pro Monat|monatlich|im Monat(?!\s+\p{Lu}))(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:pro Jahr|jährlich|im Jahr(?!\s+\d)|jährliche[nmrs]?)(?![\p{L}])/giu],
  ],
  fr: [
    ['hour', /(?<![\p{L}])par heure(?![\p{L}])/giu],
    ['day', /(?<![\p{L}])(?:par jour|quotidienne(?:ment)?|quotidiens?)(?![\p{L}])/giu],
    ['week', /(?<![\p{L}])(?:par semaine|hebdomadaires?)(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:par mois|mensuel(?:le)?s?|mensuellement)(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:par an|par année|annuel(?:le)?s?|annuellement)(?![\p{L}])/giu],
  ],
  es: [
    ['hour', /(?<![\p{L}])(?:por|cada) hora(?![\p{L}])/giu],
    ['day', /(?<![\p{L}])(?:al|por|cada) día(?![\p{L}])|(?<![\p{L}])diari(?:o|a|os|as|amente)(?![\p{L}])/giu],
    [
      'week',
      /(?<![\p{L}])(?:a la|por|cada) semana(?![\p{L}])|(?<![\p{L}])semanal(?:es|mente)?(?![\p{L}])/giu,
    ],
    ['month', /(?<![\p{L}])(?:al|por|cada) mes(?![\p{L}])|(?<![\p{L}])mensual(?:es|mente)?(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:al|por|cada) año(?![\p{L}])|(?<![\p{L}])anual(?:es|mente)?(?![\p{L}])/giu],
  ],
  it: [
    ['hour', /(?<![\p{L}])(?:all'|ogni )ora(?![\p{L}])/giu],
    [
      'day',
      /(?<![\p{L}])(?:al|per|ogni) giorno(?![\p{L}])|(?<![\p{L}])(?:giornalier[oaie]|quotidian[oaie]|quotidianamente)(?![\p{L}])/giu,
    ],
    [
      'week',
      /(?<![\p{L}])(?:alla|per|ogni) settimana(?![\p{L}])|(?<![\p{L}])settimanal[ei](?:mente)?(?![\p{L}])/giu,
    ],
    ['month', /(?<![\p{L}])(?:al|per|ogni) mese(?![\p{L}])|(?<![\p{L}])mensil[ei](?:mente)?(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:all'|per|ogni) anno(?![\p{L}])|(?<![\p{L}])annual[ei](?:mente)?(?![\p{L}])/giu],
  ],
  pt: [
    ['hour', /(?<![\p{L}])(?:por|a cada) hora(?![\p{L}])/giu],
    [
      'day',
      /(?<![\p{L}])(?:por|ao|a cada) dia(?![\p{L}])|(?<![\p{L}])(?:diári[oa]s?|diariamente)(?![\p{L}])/giu,
    ],
    ['week', /(?<![\p{L}])(?:por|à|a cada) semana(?![\p{L}])|(?<![\p{L}])semanal(?:is|mente)?(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:por|ao|a cada) mês(?![\p{L}])|(?<![\p{L}])mensal(?:is|mente)?(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:por|ao|a cada) ano(?![\p{L}])|(?<![\p{L}])anual(?:is|mente)?(?![\p{L}])/giu],
  ],
  nl: [
    ['hour', /(?<![\p{L}])per uur(?![\p{L}])/giu],
    ['day', /(?<![\p{L}])(?:per dag|dagelijks[e]?)(?![\p{L}])/giu],
    ['week', /(?<![\p{L}])(?:per week|wekelijks[e]?)(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:per maand|maandelijks[e]?)(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:per jaar|jaarlijks[e]?)(?![\p{L}])/giu],
  ],
  pl: [
    ['hour', /(?<![\p{L}])na godzinę(?![\p{L}])/giu],
    ['day', /(?<![\p{L}])(?:dziennie|na dzień|na dobę|codziennie|dzienn\p{L}+)(?![\p{L}])/giu],
    ['week', /(?<![\p{L}])(?:tygodniowo|na tydzień|w tygodniu|tygodniow\p{L}+)(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:miesięcznie|na miesiąc|w miesiącu|miesięczn\p{L}+)(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:rocznie|na rok|w roku|roczn\p{L}+)(?![\p{L}])/giu],
  ],
  cs: [
    ['hour', /(?<![\p{L}])(?:za hodinu|hodinově)(?![\p{L}])/giu],
    ['day', /(?<![\p{L}])(?:denně|za den|denní\p{L}*)(?![\p{L}])/giu],
    ['week', /(?<![\p{L}])(?:týdně|za týden|týdenní\p{L}*)(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:měsíčně|za měsíc|měsíční\p{L}*)(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:ročně|za rok|roční\p{L}*)(?![\p{L}])/giu],
  ],
  ru: [
    ['hour', /(?<![\p{L}])(?:в час|ежечасно)(?![\p{L}])/giu],
    ['day', /(?<![\p{L}])(?:в день|в сутки|ежедневн\p{L}*)(?![\p{L}])/giu],
    ['week', /(?<![\p{L}])(?:в неделю|еженедельн\p{L}*)(?![\p{L}])/giu],
    ['month', /(?<![\p{L}])(?:в месяц|ежемесячн\p{L}*)(?![\p{L}])/giu],
    ['year', /(?<![\p{L}])(?:в год|ежегодн\p{L}*)(?![\p{L}])/giu],
  ],
  // 每 ("every"), and pay or fees by the period (年薪, 月租); not 上年 or 年底.
  // "一年" and the like are a duration as often as a rate: read as a period they only ever match.
  zh: [
    ['hour', /每(?:小时|小時)|时薪|時薪|一小时|一小時/gu],
    ['day', /每(?:天|日)|日薪|一天|一日/gu],
    ['week', /每(?:周|週|星期)|一周|一週|一星期/gu],
    ['month', /每(?:个|個)?月|月薪|月租|月费|月費|一个月|一個月/gu],
    ['year', /每年|年薪|年租|年费|年費|一年/gu],
  ],
  // 毎 ("every"), "週に" and "月に" not after a digit (3月に is "in March"), pay by the period.
  ja: [
    ['hour', /毎時|時給|1時間あたり/gu],
    ['day', /毎日|(?<![月\d０-９])(?:1|１|一)日(?:に|あたり)?(?=\s*\d|\s*[０-９]|に|あたり)|日給/gu],
    ['week', /毎週|(?<![\d０-９])週(?:に|あたり)|[1１一]週間/gu],
    ['month', /毎月|(?<![\d０-９])月(?:に|あたり)|月額|月給|[1１一](?:か|ヶ|カ|ケ)月/gu],
    ['year', /毎年|(?<![\d０-９])年(?:に|あたり)|年間|年額|年収|年俸|[1１一]年/gu],
  ],
};

/**
 * Letters every period word of a language holds, in small letters: most sentences state no rate, and
 * a look for these spares them the expressions.
 */
const STEMS: Readonly<Record<string, readonly string[]>> = {
  en: ['hour', 'day', 'daily', 'week', 'month', 'year', 'annu'],
  de: ['pro stunde', 'stündlich', 'pro tag', 'am tag', 'täg', 'woch', 'wöch', 'monat', 'jahr', 'jähr'],
  fr: [
    'par heure',
    'par jour',
    'quotidien',
    'par semaine',
    'hebdo',
    'par mois',
    'mensuel',
    'par an',
    'annuel',
  ],
  es: ['hora', 'día', 'diari', 'semana', 'mes', 'mensual', 'año', 'anual'],
  it: ["all'ora", 'ogni ora', 'giorn', 'quotidian', 'settiman', 'mese', 'mensil', 'anno', 'annual'],
  pt: ['hora', 'dia', 'diári', 'semana', 'mês', 'mensa', 'ano', 'anua'],
  nl: ['uur', 'dag', 'week', 'wekelijk', 'maand', 'jaar'],
  pl: ['godzin', 'dzie', 'dob', 'tydzie', 'tygodni', 'miesi', 'rok', 'roczn', 'roku'],
  cs: ['hodin', 'den', 'denn', 'týd', 'měsí', 'rok', 'roční', 'ročně'],
  ru: ['час', 'день', 'сутки', 'ежедн', 'недел', 'месяц', 'ежемес', 'год', 'ежегод'],
  zh: [
    '每',
    '薪',
    '租',
    '费',
    '費',
    '一年',
    '一天',
    '一日',
    '一周',
    '一週',
    '一星期',
    '一个月',
    '一個月',
    '一小',
  ],
  ja: ['毎', '週', '月', '年', '日', '時給'],
};

export function hasRatePeriods(lang: string): boolean {
  return lang in PATTERNS;
}

/**
 * The periods of the rates a text states, in order. Scripts without spaces are read without white
 * space, as tokenised MT output ("每 天") splits their words.
 */
export function ratePeriods(text: string, lang: string): PeriodMention[] {
  const patterns = PATTERNS[lang];
  if (!patterns) return [];
  const lower = text.toLowerCase();
  if (!(STEMS[lang] ?? []).some((stem) => lower.includes(stem))) return [];
  const compact = isSpacelessScript(lang) ? withoutWhitespace(text) : null;
  const searched = compact ? compact.text : text;
  const found: PeriodMention[] = [];
  for (const [period, pattern] of patterns)
    for (const match of allMatches(pattern, searched)) {
      if (
        lang === 'en' &&
        EN_ARTICLE.test(match[0]) &&
        !EN_AMOUNT_BEFORE.test(searched.slice(0, match.index))
      )
        continue;
      const { start, end } = compact
        ? originalSpan(compact, match.index, match[0].length)
        : { start: match.index, end: match.index + match[0].length };
      found.push({ period, text: text.slice(start, end), start, end });
    }
  return found.sort((a, b) => a.start - b.start);
}
