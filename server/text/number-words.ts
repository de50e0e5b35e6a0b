import { allMatches } from '../util/regexp';
import { memoize } from './memo';
import { words } from './normalize';
import { MYRIADS, type NumberMention } from './numbers';

/**
 * Number words that translations write as digits (or the other way round): "two of the three" ↔ "2 z 3",
 * "1st place" ↔ "ersten Platz", "at noon" ↔ "um 12 Uhr". Up to twelve, and in English,
 * German, French and Spanish the teens, the tens and a hundred — larger ones are almost always digits
 * on both sides. Forms are expressions: inflected ordinals are written once
 * ("erste[nrsm]?", "pierwsz\\p{L}*").
 */
export const NUMBER_WORDS: Record<string, readonly (readonly string[])[]> = {
  // Ordinals ("the third one" → "3 番目"), Roman numerals after a name ("John Paul II" → "2 世") and a
  // dozen count too.
  en: [
    ['zero'],
    ['one', 'first', 'firstly'],
    ['two', 'second', 'secondly', 'ii', 'twice', 'both', 'double', 'doubled', 'twofold'],
    ['three', 'third', 'thirdly', 'iii', 'thrice', 'triple', 'tripled', 'threefold'],
    ['four', 'fourth', 'iv'],
    ['five', 'fifth'],
    ['six', 'sixth'],
    ['seven', 'seventh', 'vii'],
    ['eight', 'eighth', 'viii'],
    ['nine', 'ninth'],
    ['ten', 'tenth'],
    ['eleven', 'eleventh'],
    ['twelve', 'twelfth', 'xii', 'dozen', 'noon', 'midday'],
    ...englishFromThirteen(),
  ],
  pl: [
    ['zero'],
    ['jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'pierwsz\\p{L}*'],
    [
      'dwa',
      'dwie',
      'dwóch',
      'dwu',
      'dwoma',
      'dwaj',
      'drug(?:i|a|ie|iego|iej|im|ą)',
      'dwukrotnie',
      'dublet\\p{L}*',
    ],
    ['trzy', 'trzech', 'trzema', 'trzej', 'trzec(?:i|ia|ie|iego|iej|im|ią)'],
    ['cztery', 'czterech', 'czwart\\p{L}*'],
    ['pięć', 'pięciu', 'piąt\\p{L}*'],
    ['sześć', 'sześciu', 'szóst\\p{L}*'],
    ['siedem', 'siedmiu', 'siódm\\p{L}*'],
    ['osiem', 'ośmiu', 'ósm\\p{L}*'],
    ['dziewięć', 'dziewięciu', 'dziewiąt\\p{L}*'],
    ['dziesięć', 'dziesięciu', 'dziesiąt\\p{L}*'],
    ['jedenaście', 'jedenast\\p{L}*'],
    ['dwanaście', 'dwunast\\p{L}*'],
  ],
  de: withLarger(
    [
      ['null'],
      // "Kein einziger", not a single one; "jeder Fünfte", one in five.
      [
        'eins',
        'ein',
        'eine',
        'einen',
        'einem',
        'einer',
        'erste[nrsm]?',
        'einzige[nrsm]?',
        'jede[rsnm]? (?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)[nrsm]?',
      ],
      // Twice, in everyday words and a match report's ('traf doppelt', a brace).
      ['zwei', 'zweite[nrsm]?', 'zweimal', 'doppelt', 'doppelpack'],
      ['drei', 'dritte[nrsm]?'],
      ['vier', 'vierte[nrsm]?'],
      ['fünf', 'fünfte[nrsm]?'],
      ['sechs', 'sechste[nrsm]?'],
      ['sieben', 'sieb(?:en)?te[nrsm]?'],
      ['acht', 'achte[nrsm]?'],
      ['neun', 'neunte[nrsm]?'],
      ['zehn', 'zehnte[nrsm]?'],
      ['elf', 'elfte[nrsm]?'],
      ['zwölf', 'zwölfte[nrsm]?', 'dutzend'],
    ],
    {
      13: ['dreizehn', 'dreizehnte[nrsm]?'],
      14: ['vierzehn', 'vierzehnte[nrsm]?'],
      15: ['fünfzehn', 'fünfzehnte[nrsm]?'],
      16: ['sechzehn', 'sechzehnte[nrsm]?'],
      17: ['siebzehn', 'siebzehnte[nrsm]?'],
      18: ['achtzehn', 'achtzehnte[nrsm]?'],
      19: ['neunzehn', 'neunzehnte[nrsm]?'],
      20: ['zwanzig', 'zwanzigste[nrsm]?'],
      30: ['dreißig', 'dreißigste[nrsm]?'],
      40: ['vierzig'],
      50: ['fünfzig'],
      60: ['sechzig'],
      70: ['siebzig'],
      80: ['achtzig'],
      90: ['neunzig'],
      100: ['hundert', 'einhundert'],
    },
  ),
  cs: [
    ['nula'],
    ['jeden', 'jedna', 'jedno', 'první\\p{L}*'],
    // "Pětkrát", five times, is one word.
    ['dva', 'dvě', 'dvou', 'druh(?:ý|á|é|ého|ém|ou|ých)', 'dvakrát'],
    ['tři', 'tří', 'třetí\\p{L}*', 'třikrát'],
    ['čtyři', 'čtvrt(?:ý|á|é|ého|ém|ou)', 'čtyřikrát'],
    ['pět', 'pát(?:ý|á|é|ého|ém|ou)', 'pětkrát'],
    ['šest', 'šest(?:ý|á|é|ého|ém|ou)', 'šestkrát'],
    ['sedm', 'sedm(?:ý|á|é|ého|ém|ou)', 'sedmkrát'],
    ['osm', 'osm(?:ý|á|é|ého|ém|ou)', 'osmkrát'],
    ['devět', 'devát(?:ý|á|é|ého|ém|ou)', 'devětkrát'],
    ['deset', 'desát(?:ý|á|é|ého|ém|ou)', 'desetkrát'],
    ['jedenáct', 'jedenáct(?:ý|á|é|ého|ém|ou)', 'jedenáctkrát'],
    ['dvanáct', 'dvanáct(?:ý|á|é|ého|ém|ou)', 'tucet', 'dvanáctkrát'],
  ],
  fr: withLarger(
    [
      ['zéro'],
      ['un', 'une', 'premier', 'première', 'premiers', 'premières'],
      ['deux', 'deuxième\\p{L}*', 'second', 'seconde', 'doublé'],
      ['trois', 'troisième\\p{L}*'],
      ['quatre', 'quatrième\\p{L}*'],
      ['cinq', 'cinquième\\p{L}*'],
      ['six', 'sixième\\p{L}*'],
      ['sept', 'septième\\p{L}*'],
      ['huit', 'huitième\\p{L}*'],
      ['neuf', 'neuvième\\p{L}*'],
      ['dix', 'dixième\\p{L}*'],
      ['onze', 'onzième\\p{L}*'],
      ['douze', 'douzième\\p{L}*', 'douzaine'],
    ],
    {
      13: ['treize', 'treizième'],
      14: ['quatorze', 'quatorzième'],
      15: ['quinze', 'quinzième'],
      16: ['seize', 'seizième'],
      17: ['dix-sept', 'dix-septième'],
      18: ['dix-huit', 'dix-huitième'],
      19: ['dix-neuf', 'dix-neuvième'],
      20: ['vingt', 'vingtième'],
      30: ['trente', 'trentième'],
      40: ['quarante'],
      50: ['cinquante'],
      60: ['soixante'],
      70: ['soixante-dix'],
      80: ['quatre-vingts?'],
      90: ['quatre-vingt-dix'],
      100: ['cent', 'centième'],
    },
  ),
  es: withLarger(
    [
      ['cero'],
      ['uno', 'una', 'un', 'primer', 'primer[oa]s?'],
      ['dos', 'segund[oa]s?', 'doblete'],
      ['tres', 'tercer', 'tercer[oa]s?'],
      ['cuatro', 'cuart[oa]s?'],
      ['cinco', 'quint[oa]s?'],
      ['seis', 'sext[oa]s?'],
      ['siete', 'séptim[oa]s?'],
      ['ocho', 'octav[oa]s?'],
      ['nueve', 'noven[oa]s?'],
      ['diez', 'décim[oa]s?'],
      ['once', 'undécim[oa]s?'],
      ['doce', 'duodécim[oa]s?', 'docena'],
    ],
    {
      13: ['trece'],
      14: ['catorce'],
      15: ['quince'],
      16: ['dieciséis'],
      17: ['diecisiete'],
      18: ['dieciocho'],
      19: ['diecinueve'],
      20: ['veinte', 'vigésim[oa]s?'],
      30: ['treinta'],
      40: ['cuarenta'],
      50: ['cincuenta'],
      60: ['sesenta'],
      70: ['setenta'],
      80: ['ochenta'],
      90: ['noventa'],
      100: ['cien', 'ciento'],
    },
  ),
  it: withLarger(
    [
      ['zero'],
      ['uno', 'una', 'un', 'primo', 'prima', 'primi', 'prime'],
      ['due', 'second[oaie]', 'doppietta'],
      ['tre', 'terz[oaie]'],
      ['quattro', 'quart[oaie]'],
      ['cinque', 'quint[oaie]'],
      ['sei', 'sest[oaie]'],
      ['sette', 'settim[oaie]'],
      ['otto', 'ottav[oaie]'],
      ['nove', 'non[oaie]'],
      ['dieci', 'decim[oaie]'],
      ['undici', 'undicesim[oaie]'],
      ['dodici', 'dodicesim[oaie]', 'dozzina'],
    ],
    {
      ...italianAges(),
      20: ['venti', 'ventenn[ei]'],
      30: ['trenta', 'trentenn[ei]'],
      40: ['quaranta', 'quarantenn[ei]'],
      50: ['cinquanta', 'cinquantenn[ei]'],
      60: ['sessanta', 'sessantenn[ei]'],
      70: ['settanta', 'settantenn[ei]'],
      80: ['ottanta', 'ottantenn[ei]'],
      90: ['novanta', 'novantenn[ei]'],
      100: ['cento', 'centenari[oa]'],
    },
  ),
  pt: withLarger(
    [
      ['zero'],
      ['um', 'uma', 'primeir[oa]s?'],
      ['dois', 'duas', 'segund[oa]s?'],
      ['três', 'terceir[oa]s?'],
      ['quatro', 'quart[oa]s?'],
      ['cinco', 'quint[oa]s?'],
      ['seis', 'sext[oa]s?'],
      ['sete', 'sétim[oa]s?'],
      ['oito', 'oitav[oa]s?'],
      ['nove', 'non[oa]s?'],
      ['dez', 'décim[oa]s?'],
      ['onze'],
      ['doze', 'dúzia'],
    ],
    {
      20: ['vinte'],
      30: ['trinta'],
      40: ['quarenta'],
      50: ['cinquenta'],
      60: ['sessenta'],
      70: ['setenta'],
      80: ['oitenta'],
      90: ['noventa'],
      100: ['cem', 'cento'],
    },
  ),
  nl: withLarger(
    [
      ['nul'],
      ['een', 'één', 'eerste'],
      ['twee', 'tweede'],
      ['drie', 'derde'],
      ['vier', 'vierde'],
      ['vijf', 'vijfde'],
      ['zes', 'zesde'],
      ['zeven', 'zevende'],
      ['acht', 'achtste'],
      ['negen', 'negende'],
      ['tien', 'tiende'],
      ['elf', 'elfde'],
      ['twaalf', 'twaalfde', 'dozijn'],
    ],
    {
      20: ['twintig'],
      30: ['dertig'],
      40: ['veertig'],
      50: ['vijftig'],
      60: ['zestig'],
      70: ['zeventig'],
      80: ['tachtig'],
      90: ['negentig'],
      100: ['honderd'],
    },
  ),
  ro: [
    ['zero'],
    ['unu', 'una', 'un', 'o', 'primul', 'prima', 'întâi'],
    ['doi', 'două', 'al doilea', 'a doua'],
    ['trei', 'al treilea', 'a treia'],
    ['patru', 'al patrulea', 'a patra'],
    ['cinci', 'al cincilea', 'a cincea'],
    ['șase', 'şase', 'al șaselea', 'a șasea'],
    ['șapte', 'şapte', 'al șaptelea', 'a șaptea'],
    ['opt', 'al optulea', 'a opta'],
    ['nouă', 'al nouălea', 'a noua'],
    ['zece', 'al zecelea', 'a zecea'],
    ['unsprezece', 'al unsprezecelea'],
    ['doisprezece', 'al doisprezecelea'],
  ],
  ru: [
    ['ноль'],
    [
      'один',
      'одна',
      'одно',
      'одного',
      'одной',
      'одному',
      'одним',
      'одну',
      'одном',
      'перв(?:ый|ая|ое|ого|ом|ую|ой|ые|ых)',
      // "Каждый пятый", one in five.
      'кажд(?:ый|ая|ое|ого|ому) (?:втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\\p{L}*',
    ],
    // The cases too: "до трёх дней", "с двумя", "в пяти".
    ['два', 'две', 'двух', 'двум', 'двумя', 'втор(?:ой|ая|ое|ого|ом|ую|ые|ых)', 'дважды', 'дубл\\p{L}*'],
    ['три', 'тр[её]х', 'тр[её]м', 'тремя', 'трет(?:ий|ья|ье|ьего|ьем|ью|ьей|ьи)'],
    ['четыре', 'четыр[её]х', 'четыр[её]м', 'четырьмя', 'четв[её]рт(?:ый|ая|ое|ого|ом|ую|ой)'],
    ['пять', 'пяти', 'пятью', 'пят(?:ый|ая|ое|ого|ом|ую|ой)'],
    ['шесть', 'шести', 'шестью', 'шест(?:ой|ая|ое|ого|ом|ую)'],
    ['семь', 'семи', 'семью', 'седьм(?:ой|ая|ое|ого|ом|ую)'],
    ['восемь', 'восьми', 'восемью', 'восьм(?:ой|ая|ое|ого|ом|ую)'],
    ['девять', 'девяти', 'девятью', 'девят(?:ый|ая|ое|ого|ом|ую|ой)'],
    ['десять', 'десяти', 'десятью', 'десят(?:ый|ая|ое|ого|ом|ую|ой)'],
    ['одиннадцать', 'одиннадцат(?:ый|ая|ое|ого|ом)'],
    ['двенадцать', 'двенадцат(?:ый|ая|ое|ого|ом)', 'дюжин\\p{L}*'],
  ],
  uk: [
    ['нуль'],
    ['один', 'одна', 'одне', 'перш(?:ий|а|е|ого|ому|им|ої|у|і|их)'],
    ['два', 'дві', 'друг(?:ий|е|ого|ому|ої|у|і|их)'],
    ['три', 'трет(?:ій|я|є|ього|ьому|ім|ьої|ю|і|іх)'],
    ['чотири', 'четверт\\p{L}*'],
    ["п['’]ять", "п['’]ят\\p{L}*"],
    ['шість', 'шост\\p{L}*'],
    ["сім(?!['’])", 'сьом\\p{L}*'],
    ['вісім', 'восьм\\p{L}*'],
    ["дев['’]ять", "дев['’]ят\\p{L}*"],
    ['десять', 'десят\\p{L}*'],
    ['одинадцять', 'одинадцят\\p{L}*'],
    ['дванадцять', 'дванадцят\\p{L}*'],
  ],
  tr: [
    ['sıfır'],
    ['bir', 'birinci\\p{L}*', 'ilk'],
    ['iki', 'ikinci\\p{L}*'],
    ['üç', 'üçüncü\\p{L}*'],
    ['dört', 'dördüncü\\p{L}*'],
    ['beş', 'beşinci\\p{L}*'],
    ['altı', 'altıncı\\p{L}*'],
    ['yedi', 'yedinci\\p{L}*'],
    ['sekiz', 'sekizinci\\p{L}*'],
    ['dokuz', 'dokuzuncu\\p{L}*'],
    ['on', 'onuncu\\p{L}*'],
    ['on bir', 'on birinci\\p{L}*'],
    ['on iki', 'on ikinci\\p{L}*', 'düzine'],
  ],
  sv: [
    ['noll'],
    ['en', 'ett', 'första'],
    ['två', 'andra'],
    ['tre', 'tredje'],
    ['fyra', 'fjärde'],
    ['fem', 'femte'],
    ['sex', 'sjätte'],
    ['sju', 'sjunde'],
    ['åtta', 'åttonde'],
    ['nio', 'nionde'],
    ['tio', 'tionde'],
    ['elva', 'elfte'],
    ['tolv', 'tolfte', 'dussin'],
  ],
  hu: [
    ['nulla'],
    ['egy', 'első\\p{L}*'],
    ['kettő', 'két', 'második\\p{L}*'],
    ['három', 'harmadik\\p{L}*'],
    ['négy', 'negyedik\\p{L}*'],
    ['öt', 'ötödik\\p{L}*'],
    ['hat', 'hatodik\\p{L}*'],
    ['hét', 'hetedik\\p{L}*'],
    ['nyolc', 'nyolcadik\\p{L}*'],
    ['kilenc', 'kilencedik\\p{L}*'],
    ['tíz', 'tizedik\\p{L}*'],
    ['tizenegy', 'tizenegyedik\\p{L}*'],
    ['tizenkettő', 'tizenkét', 'tizenkettedik\\p{L}*'],
  ],
  // Arabic writes the article and the conjunctions onto the word ("الخامس" the fifth, "وخمسة" and five).
  ar: arabicNumberWords([
    ['صفر'],
    ['واحد', 'واحدة', 'أول', 'أولى'],
    ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثاني', 'ثانية'],
    ['ثلاث', 'ثلاثة', 'ثالث', 'ثالثة'],
    ['أربع', 'أربعة', 'رابع', 'رابعة'],
    ['خمس', 'خمسة', 'خامس', 'خامسة'],
    ['ست', 'ستة', 'سادس', 'سادسة'],
    ['سبع', 'سبعة', 'سابع', 'سابعة'],
    ['ثمان', 'ثماني', 'ثمانية', 'ثامن', 'ثامنة'],
    ['تسع', 'تسعة', 'تاسع', 'تاسعة'],
    ['عشر', 'عشرة', 'عاشر', 'عاشرة'],
    ['أحد عشر', 'إحدى عشرة', 'حادي عشر', 'حادية عشرة'],
    ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'ثاني عشر', 'ثانية عشرة'],
  ]),
  // Persian, Urdu and Pashto: a zero-width non-joiner after a form joins it to the next word, as
  // "سه‌شنبه" (Tuesday) does "سه" (three).
  fa: [
    ['صفر'],
    ['یک', 'یکم', 'نخست\\p{L}*', 'اول'],
    ['دو', 'دوم'],
    ['سه', 'سوم'],
    ['چهار', 'چهارم'],
    ['پنج', 'پنجم'],
    ['شش', 'ششم'],
    ['هفت', 'هفتم'],
    ['هشت', 'هشتم'],
    ['نهم'],
    ['ده', 'دهم'],
    ['یازده', 'یازدهم'],
    ['دوازده', 'دوازدهم'],
  ].map((forms) => forms.map((form) => `${form}(?!\\u200c)`)),
  ur: [
    ['صفر'],
    ['ایک', 'پہل[اےی]'],
    ['دو', 'دوسر[اےی]'],
    ['تین', 'تیسر[اےی]'],
    ['چار', 'چوتھ[اےی]'],
    ['پانچ', 'پانچو[اے]ں', 'پانچویں'],
    ['چھ', 'چھٹ[اےی]'],
    ['سات', 'ساتو[اے]ں', 'ساتویں'],
    ['آٹھ', 'آٹھو[اے]ں', 'آٹھویں'],
    ['نو', 'نو[اے]ں', 'نویں'],
    ['دس', 'دسو[اے]ں', 'دسویں'],
    ['گیارہ', 'گیارہو[اے]ں', 'گیارہویں'],
    ['بارہ', 'بارہو[اے]ں', 'بارہویں', 'درجن'],
  ].map((forms) => forms.map((form) => `${form}(?!\\u200c)`)),
  // Pashto ordinals take the endings of adjectives: "دولسمه پېړۍ", "د دولسمې پېړۍ" (the twelfth century).
  ps: [
    ['صفر'],
    ['[یي]و', '[یي]وه', 'لومړ[یيۍ]', 'لومړن[یيۍ]'],
    ['دوه', 'دو[ه]?[یي]?م[هېو]?', 'دو[یي]م[هېو]?'],
    ['درې', 'در[ېي][یي]?م[هېو]?'],
    ['څلور', 'څلورم[هېو]?'],
    ['پنځه', 'پنځم[هېو]?'],
    ['شپږ', 'شپږم[هېو]?'],
    ['اووه', 'اووم[هېو]?'],
    ['اته', 'اتم[هېو]?'],
    ['نهه', 'نهم[هېو]?'],
    ['لس', 'لسم[هېو]?'],
    ['[یي]وولس', '[یي]وولسم[هېو]?'],
    ['دولس', 'دولسم[هېو]?'],
  ].map((forms) => forms.map((form) => `${form}(?!\\u200c)`)),
  // A vowel sign after a form makes another word ("दसों"): none may follow.
  hi: [
    ['शून्य'],
    ['एक', 'पहल[ाीे]'],
    ['दो', 'दूसर[ाीे]'],
    ['तीन', 'तीसर[ाीे]'],
    ['चार', 'चौथ[ाीे]'],
    ['पा[ँं]च', 'पा[ँं]चव(?:ा[ँं]|ी[ँं]|े[ँं])'],
    ['छह', 'छः', 'छठ[ाीे]'],
    ['सात', 'सातव(?:ा[ँं]|ी[ँं]|े[ँं])'],
    ['आठ', 'आठव(?:ा[ँं]|ी[ँं]|े[ँं])'],
    ['नौ', 'नौव(?:ा[ँं]|ी[ँं]|े[ँं])'],
    ['दस', 'दसव(?:ा[ँं]|ी[ँं]|े[ँं])'],
    ['ग्यारह', 'ग्यारहव(?:ा[ँं]|ी[ँं]|े[ँं])'],
    ['बारह', 'बारहव(?:ा[ँं]|ी[ँं]|े[ँं])', 'दर्जन'],
  ].map((forms) => forms.map((form) => `${form}(?![\\p{M}])`)),
};

/** Arabic forms with the article and a conjunction or preposition that may be written onto them. */
function arabicNumberWords(forms: readonly (readonly string[])[]): string[][] {
  return forms.map((group) => group.map((form) => `(?:[وفب]?(?:ال)?|لل)${form}`));
}

/**
 * Italian ages in one word from eleven to ninety-nine ("un ventunenne" is "a 21-year-old", "la
 * quindicenne" "the 15-year-old"): the number's last vowel gives way to "-enne", but for a final "tre"
 * ("ventitreenne"); plural and feminine in -i.
 */
function italianAges(): Record<number, string[]> {
  const units = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
  const below20 = [
    'undici',
    'dodici',
    'tredici',
    'quattordici',
    'quindici',
    'sedici',
    'diciassette',
    'diciotto',
    'diciannove',
  ];
  const tens = [
    '',
    '',
    'venti',
    'trenta',
    'quaranta',
    'cinquanta',
    'sessanta',
    'settanta',
    'ottanta',
    'novanta',
  ];
  const ageOf = (number: string): string =>
    `${number.endsWith('tre') ? number : number.replace(/[aeiou]$/u, '')}enn[ei]`;
  const ages: Record<number, string[]> = {};
  below20.forEach((number, k) => {
    ages[11 + k] = [ageOf(number)];
  });
  for (let ten = 2; ten <= 9; ten++)
    for (let unit = 1; unit <= 9; unit++) {
      const prefix = tens[ten] ?? '';
      // "ventuno", "ventotto": the ten drops its vowel before "uno" and "otto".
      const joined = unit === 1 || unit === 8 ? prefix.slice(0, -1) : prefix;
      ages[ten * 10 + unit] = [ageOf(`${joined}${units[unit] ?? ''}`)];
    }
  return ages;
}

/** The small numbers' forms, and some larger ones (teens, tens, a hundred) at their values. */
function withLarger(
  small: readonly (readonly string[])[],
  larger: Readonly<Record<number, readonly string[]>>,
): (readonly string[])[] {
  const all = [...small];
  for (const [value, forms] of Object.entries(larger)) all[Number(value)] = forms;
  return all;
}

/**
 * English numbers from thirteen to a hundred, cardinal and ordinal ("fifteen minutes" → "15 分",
 * "Around the World in Eighty Days" → "80 日間", "twenty-first" → "21."), made by rule: English is the
 * source of most pairs, and larger spelt-out numbers stand in its titles and comments.
 */
function englishFromThirteen(): string[][] {
  const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const unitOrdinals = [
    '',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
  ];
  const teens = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const forms: string[][] = [];
  teens.forEach((teen, k) => {
    forms[13 + k] = [teen, `${teen}th`];
  });
  for (let ten = 2; ten <= 9; ten++) {
    const word = tens[ten] ?? '';
    forms[ten * 10] = [word, `${word.slice(0, -1)}ieth`];
    for (let unit = 1; unit <= 9; unit++)
      forms[ten * 10 + unit] = [`${word}[- ]${units[unit] ?? ''}`, `${word}[- ]${unitOrdinals[unit] ?? ''}`];
  }
  forms[100] = ['(?:a|one) hundred', 'hundredth'];
  return forms.slice(13);
}

const numberWordPatterns = new Map<string, RegExp | null>();

/** One expression per language and value over all its spelt-out forms, compiled once. */
function numberWordPattern(lang: string, value: number): RegExp | null {
  const key = `${lang}:${value}`;
  let pattern = numberWordPatterns.get(key);
  if (pattern === undefined) {
    const forms = NUMBER_WORDS[lang]?.[value];
    pattern = forms ? new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'u') : null;
    numberWordPatterns.set(key, pattern);
  }
  return pattern;
}

/** Chinese and Japanese numerals up to twelve ("三个月" for "3 months", "第一阶段" for "stage 1"). */
const CJK_NUMERALS: readonly (readonly string[])[] = [
  ['零', '〇'],
  ['一'],
  ['二', '两', '兩'],
  ['三'],
  ['四'],
  ['五'],
  ['六'],
  ['七'],
  ['八'],
  ['九'],
  ['十'],
  ['十一'],
  ['十二'],
];

const CJK_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CJK_NUMERAL_RUN = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/gu;

/** The value of a run of Chinese numerals: "十五" 15, "两千三百" 2,300, "五千万" 5·10⁷, "二零二五" 2025. */
export function cjkNumeralValue(run: string): number | null {
  const characters = [...run];
  if (characters.every((c) => c in CJK_DIGITS))
    return characters.length > 1
      ? Number(characters.map((c) => CJK_DIGITS[c]).join(''))
      : (CJK_DIGITS[run] ?? null);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of characters) {
    const unit = CJK_UNITS[c];
    const myriad = MYRIADS[c];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = null;
    } else if (myriad !== undefined) {
      total += (section + (digit ?? 0) || 1) * myriad;
      section = 0;
      digit = null;
    } else digit = CJK_DIGITS[c] ?? 0;
  }
  return total + section + (digit ?? 0);
}

/** Every number a Chinese or Japanese text writes in numerals ("超过十五人", "五千万欧元"), where it stands. */
export const cjkNumerals: (text: string, lang: string) => readonly NumberMention[] = memoize(
  (text: string): NumberMention[] =>
    allMatches(CJK_NUMERAL_RUN, text).flatMap((m) => {
      const value = cjkNumeralValue(m[0]);
      return value === null
        ? []
        : [{ start: m.index, end: m.index + m[0].length, raw: m[0], values: [value] }];
    }),
);

const cjkNumeralValues = (text: string, lang: string): number[] =>
  cjkNumerals(text, lang).flatMap((m) => m.values);

const spelledPatterns = new Map<string, RegExp | null>();
const spelledValues = new Map<string, { test: RegExp; value: number }[]>();

/** The value of a word the language's spelt-out numbers list. */
function spelledValue(word: string, lang: string): number | null {
  let tests = spelledValues.get(lang);
  if (!tests) {
    tests = (NUMBER_WORDS[lang] ?? []).flatMap((forms, value) =>
      forms ? [{ test: new RegExp(`^(?:${forms.join('|')})$`, 'iu'), value }] : [],
    );
    spelledValues.set(lang, tests);
  }
  return tests.find(({ test }) => test.test(word))?.value ?? null;
}

const PREFIX = 3;
const numberWordPrefixes = new Map<string, ReadonlySet<string> | null>();

/**
 * The first letters of the literal words in a language's spelt-out numbers ("twenty[- ]one" → "twe",
 * "one"), each form's words all counted so that a form that starts with a choice ("(?:a|one) hundred")
 * is found by a later word. Null for a language whose forms start with letters written onto the word
 * (Arabic's conjunctions and article, "والثلاثة"): its words need not start like the forms.
 */
function prefixesOf(lang: string): ReadonlySet<string> | null {
  let prefixes = numberWordPrefixes.get(lang);
  if (prefixes === undefined) {
    const forms = (NUMBER_WORDS[lang] ?? []).flatMap((group) => group ?? []);
    prefixes = forms.some((form) => /^(?:\[|\(\?:\[)/u.test(form))
      ? null
      : new Set(
          forms.flatMap((form) =>
            form
              .replace(/\\[pPu]\{[^}]*\}|\\u[\da-fA-F]{4}|\\.|\[[^\]]*\]/gu, ' ')
              .split(/[^\p{L}\p{M}]+/u)
              .filter((word) => word.length >= 2)
              .map((word) => word.toLowerCase().slice(0, PREFIX)),
          ),
        );
    numberWordPrefixes.set(lang, prefixes);
  }
  return prefixes;
}

/**
 * Whether some word of the text starts like a spelt-out number: most sentences have none, and
 * looking their words up costs far less than running the expression of all the forms over them.
 */
function mayHaveNumberWords(text: string, lang: string): boolean {
  const prefixes = prefixesOf(lang);
  return (
    prefixes === null || words(text).some((word) => prefixes.has(word.text.toLowerCase().slice(0, PREFIX)))
  );
}

/**
 * The numbers a text spells out, where they stand ("ten minutes", "десять часов"), for the checks
 * that read what follows a number; Chinese and Japanese numerals are not among them ("十分" is also
 * "enough").
 */
export const spelledNumbers: (text: string, lang: string) => readonly NumberMention[] = memoize(
  (text: string, lang: string): NumberMention[] => {
    let pattern = spelledPatterns.get(lang);
    if (pattern === undefined) {
      // Longer forms first: "twenty-one", not "twenty" and "one".
      const forms = (NUMBER_WORDS[lang] ?? [])
        .flatMap((group) => group ?? [])
        .sort((a, b) => b.length - a.length);
      pattern =
        forms.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu') : null;
      spelledPatterns.set(lang, pattern);
    }
    if (!pattern || !mayHaveNumberWords(text, lang)) return [];
    return allMatches(pattern, text).flatMap((match) => {
      const value = spelledValue(match[0], lang);
      return value === null
        ? []
        : [{ start: match.index, end: match.index + match[0].length, raw: match[0], values: [value] }];
    });
  },
);

/**
 * Chinese and Japanese numerals with a digit in them: a ten, hundred or myriad alone is a word too
 * ("维基百科" Wikipedia, "数十" dozens, "十分" very) or the scale of digits a tokeniser set apart ("6 百 万").
 */
const CJK_DIGIT = /[零〇一二两兩三四五六七八九]/u;

/**
 * The numbers a text writes in words: spelt out, or in Chinese and Japanese numerals ("两年", "十二時間");
 * not the "quarter" of "a quarter of an hour" ("un quarto d'ora"), which is 15 minutes.
 */
export function numbersInWords(text: string, lang: string): readonly NumberMention[] {
  const found =
    lang === 'zh' || lang === 'ja'
      ? cjkNumerals(text, lang).filter((m) => CJK_DIGIT.test(m.raw))
      : spelledNumbers(text, lang);
  const parts = PARTS_OF_AN_HOUR[lang];
  if (found.length === 0 || !parts) return found;
  const spans = parts.flatMap(([pattern]) => {
    const match = pattern.exec(text);
    return match ? [{ start: match.index, end: match.index + match[0].length }] : [];
  });
  return found.filter((m) => !spans.some((span) => m.start >= span.start && m.end <= span.end));
}

/**
 * The language's spelt-out numbers as one alternation, lower case, for an expression that wants a
 * number word in a place ("# years ago"); null for a language without the lists.
 */
export function numberWordAlternation(lang: string): string | null {
  const forms = (NUMBER_WORDS[lang] ?? []).flatMap((group) => group ?? []);
  return forms.length > 0 ? forms.join('|') : null;
}

const numberWordTests = new Map<string, RegExp | null>();

/** Whether a word is one of the language's spelt-out numbers ("Novanta" in "gli anni Novanta"). */
export function isNumberWord(word: string, lang: string): boolean {
  let test = numberWordTests.get(lang);
  if (test === undefined) {
    const forms = numberWordAlternation(lang);
    test = forms === null ? null : new RegExp(`^(?:${forms})$`, 'u');
    numberWordTests.set(lang, test);
  }
  return test?.test(word.toLowerCase()) ?? false;
}

const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  dozen: 12,
  century: 100,
};
const GERMAN_SCALES: Readonly<Record<string, number>> = { million: 1e6, milliarde: 1e9 };
const POLISH_SCALES: Readonly<Record<string, number>> = { miliona: 1e6, miliarda: 1e9 };
const CZECH_SCALES: Readonly<Record<string, number>> = { milionu: 1e6, miliardy: 1e9 };

/** A fraction of each scale word, put where the pattern says SCALE: "half a million" is 500 000. */
function scaled(
  pattern: RegExp,
  fraction: number,
  scales: Readonly<Record<string, number>>,
): (readonly [RegExp, number])[] {
  return Object.entries(scales).map(([word, scale]) => [
    new RegExp(pattern.source.replace('SCALE', word), pattern.flags),
    fraction * scale,
  ]);
}

/** A share in words as the per cent another language writes: a third is 33 or 33.3 %, two thirds 66, 67 or 66.7. */
function shares(pattern: RegExp, share: number): (readonly [RegExp, number])[] {
  const percent = share * 100;
  return [...new Set([Math.floor(percent), Math.round(percent), Math.round(percent * 10) / 10])].map(
    (value) => [pattern, value] as const,
  );
}

/**
 * Phrases that say a number other languages write in digits: fractions of a point, as central-bank
 * news writes them ("a quarter-point cut", "ein Viertelprozentpunkt" → 0.25); of a scale ("half a
 * million" → 500 000, "pół miliona") or a scale alone ("a million" → "100万"); shares, which another
 * language gives in per cent ("a third of voters" → "33 %", "la moitié" → "50 %"); decades ("three
 * decades" → "30年間") and "round the clock" (24 hours).
 */
const PHRASE_NUMBERS: Readonly<Record<string, readonly (readonly [RegExp, number])[]>> = {
  en: [
    [/(?<!\p{L})quarter(?:[- ]percentage)?[- ]point|quarter of a (?:percentage )?point/iu, 0.25],
    [/(?<!\p{L})half(?:[- ]percentage)?[- ]point|half (?:of )?a (?:percentage )?point/iu, 0.5],
    // "a million" → "100万", "a dozen" → "12", "a decade" → "10年": the numeral another language writes.
    ...scaled(/(?<!\p{L})(?:a|one) SCALE(?!\p{L})/iu, 1, ENGLISH_SCALES),
    ...scaled(/(?<!\p{L})(?:a )?quarter[- ]SCALE(?!\p{L})/iu, 0.25, ENGLISH_SCALES),
    [/(?<!\p{L})(?:a|one|this|that|the|last|past|next) decade(?!\p{L})/iu, 10],
    // "three decades" → "30年間"; "round the clock" → "24時間".
    ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map(
      (word, k): readonly [RegExp, number] => [
        new RegExp(`(?<!\\p{L})${word} decades(?!\\p{L})`, 'iu'),
        (k + 2) * 10,
      ],
    ),
    [/(?<!\p{L})(?:a)?round[- ]the[- ]clock(?!\p{L})/iu, 24],
    ...scaled(/(?<!\p{L})half an? SCALE(?!\p{L})/iu, 0.5, ENGLISH_SCALES),
    ...scaled(/(?<!\p{L})(?:a|one) quarter of an? SCALE(?!\p{L})/iu, 0.25, ENGLISH_SCALES),
    ...shares(/(?<!\p{L})(?:a|one)[- ]third(?!\p{L})/iu, 1 / 3),
    ...shares(/(?<!\p{L})two[- ]thirds(?!\p{L})/iu, 2 / 3),
    ...shares(/(?<!\p{L})(?:a|one)[- ]quarter of(?!\p{L})/iu, 1 / 4),
    ...shares(/(?<!\p{L})three[- ]quarters(?!\p{L})/iu, 3 / 4),
    ...shares(/(?<!\p{L})half (?:of|the)(?!\p{L})/iu, 1 / 2),
  ],
  de: [
    // "anderthalb" (one and a half), "zweieinhalb" … "zwölfeinhalb".
    [/(?<!\p{L})anderthalb/iu, 1.5],
    ...['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'].map(
      (word, k): readonly [RegExp, number] => [new RegExp(`(?<!\\p{L})${word}einhalb`, 'iu'), k + 2.5],
    ),
    [/viertel(?:prozent)?punkt|viertel prozentpunkt/iu, 0.25],
    [/halbe[nrs]? prozentpunkt|halbprozentpunkt/iu, 0.5],
    ...scaled(/(?<!\p{L})(?:eine )?halbe[n]? SCALE(?!\p{L})/iu, 0.5, GERMAN_SCALES),
    ...shares(/(?<!\p{L})(?:ein|einem|eines) drittel(?!\p{L})/iu, 1 / 3),
    ...shares(/(?<!\p{L})zwei drittel(?!\p{L})/iu, 2 / 3),
    ...shares(/(?<!\p{L})(?:ein|einem|eines) viertel(?!\p{L})/iu, 1 / 4),
    ...shares(/(?<!\p{L})drei viertel(?!\p{L})/iu, 3 / 4),
    ...shares(/(?<!\p{L})(?:die|der) hälfte(?!\p{L})/iu, 1 / 2),
  ],
  fr: [
    ...shares(/(?<!\p{L})(?:un|le) tiers(?!\p{L})/iu, 1 / 3),
    ...shares(/(?<!\p{L})(?:les )?deux tiers(?!\p{L})/iu, 2 / 3),
    ...shares(/(?<!\p{L})(?:un|le) quart (?:de|des|du)(?!\p{L})/iu, 1 / 4),
    ...shares(/(?<!\p{L})(?:les )?trois quarts(?!\p{L})/iu, 3 / 4),
    ...shares(/(?<!\p{L})la moitié(?!\p{L})/iu, 1 / 2),
  ],
  es: [
    ...shares(/(?<!\p{L})(?:un|el) tercio(?!\p{L})/iu, 1 / 3),
    ...shares(/(?<!\p{L})(?:las )?dos terceras partes(?!\p{L})/iu, 2 / 3),
    ...shares(/(?<!\p{L})(?:un|el) cuarto de(?!\p{L})/iu, 1 / 4),
    ...shares(/(?<!\p{L})(?:las )?tres cuartas partes(?!\p{L})/iu, 3 / 4),
    ...shares(/(?<!\p{L})la mitad(?!\p{L})/iu, 1 / 2),
  ],
  pl: [
    [/(?<!\p{L})półtor(?:a|ej)(?!\p{L})/iu, 1.5],
    ...scaled(/(?<!\p{L})pół SCALE(?!\p{L})/iu, 0.5, POLISH_SCALES),
    ...shares(
      /(?<!\p{L})(?:jedna|jednej) trzecia|(?:jedną|jednej) trzecią|(?:jedna|jedną|jednej) trzeciej(?!\p{L})/iu,
      1 / 3,
    ),
    ...shares(/(?<!\p{L})dwie trzecie|dwóch trzecich(?!\p{L})/iu, 2 / 3),
    ...shares(/(?<!\p{L})(?:jedna|jedną|jednej) czwart(?:a|ą|ej)(?!\p{L})/iu, 1 / 4),
    ...shares(/(?<!\p{L})połow(?:a|y|ę|ie)(?!\p{L})/iu, 1 / 2),
  ],
  cs: [
    ...scaled(/(?<!\p{L})půl SCALE(?!\p{L})/iu, 0.5, CZECH_SCALES),
    ...shares(/(?<!\p{L})třetin(?:a|y|u|ou)(?!\p{L})/iu, 1 / 3),
    ...shares(/(?<!\p{L})dvě třetiny(?!\p{L})/iu, 2 / 3),
    ...shares(/(?<!\p{L})čtvrtin(?:a|y|u|ou)(?!\p{L})/iu, 1 / 4),
    ...shares(/(?<!\p{L})polovin(?:a|y|u|ou)(?!\p{L})/iu, 1 / 2),
  ],
};

/**
 * Quarters and halves of an hour in words, where another language counts the minutes ("the final
 * quarter of an hour" → "残り15分", "half an hour" → "30 Minuten").
 */
const PARTS_OF_AN_HOUR: Readonly<Record<string, readonly (readonly [RegExp, number])[]>> = {
  en: [
    [/(?<!\p{L})three quarters of an hour/iu, 45],
    [/(?<!\p{L})quarter(?: of)? an hour|quarter-hour/iu, 15],
    [/(?<!\p{L})half an hour|half-hour|half hour/iu, 30],
  ],
  de: [
    [/dreiviertelstunde/iu, 45],
    [/viertelstunde/iu, 15],
    [/halbe[nr]? stunde|halbstündig/iu, 30],
  ],
  fr: [
    [/trois quarts d'heure|trois quarts d’heure/iu, 45],
    [/quart d'heure|quart d’heure/iu, 15],
    [/demi-heure/iu, 30],
  ],
  es: [
    [/tres cuartos de hora/iu, 45],
    [/cuarto de hora/iu, 15],
    [/media hora/iu, 30],
  ],
  it: [
    [/tre quarti d'ora|tre quarti d’ora/iu, 45],
    [/quarto d'ora|quarto d’ora/iu, 15],
    [/mezz'ora|mezz’ora|mezzora/iu, 30],
  ],
  pt: [
    [/três quartos de hora/iu, 45],
    [/quarto de hora/iu, 15],
    [/meia hora/iu, 30],
  ],
  pl: [
    [/(?<!\p{L})kwadrans/iu, 15],
    [/pół godziny/iu, 30],
  ],
  ru: [
    [/четверт[ьи] час/iu, 15],
    [/полчаса|пол часа/iu, 30],
  ],
  zh: [
    [/一刻钟|一刻鐘/u, 15],
    [/半小时|半小時|半个小时|半個小時|半个钟头/u, 30],
  ],
  ja: [[/半時間/u, 30]],
};

/**
 * Numbers that start a compound or an adjective of duration or count: "Fünfjahresvertrag", "pięcioletni
 * kontrakt", "пятилетний контракт", "pětiletý", "quinquennale" are a five-year contract. The stems by
 * value, then what may follow them.
 */
const COMPOUND_NUMBERS: Readonly<Record<string, { stems: Readonly<Record<number, string>>; rest: string }>> =
  {
    de: {
      stems: {
        2: 'zwei',
        3: 'drei',
        4: 'vier',
        5: 'fünf',
        6: 'sechs',
        7: 'sieben',
        8: 'acht',
        9: 'neun',
        10: 'zehn',
        12: 'zwölf',
      },
      rest: 'jahr|jähr|monat|wöch|woch|tag|täg|stund|stünd|minüt|fach|mal|stellig|teilig|köpfig|sitz|spur|zimmer|räum|stöck|gang|gäng',
    },
    pl: {
      stems: {
        2: 'dw[uó]',
        3: 'trzy',
        4: 'cztero',
        5: 'pięcio',
        6: 'sześcio',
        7: 'siedmio',
        8: 'ośmio',
        9: 'dziewięcio',
        10: 'dziesięcio',
      },
      rest: 'let|dniow|godzin|miesięczn|tygodniow|krotn|osobow|pokojow|piętrow',
    },
    cs: {
      stems: {
        2: 'dvou',
        3: 'tří',
        4: 'čtyř',
        5: 'pěti',
        6: 'šesti',
        7: 'sedmi',
        8: 'osmi',
        9: 'devíti',
        10: 'deseti',
      },
      rest: 'let|denn|hodinov|měsíčn|týdenn|násob|člen|pokoj|patr',
    },
    ru: {
      stems: {
        2: 'двух',
        3: 'тр[её]х',
        4: 'четыр[её]х',
        5: 'пяти',
        6: 'шести',
        7: 'семи',
        8: 'восьми',
        9: 'девяти',
        10: 'десяти',
      },
      rest: 'летн|дневн|часов|месячн|недельн|кратн|этажн|местн|комнатн|минутн',
    },
    uk: {
      stems: {
        2: 'дво',
        3: 'три',
        4: 'чотири',
        5: "п['’]яти",
        6: 'шести',
        7: 'семи',
        8: 'восьми',
        9: "дев['’]яти",
        10: 'десяти',
      },
      rest: 'річн|денн|годинн|місячн|тижнев|кратн|поверхов',
    },
    it: {
      stems: { 2: 'bi', 3: 'tri', 4: 'quadri', 5: 'quinqu', 10: 'dec' },
      rest: 'ennal|enni',
    },
  };
const compoundPatterns = new Map<string, RegExp | null>();

function mentionsCompoundNumber(text: string, lang: string, value: number): boolean {
  const key = `${lang}:${value}`;
  let pattern = compoundPatterns.get(key);
  if (pattern === undefined) {
    const compound = COMPOUND_NUMBERS[lang];
    const stem = compound?.stems[value];
    pattern = compound && stem ? new RegExp(`(?<![\\p{L}])${stem}(?:${compound.rest})`, 'iu') : null;
    compoundPatterns.set(key, pattern);
  }
  return pattern?.test(text) ?? false;
}

/**
 * Whether `text` says the number `value` in words: spelt out (up to a hundred, and the compounds, parts
 * of an hour and fractions of a point above), or in Chinese numerals.
 */
export function mentionsNumberWord(text: string, lang: string, value: number): boolean {
  if (PHRASE_NUMBERS[lang]?.some(([pattern, fraction]) => fraction === value && pattern.test(text)))
    return true;
  if (mentionsCompoundNumber(text, lang, value)) return true;
  if (PARTS_OF_AN_HOUR[lang]?.some(([pattern, minutes]) => minutes === value && pattern.test(text)))
    return true;
  if (lang === 'zh' || lang === 'ja')
    return (
      (CJK_NUMERALS[value]?.some((numeral) => text.includes(numeral)) ?? false) ||
      cjkNumeralValues(text, lang).includes(value)
    );
  return numberWordPattern(lang, value)?.test(text.toLowerCase()) ?? false;
}
