import { type NumberMention, SCALE_WORD, extractNumbers, sameNumber } from './numbers';

/** What a unit measures: only units of one kind can stand in for each other by mistake. */
export type UnitKind =
  | 'currency'
  | 'mass'
  | 'volume'
  | 'length'
  | 'temperature'
  | 'time'
  | 'concentration'
  | 'share'
  | 'data'
  | 'frequency'
  | 'power'
  | 'speed';

interface UnitDefinition {
  id: string;
  kind: UnitKind;
  /**
   * Symbols and codes, matched exactly (case-sensitive: "mg" is not "Mg"); words, matched as a word's
   * start when they end in "*" so that inflected forms count ("dolarów", "Euros", "рублей").
   */
  forms: readonly string[];
}

/**
 * Units MT confuses in news, shops, recipes and package leaflets, with their symbols and names in the
 * languages of the word lists. "¥" is both yen and yuan, so it belongs to both. Single letters that
 * mean other things beside a number ("m" for million, "t" for tonnes or a time) are left out.
 */
const UNITS: readonly UnitDefinition[] = [
  {
    id: 'USD',
    kind: 'currency',
    forms: [
      '$',
      'US$',
      'USD',
      'US-Dollar*',
      'dollar*',
      'Dollar*',
      'dolar*',
      'dólar*',
      'долл*',
      'доллар*',
      '美元',
      'ドル',
    ],
  },
  { id: 'EUR', kind: 'currency', forms: ['€', 'EUR', 'euro*', 'Euro*', 'евро', 'євро', '欧元', 'ユーロ'] },
  {
    id: 'GBP',
    kind: 'currency',
    forms: [
      '£',
      'GBP',
      'pound*',
      'Pfund',
      'livre*',
      'libra*',
      'sterlin*',
      'funt*',
      'фунт*',
      '英镑',
      'ポンド',
    ],
  },
  {
    id: 'JPY',
    kind: 'currency',
    forms: ['¥', '￥', 'JPY', 'yen', 'Yen', 'jen*', 'иен*', 'йен*', '日元', '円'],
  },
  {
    id: 'CNY',
    kind: 'currency',
    forms: ['¥', '￥', 'CNY', 'RMB', 'yuan*', 'Yuan*', 'juan*', 'юан*', '元', '人民币'],
  },
  { id: 'PLN', kind: 'currency', forms: ['zł', 'PLN', 'złot*', 'zlot*', 'Zloty', 'злот*'] },
  { id: 'CZK', kind: 'currency', forms: ['Kč', 'CZK', 'korun*', 'Kronen', 'koruna'] },
  { id: 'CHF', kind: 'currency', forms: ['CHF', 'Franken', 'franc*', 'frank*'] },
  {
    id: 'RUB',
    kind: 'currency',
    forms: ['₽', 'RUB', 'rubl*', 'Rubel*', 'rouble*', 'ruble*', 'руб*', '卢布', 'ルーブル'],
  },
  {
    id: 'UAH',
    kind: 'currency',
    forms: ['₴', 'UAH', 'hryvn*', 'Hrywn*', 'hrywn*', 'гривн*', 'грн', '格里夫纳'],
  },
  {
    id: 'INR',
    kind: 'currency',
    forms: ['₹', 'INR', 'rupee*', 'Rupie*', 'rupi*', 'roupie*', 'рупи*', '卢比', 'ルピー'],
  },
  {
    id: 'mg',
    kind: 'mass',
    forms: [
      'mg',
      'milligram*',
      'Milligramm*',
      'miligram*',
      'milligramm*',
      'milligramme*',
      'miligramo*',
      'мг',
      '毫克',
      'ミリグラム',
    ],
  },
  {
    id: 'µg',
    kind: 'mass',
    forms: [
      'µg',
      'μg',
      'mcg',
      'microgram*',
      'Mikrogramm*',
      'mikrogram*',
      'microgramme*',
      'microgramo*',
      'мкг',
      '微克',
      'マイクログラム',
    ],
  },
  {
    id: 'g',
    kind: 'mass',
    forms: [
      'g',
      'gram',
      'grams',
      'Gramm',
      'gramy',
      'gramów',
      'gramme*',
      'gramo*',
      'grammi',
      'г',
      '克',
      'グラム',
    ],
  },
  {
    id: 'kg',
    kind: 'mass',
    forms: ['kg', 'kilogram*', 'Kilogramm*', 'kilo', 'kilos', 'кг', '公斤', '千克', 'キロ', 'キログラム'],
  },
  {
    id: 'ml',
    kind: 'volume',
    forms: ['ml', 'mL', 'millilit*', 'Millilit*', 'mililit*', 'мл', '毫升', 'ミリリットル'],
  },
  {
    id: 'l',
    kind: 'volume',
    forms: ['l', 'L', 'litre*', 'liter*', 'Liter*', 'litr*', 'litro*', 'л', '升', 'リットル'],
  },
  { id: 'mm', kind: 'length', forms: ['mm', 'millimet*', 'Millimet*', 'milimet*', 'мм', '毫米', 'ミリ'] },
  { id: 'cm', kind: 'length', forms: ['cm', 'centimet*', 'Zentimet*', 'centymet*', 'см', '厘米', 'センチ'] },
  {
    id: 'km',
    kind: 'length',
    forms: ['km', 'kilomet*', 'Kilomet*', 'kilómet*', 'км', '公里', '千米', 'キロメートル'],
  },
  {
    id: 'mi',
    kind: 'length',
    forms: ['mi', 'mile*', 'Meile*', 'mil', 'mila', 'milla*', 'миль', 'мили', 'миля', '英里', 'マイル'],
  },
  // Metres by name only: "m" alone is as often a million ("$5m").
  {
    id: 'm',
    kind: 'length',
    forms: ['metre*', 'meter*', 'Meter*', 'mètre*', 'metr*', 'metros', 'metri', 'метр*', 'メートル'],
  },
  {
    id: 'ft',
    kind: 'length',
    forms: [
      'ft',
      'feet',
      'foot',
      'Fuß',
      'pied*',
      'pies',
      'piedi',
      'stóp',
      'stopy',
      'футов',
      'фута',
      '英尺',
      'フィート',
    ],
  },
  // Pounds and ounces of weight; "pound" is also money, and a form of both counts as either.
  {
    id: 'lb',
    kind: 'mass',
    forms: ['lb', 'lbs', 'pound*', 'Pfund', 'livre*', 'libra*', 'funt*', 'фунт*', '磅'],
  },
  {
    id: 'oz',
    kind: 'mass',
    forms: ['oz', 'ounce*', 'Unze*', 'once*', 'onza*', 'uncj*', 'унци*', '盎司', 'オンス'],
  },
  {
    id: 'gal',
    kind: 'volume',
    forms: ['gal', 'gallon*', 'Gallone*', 'gallone*', 'galon*', 'галлон*', '加仑', 'ガロン'],
  },
  {
    id: 'km/h',
    kind: 'speed',
    forms: [
      'km/h',
      'kmh',
      'km/std',
      'km/godz',
      'km/t',
      'km/u',
      'км/ч',
      '公里/小时',
      '公里每小时',
      'キロ毎時',
    ],
  },
  {
    id: 'mph',
    kind: 'speed',
    forms: [
      'mph',
      'miles per hour',
      'miles an hour',
      'Meilen pro Stunde',
      'mil na godzinę',
      'мили в час',
      '英里/小时',
    ],
  },
  { id: '°C', kind: 'temperature', forms: ['°C', '℃', '° C', 'ºC', '°С', 'Celsius'] },
  { id: '°F', kind: 'temperature', forms: ['°F', '℉', '° F', 'ºF', 'Fahrenheit'] },
  // Spoons, in recipes and on package leaflets ("2 Teelöffel", "2 cuillères à café", "2茶匙"); Japanese
  // writes them before the number ("小さじ2"), which is not looked for.
  {
    id: 'tsp',
    kind: 'volume',
    forms: [
      'teaspoon*',
      'tsp',
      'Teelöffel*',
      'TL',
      'cuillère à café',
      'cuillères à café',
      'c. à café',
      'cucharadita*',
      'cucchiaino*',
      'łyżecz*',
      'чайн*',
      'ч. л.',
      '茶匙',
      '小勺',
    ],
  },
  {
    id: 'tbsp',
    kind: 'volume',
    forms: [
      'tablespoon*',
      'tbsp',
      'Esslöffel*',
      'EL',
      'cuillère à soupe',
      'cuillères à soupe',
      'c. à soupe',
      'cucharada*',
      'cucchiai*',
      'łyżk*',
      'столов*',
      'ст. л.',
      '汤匙',
      '大勺',
    ],
  },
  {
    id: 'in',
    kind: 'length',
    forms: [
      'inch*',
      'Zoll',
      'pouce*',
      'pulgada*',
      'pollic*',
      'polegada*',
      'cal',
      'cali',
      'дюйм*',
      '英寸',
      'インチ',
    ],
  },
  // Bytes: French writes octets ("16 Go", "1 To"), Russian ГБ.
  { id: 'KB', kind: 'data', forms: ['KB', 'kB', 'Ko', 'КБ', 'Кб'] },
  { id: 'MB', kind: 'data', forms: ['MB', 'Mo', 'МБ', 'Мб', 'メガバイト'] },
  { id: 'GB', kind: 'data', forms: ['GB', 'Go', 'ГБ', 'Гб', 'ギガバイト', 'gigabyte*', 'Gigabyte*'] },
  { id: 'TB', kind: 'data', forms: ['TB', 'To', 'ТБ', 'Тб', 'テラバイト', 'terabyte*', 'Terabyte*'] },
  { id: 'Hz', kind: 'frequency', forms: ['Hz', 'Гц', '赫兹', 'ヘルツ'] },
  { id: 'GHz', kind: 'frequency', forms: ['GHz', 'ГГц', '千兆赫'] },
  {
    id: 'W',
    kind: 'power',
    forms: ['watt*', 'Watt*', 'vatio*', 'ватт*', 'Вт', '瓦', 'ワット'],
  },
  { id: 'kW', kind: 'power', forms: ['kW', 'kilowatt*', 'Kilowatt*', 'кВт', '千瓦', 'キロワット'] },
  // A rate that rose "by two percentage points" did not rise "by two per cent" (from 5 % to 7 % is 40 %
  // more): economic news MT turns one into the other.
  {
    id: '%',
    kind: 'share',
    forms: [
      '%',
      '％',
      'percent',
      'per cent',
      'Prozent',
      'pour cent',
      'por ciento',
      'per cento',
      'por cento',
      'procent*',
      'процент*',
    ],
  },
  {
    id: 'pp',
    kind: 'share',
    forms: [
      'percentage point*',
      'Prozentpunkt*',
      'point de pourcentage',
      'points de pourcentage',
      'punto porcentual',
      'puntos porcentuales',
      'punto percentuale',
      'punti percentuali',
      'ponto percentual',
      'pontos percentuais',
      'procentpunt*',
      'punkt procentowy',
      'punkty procentowe',
      'punktów procentowych',
      'procentní bod',
      'procentní body',
      'procentního bodu',
      'procentních bodů',
      'процентный пункт',
      'процентного пункта',
      'процентных пункта',
      'процентных пунктов',
      '个百分点',
      '個百分點',
      'ポイント',
    ],
  },
  { id: 'ppm', kind: 'concentration', forms: ['ppm', 'млн⁻¹'] },
  { id: 'ppb', kind: 'concentration', forms: ['ppb', 'млрд⁻¹'] },
];

interface UnitForm {
  form: string;
  prefix: boolean;
  units: UnitDefinition[];
}

const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
/** A name of two letters or more, or one character of a script without spaces ("分", "年", "일"). */
const TIME_NAME = /^(?:\p{L}[\p{L}\p{M}]+\.?|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])$/u;

/**
 * The units of time as Intl names them in a language (and in English, which texts quote), long and
 * short, in each plural form ("minute", "Minuten", "минут", "分钟", "時間", "Std."): "10 minutes"
 * translated as "10 horas" is another unit. Single letters ("h", "s", "ч") are left out: they are
 * other things too.
 */
function timeUnits(lang: string): UnitDefinition[] {
  return TIME_UNITS.map((unit) => {
    const forms = new Set<string>();
    for (const locale of new Set([lang, 'en']))
      for (const unitDisplay of ['long', 'short'] as const) {
        let format: Intl.NumberFormat;
        try {
          format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
        } catch {
          continue;
        }
        for (const amount of [1, 2, 5, 21, 1.5]) {
          const name = format
            .formatToParts(amount)
            .filter((part) => part.type === 'unit')
            .map((part) => part.value)
            .join('')
            .trim();
          if (!TIME_NAME.test(name)) continue;
          forms.add(name);
          // The German dative plural Intl does not give: "in drei Tagen", "vor zwei Jahren".
          if (locale === 'de' && name.endsWith('e')) forms.add(`${name}n`);
        }
      }
    return { id: unit, kind: 'time' as const, forms: [...forms] };
  });
}

interface UnitForms {
  /** By first character, longest first, so that "mg" is tried before "g" and "US$" before "$". */
  byFirst: Map<string, UnitForm[]>;
  /** The currencies' symbols and codes, which may also stand before the number ("$129.99"). */
  leadingCurrencies: UnitForm[];
}

const unitForms = new Map<string, UnitForms>();

/** Every unit's forms in a language, built on first use. */
function forms(lang: string): UnitForms {
  const cached = unitForms.get(lang);
  if (cached) return cached;
  const byForm = new Map<string, UnitForm>();
  for (const unit of [...UNITS, ...timeUnits(lang)])
    for (const raw of unit.forms) {
      const prefix = raw.endsWith('*');
      const form = prefix ? raw.slice(0, -1) : raw;
      const known = byForm.get(raw) ?? { form, prefix, units: [] };
      if (!known.units.includes(unit)) known.units.push(unit);
      byForm.set(raw, known);
    }
  const sorted = [...byForm.values()].sort((a, b) => b.form.length - a.form.length);
  const byFirst = new Map<string, UnitForm[]>();
  for (const candidate of sorted) {
    const first = candidate.form.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), candidate]);
  }
  const leadingCurrencies = sorted.filter(
    (candidate) => candidate.units[0]?.kind === 'currency' && !candidate.prefix,
  );
  const built = { byFirst, leadingCurrencies };
  unitForms.set(lang, built);
  return built;
}

const LETTER = /[\p{L}\p{M}]/u;
const isLetter = (char: string): boolean => char !== '' && LETTER.test(char);
/** Scripts written without spaces put the unit right after the number ("50欧元", "500毫克"). */
const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

function formAt(text: string, at: number, lang: string): UnitForm | null {
  for (const candidate of forms(lang).byFirst.get(text.charAt(at)) ?? []) {
    if (!text.startsWith(candidate.form, at)) continue;
    const end = at + candidate.form.length;
    const last = candidate.form.charAt(candidate.form.length - 1);
    // A word must end where the form ends, unless the form is a word's start ("dolar" in "dolarów");
    // a symbol may touch anything, and so may a unit in a script without spaces.
    const next = text.charAt(end);
    if (
      isLetter(last) &&
      !candidate.prefix &&
      !SPACELESS.test(last) &&
      isLetter(next) &&
      !SPACELESS.test(next)
    )
      continue;
    return candidate;
  }
  return null;
}

/** Chinese and Japanese myriads a unit may follow too: "50万欧元". */
const MYRIAD = /^[万亿億]/u;

export interface UnitMention {
  unit: readonly string[];
  kind: UnitKind;
  start: number;
  end: number;
  text: string;
}

const MINUTES_OF_DURATION = /\d[:：]$/u;

/** A space, or a hyphen that makes number and unit an adjective ("a 6.1-inch display", "3-nanometre"). */
const BEFORE_UNIT = new Set([' ', '\u00a0', '\u202f', '-']);

/** Romance languages put "of" between a scale word and what it counts: "5 millions d'euros", "5 milioni di euro". */
const OF_AFTER_SCALE = /^(?:d['’]|de\s|di\s)/u;

/** The unit written right after a number ("500 mg", "50 €", "25℃") or, for money, right before it ("$129.99"). */
export function unitOf(
  text: string,
  number: Pick<NumberMention, 'start' | 'end'>,
  lang: string,
): UnitMention | null {
  // The minutes of "2:15 Stunden": the unit is the whole duration's, not theirs.
  if (MINUTES_OF_DURATION.test(text.slice(Math.max(0, number.start - 3), number.start))) return null;
  let at = number.end;
  if (BEFORE_UNIT.has(text.charAt(at))) at++;
  // A scale word may stand between them: "50 million euros", "5 Mio. Euro", "2 miljard euro".
  const scale = SCALE_WORD.exec(text.slice(at, at + 16)) ?? MYRIAD.exec(text.charAt(at));
  if (scale) {
    at += scale[0].length;
    at += OF_AFTER_SCALE.exec(text.slice(at, at + 4))?.[0].length ?? 0;
  }
  const after = formAt(text, at, lang);
  if (after) return mention(after, at, text);
  // Money also stands before the number: "$129.99", "€50", "US$ 5", "CHF 20".
  let end = number.start;
  if (/[\s\u00a0]/u.test(text.charAt(end - 1))) end--;
  for (const candidate of forms(lang).leadingCurrencies) {
    const start = end - candidate.form.length;
    if (start < 0 || !text.startsWith(candidate.form, start)) continue;
    if (isLetter(candidate.form.charAt(0)) && isLetter(text.charAt(start - 1))) continue;
    return mention(candidate, start, text);
  }
  return null;
}

function mention(form: UnitForm, start: number, text: string): UnitMention {
  let end = start + form.form.length;
  if (form.prefix) while (isLetter(text.charAt(end))) end++;
  return {
    unit: form.units.map((u) => u.id),
    kind: form.units[0]?.kind ?? 'currency',
    start,
    end,
    text: text.slice(start, end),
  };
}

/** Whether two units can be the same one ("¥" and "円" can; "mg" and "g" cannot). */
export function sameUnit(a: UnitMention, b: UnitMention): boolean {
  return a.unit.some((id) => b.unit.includes(id));
}

/**
 * Whether a span of `text` (an acronym) is the unit of one of its numbers that `other` accounts for:
 * in the same unit written another way ("50 USD" for "$50", "25 EUR" for "€25"), or as the same number
 * in another unit of its kind ("16 GB" as "16 MB", "EUR 20 000 000" as "20 000 000 USD": the units
 * check's finding). Such a code is no name to find or add.
 */
export function isUnitOfAmount(
  text: string,
  lang: string,
  span: { start: number; end: number },
  other: string,
  otherLang: string,
): boolean {
  const withUnits = (side: string, sideLang: string) =>
    extractNumbers(side, sideLang).flatMap((number) => {
      const unit = unitOf(side, number, sideLang);
      return unit ? [{ number, unit }] : [];
    });
  const mine = withUnits(text, lang).filter(({ unit }) => unit.start <= span.start && span.end <= unit.end);
  if (mine.length === 0) return false;
  const theirs = withUnits(other, otherLang);
  return mine.some((m) =>
    theirs.some(
      (t) => sameUnit(t.unit, m.unit) || (t.unit.kind === m.unit.kind && sameNumber(m.number, t.number)),
    ),
  );
}

/**
 * Each unit's size in its kind's base unit (metres, grams, millilitres, km/h, seconds; degrees Celsius
 * by a formula below): what a localised translation converts ("95°F" → "35 °C", "5 miles" → "8 km",
 * "70 mph" → "113 km/h", "90 minutes" → "1,5 Stunden").
 */
const IN_BASE: Readonly<Record<string, number>> = {
  mm: 0.001,
  cm: 0.01,
  m: 1,
  km: 1000,
  in: 0.0254,
  ft: 0.3048,
  mi: 1609.344,
  // grams
  µg: 1e-6,
  mg: 0.001,
  g: 1,
  kg: 1000,
  lb: 453.592,
  oz: 28.3495,
  // millilitres
  ml: 1,
  l: 1000,
  gal: 3785.41,
  // kilometres an hour
  'km/h': 1,
  mph: 1.609344,
  // seconds
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
};

/** Each unit's kind, by id: a form may stand for units of two kinds ("pound", money and weight). */
const KIND: ReadonlyMap<string, UnitKind> = new Map([
  ...UNITS.map((unit): [string, UnitKind] => [unit.id, unit.kind]),
  ...TIME_UNITS.map((unit): [string, UnitKind] => [unit, 'time']),
]);

function inBase(value: number, unit: string): number | null {
  if (unit === '°C') return value;
  if (unit === '°F') return ((value - 32) * 5) / 9;
  const size = IN_BASE[unit];
  return size === undefined ? null : value * size;
}

/**
 * Whether `value` in unit `from` is `other` in unit `to`, as a translation that converts it rounds:
 * within 3 % (a degree for temperatures), in units of one kind that differ.
 */
export function isConversion(value: number, from: UnitMention, other: number, to: UnitMention): boolean {
  if (sameUnit(from, to)) return false;
  return from.unit.some((a) =>
    to.unit.some((b) => {
      const kind = KIND.get(a);
      if (kind === undefined || kind !== KIND.get(b)) return false;
      const x = inBase(value, a);
      const y = inBase(other, b);
      if (x === null || y === null) return false;
      if (kind === 'temperature') return Math.abs(x - y) <= 1;
      return Math.abs(x - y) <= 0.03 * Math.max(Math.abs(x), Math.abs(y));
    }),
  );
}
