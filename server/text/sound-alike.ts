import { createRequire } from 'node:module';
import { distance as editDistance } from 'fastest-levenshtein';
import { memoize } from './memo';
import { fold } from './normalize';
import { scriptsOf } from './scripts';
import { hasCyrillic, transliterate } from './transliterate';

/**
 * Whether a Latin-script name sounds like a word written in another script: "Tesla" and テスラ, 特斯拉
 * or 테슬라, "Macron" and Макрон, "Washington" and ワシントン or Вашингтон. Both are brought to Latin
 * letters (Hepburn for katakana, pinyin for Chinese, the news agencies' transliteration for Cyrillic,
 * any-ascii's tables for the rest) and then to a string of consonant classes, because vowels, doubled
 * letters and voicing are what borrowing changes most: Japanese adds vowels after every consonant
 * ("Tesla" → "tesura") and drops an English r after a vowel ("Weber" → "wēbā"), Russian writes h as г
 * or х ("Hubert" → "Khubert"), English j as дж.
 */

/** Classes a key needs before it says anything: one consonant ("Abe", "Harry" → R) matches anything. */
const MIN_SOUND_KEY = 2;

/**
 * How a language writes a foreign name: in Latin letters, or by its sounds in its own script
 * (katakana, Chinese characters, Cyrillic, Hangul, Greek, Arabic, Hebrew, Devanagari, Thai…); null
 * for a language whose script is not known.
 */
export function nameWriting(lang: string): 'latin' | 'sounds' | null {
  const scripts = scriptsOf(lang);
  if (!scripts) return null;
  return scripts.size === 1 && scripts.has('Latn') ? 'latin' : 'sounds';
}

/**
 * Whether the language writes borrowed words in a script kept for them, apart from its own words:
 * Japanese katakana ("page" ページ, "comment" コメント). Korean writes them in hangul like every word,
 * Chinese by meaning or in the same characters as its own words.
 */
export function writesLoanwordsApart(lang: string): boolean {
  return lang === 'ja';
}

/** Consonants that sound alike, in one class each; h, w, y and the vowels count as no consonant. */
const CLASS_OF: Readonly<Record<string, string>> = {
  k: 'K',
  g: 'K',
  q: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  ç: 'S', // ch, tch, sh, zh, written as one letter before classing
  t: 'T',
  d: 'T',
  n: 'N',
  m: 'N',
  p: 'P',
  b: 'P',
  f: 'P',
  v: 'P',
  r: 'R',
  l: 'R',
};

/** The consonant classes of lower-case Latin letters, a class repeated only once ("tt", "td" → T). */
function classes(latin: string): string {
  let key = '';
  for (const letter of latin) {
    const kind = CLASS_OF[letter];
    if (kind !== undefined && !key.endsWith(kind)) key += kind;
  }
  return key;
}

/** Letters written two ways that sound one way in every language concerned. */
function commonSpelling(latin: string): string {
  return (
    latin
      .replace(/tch|sch|sh|zh/g, 'ç')
      .replace(/ph/g, 'f')
      .replace(/ck/g, 'k')
      // "Edgewood" エッジウッド, "Cambridge" 剑桥: an English dg before e, i or y is a j (not "Edgar").
      .replace(/dg(?=[eiy])/g, 'j')
      .replace(/x/g, 'ks')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/kh/g, 'k')
      // z is ts in German and ц in Russian, and Japanese writes both as ツ: "Scholz" ショルツ, Шольц.
      .replace(/t+s|t?z/g, 's')
  );
}

const letters = (text: string): string => fold(text).replace(/[^a-zç]/g, '');

/**
 * English letters written and not said: at the start of a word ("Knotts", "Wright", "Psaki"), the e of
 * a final -tes ("Yates" 耶茨, "Gates" 盖茨), and the z of a Slavic cz ("Czech", चेक).
 */
const unsaid = (latin: string): string =>
  latin
    .replace(/^(?:k(?=n)|g(?=n)|w(?=r)|p(?=s))/, '')
    .replace(/tes$/, 'ts')
    // "Czerny", "Czech": a Slavic cz said as ch, and "Czech" as "chek".
    .replace(/^cz/, 'ç')
    .replace(/^çech/, 'çek');

/**
 * A South Slavic name as other scripts say it, besides as written: "Dj" is one sound, j, that Japanese
 * writes as ジ and Chinese as 德约 (d-y), and a final -vić is "-vich" (ジョコビッチ, 德约科维奇 for
 * "Djokovic").
 */
function slavicReadings(written: string): string[] {
  const readings = written.startsWith('dj')
    ? [written, `j${written.slice(2)}`, `d${written.slice(2)}`]
    : [written];
  return written.endsWith('vic') ? [...readings, ...readings.map((r) => `${r.slice(0, -1)}ç`)] : readings;
}

/**
 * The keys a name may sound as. English spelling is ambiguous where the other scripts are not: "th"
 * is t or s ("Thomas" トーマス, "Smith" スミス), "ch" is ch or k ("Charles", "Michael"), a g before e
 * or i is g or j ("Angela" as アンゲラ or アンジェラ).
 */
function computeNameSoundKeys(name: string): string[] {
  const written = unsaid(letters(name));
  const spoken = slavicReadings(written).flatMap(pronunciations);
  // A name that some reading leaves with one consonant ("Weber" as ウェーバー) cannot be told.
  if (spoken.some((key) => key.length < MIN_SOUND_KEY)) return [];
  const keys = new Set(spoken);
  // The other readings only add what they can tell: "Sitush" read "sichush" is all hissing sounds.
  for (const reading of slavicReadings(written).flatMap(otherReadings))
    for (const key of pronunciations(reading)) if (key.length >= MIN_SOUND_KEY) keys.add(key);
  // The other language names the people or the place and adds its own word for "people", "language"
  // or "-ic" ("Parthians" パルシア人, "Islamic" イスラム), or "-ism" ("Darwinism" ダーウィン主義): the
  // stem is what to look for too.
  const stem = written.replace(/(?:ians?|ans?|ites?|ic|ish|isms?|ists?|e?s)$/, '');
  if (stem.length >= 3 && stem !== written) pronunciations(stem).forEach((key) => keys.add(key));
  // A stop at the end of a name may go unsaid in the other language ("Elizabeth" 伊丽莎白, "Hollywood" 好莱坞).
  for (const key of [...keys]) if (/[TKP]$/.test(key)) keys.add(key.slice(0, -1));
  return [...keys].filter((key) => key.length >= MIN_SOUND_KEY);
}

const memoizedNameSoundKeys = memoize(computeNameSoundKeys);

/** The keys a name may sound as (computeNameSoundKeys), memoised: a document names the same people again and again. */
export function nameSoundKeys(name: string): readonly string[] {
  return memoizedNameSoundKeys(name, '');
}

/**
 * Spellings that other languages read another way, each tried both ways where the name has it:
 * Japanese says a tu as "chu" ("Atatürk" アタチュルク, "Coverture" カバーチャー); Slavic and German names
 * say a j between vowels as y ("Sarajevo" サラエヴォ, Сараево); English writes a ds that Japanese says as
 * a z ("Woods" ウッズ, "Madsy" マッシー) where Russian keeps the d ("Вудс"); a g before y is a j
 * ("Egypt" エジプト, "gym").
 */
const OTHER_READINGS: readonly (readonly [RegExp, string])[] = [
  [/t(?=u)/g, 'ç'],
  [/(?<=[aeiou])j(?=[aeiou])/g, 'y'],
  [/ds/g, 's'],
  [/g(?=y)/g, 'j'],
];

/** The name as each applicable other reading has it, alone and together; not as written. */
function otherReadings(written: string): string[] {
  let spellings = [written];
  for (const [pattern, reading] of OTHER_READINGS) {
    pattern.lastIndex = 0;
    if (pattern.test(written)) spellings = spellings.flatMap((s) => [s, s.replace(pattern, reading)]);
  }
  return spellings.slice(1);
}

/** The keys of the ways an English spelling may be said. */
function pronunciations(written: string): string[] {
  const keys = new Set<string>();
  for (const th of ['t', 's'])
    for (const ch of ['ç', 'k'])
      for (const g of ['g', 'j']) {
        const spelt = commonSpelling(
          written
            .replace(/tch/g, 'ç')
            .replace(/th/g, th)
            .replace(/ch/g, ch)
            .replace(/g(?=[ei])/g, g),
        ).replace(/c/g, 'k');
        keys.add(classes(spelt));
        // Russian, Arabic and the Indic scripts often write an English w as v ("Mahaweli" මහවැලි,
        // "Washington" Вашингтон).
        if (spelt.includes('w')) keys.add(classes(spelt.replace(/w/g, 'v')));
        // Chinese leaves the k of a kt unsaid: "Victoria" 维多利亚.
        if (spelt.includes('kt')) keys.add(classes(spelt.replace(/kt/g, 't')));
        // French and Italian gn is said ny: "Montaigne" モンテーニュ, "Bologna" 博洛尼亚.
        if (spelt.includes('gn')) keys.add(classes(spelt.replace(/gn/g, 'n')));
        // Japanese leaves an r after a vowel unsaid ("Warner" ワーナー, "Richard" リチャード, "Carr" カー,
        // "Moore" ムーア), and a g between n and a consonant ("Washington" ワシントン).
        keys.add(
          classes(spelt.replace(/(?<=[aeiou])r+(?=[^aeiou]|e?$)/g, '').replace(/(?<=n)g(?=[^aeiou])/g, '')),
        );
      }
  // Chinese writes a kh at the start as h: "Khazars" 哈扎尔, "Khrushchev" 赫鲁晓夫.
  if (written.startsWith('kh')) keys.add(classes(commonSpelling(written.slice(1)).replace(/c/g, 'k')));
  return [...keys];
}

/** The key of a word already written in Latin letters by transliteration (no English ambiguity left). */
function wordSoundKey(latin: string): string {
  return classes(commonSpelling(letters(latin)).replace(/ch/g, 'ç').replace(/c/g, 'k'));
}

const KATAKANA_RUN = /[\p{sc=Katakana}\u30fc]+/gu;
const CYRILLIC_WORD = /\p{sc=Cyrillic}+/gu;
/**
 * Letters any-ascii reads by their usual value where a foreign name means another: Greek writes b, d
 * and g as μπ, ντ and γκ ("Μπάιντεν", Biden); Hebrew writes a vowel with a single ו and a v or w
 * with a double one ("שולץ" Scholz, "וושינגטון" Washington); Persian, Urdu and Pashto write a v with و where
 * it starts a word or stands between two alifs ("وین" Vienna, "ولتاوا" Vltava), which Arabic reads
 * as a w, no consonant to the keys (the English w is also tried as a v); Tamil writes an f as ஃப.
 */
function foreignNameLetters(word: string, lang: string): string {
  const spelt = word
    .replace(/μπ/giu, 'b')
    .replace(/ντ/giu, 'd')
    .replace(/γκ|γγ/giu, 'g')
    .replace(/τζ/giu, 'j')
    .replace(/וו/gu, 'v')
    .replace(/ו/gu, 'u')
    // Tamil writes f as ஃப (the aytham before pa): "யோசெஃப்", Josef.
    .replace(/ஃப/gu, 'f')
    // Thai and Lao write v with the letter any-ascii reads as w: "สุริยวรมัน", Suryavarman.
    .replace(/[วວ]/gu, 'v');
  // Not in Arabic, which writes "and" onto the next word: "وروما" is "and Rome", not "vroma".
  // Nor "او" (and, he): a waw after alef inside a word is a v ("سوریاورمن", Suryavarman; "لاوروف").
  return V_AS_WAW.has(lang) ? spelt.replace(/^و|(?<=ا)و(?!$)/gu, 'v') : spelt;
}

/** Languages that write a v with the letter waw (و). */
const V_AS_WAW = new Set(['fa', 'ur', 'ps']);

/** Words in the other scripts that write names by sound, read through any-ascii's tables. */
const OTHER_SCRIPT_WORD =
  /[\p{sc=Hangul}\p{sc=Greek}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Gujarati}\p{sc=Gurmukhi}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Georgian}\p{sc=Armenian}\p{sc=Ethiopic}\p{M}]+/gu;

/**
 * Characters Chinese writes foreign names with (the Xinhua transliteration tables' common ones,
 * simplified and traditional): "Tesla" 特斯拉, "Biden" 拜登, "Washington" 华盛顿, "Burlington" 伯灵顿,
 * "Lewis" 刘易斯, "Pressburg" 普雷斯堡, "Volga" 伏尔加, "Kansas" 堪萨斯, "Alexis" 亚历克斯. Runs of
 * them are where a name can be; ordinary words mostly break a run (的, 是, 在, 了 are not among them).
 */
const NAME_CHARACTERS = new Set(
  '堪历堡伏灵易阿埃艾爱安昂奥澳巴拜班邦鲍保贝本比彼毕宾波伯博布查柴楚茨达戴丹道德登邓迪蒂丁东杜敦顿多厄恩尔法凡范方菲费芬丰冯佛弗夫福富盖甘冈高戈格根贡古瓜圭哈海汉翰豪赫黑亨洪侯胡华怀霍基吉加贾杰捷金津京卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾里理利丽莉莲廉列林琳刘隆娄卢鲁路伦罗洛吕马玛迈麦曼芒毛梅门蒙孟米密敏明摩莫默姆穆纳娜拿乃奈南瑙内尼妮宁纽努诺欧帕潘庞培佩彭蓬皮平珀蒲普齐奇琪契恰乔钦琴丘屈让热茹瑞若萨塞赛桑瑟森沙莎山尚绍舍申盛圣施什史士舒斯思丝松宋苏索塔泰坦跋摩汤唐陶特提汀廷通图托瓦娃万旺威韦维魏温文翁沃乌伍武西希锡席夏肖谢辛欣休修逊雅亚娅扬杨耶叶伊依因英尤于约泽扎詹兹治朱卓佐策蔡曹采琼白迦朔龙连坞色当滕切钱撒门飞浦子措哥惠留柳缪许祖嘉喀' +
    '歷靈爾蘭羅華頓倫諾維亞達邁麥馬瑪納寧喬愛賓鮑貝畢東費豐馮岡貢漢懷賈傑凱萊賴勞裡麗蓮劉盧魯夢門彌內紐歐龐齊欽薩賽紹聖蘇湯圖萬韋溫烏錫蕭謝揚楊葉於約澤紮茲瓊絲婭遜龍連塢門飛',
);

const require = createRequire(import.meta.url);

/**
 * The romanisers, each loaded when a text first needs it: most runs check Latin-script pairs only, and
 * loading all three took ~50 ms of every CLI run (pinyin-pro's dictionary above all).
 */
let anyAsciiModule: { default: (text: string) => string } | null = null;
let hepburnModule: typeof import('hepburn') | null = null;
let pinyinModule: typeof import('pinyin-pro') | null = null;

const anyAscii = (text: string): string => (anyAsciiModule ??= require('any-ascii')).default(text);
const fromKana = (kana: string): string => (hepburnModule ??= require('hepburn')).fromKana(kana);
const pinyinSyllables = (characters: string): string[] =>
  (pinyinModule ??= require('pinyin-pro')).pinyin(characters, { toneType: 'none', type: 'array' });

/**
 * The keys of a run of name characters, from its pinyin in the letters the classes read: zh, ch, sh,
 * x, z and c are hissing sounds, -ng is n, and w is how Chinese writes a v ("Gavin" 盖文, "Vivendi"
 * 维旺迪). j and q are read both as hissing sounds ("Jones" 琼斯) and as g or k, since Chinese writes a
 * g or k before a vowel with 加, 吉, 基 (jia, ji) and 奇 (qi): "Garcia" 加西亚, "Kidd" 基德.
 */
function pinyinKeys(characters: string): string[] {
  const readings = [...characters];
  const letters = pinyinSyllables(characters)
    .map((syllable, k) => (NAME_READINGS[readings[k] ?? ''] ?? syllable).replace(/ng$/, 'n'))
    .join('')
    .replace(/w/g, 'v')
    .replace(/[zcs]h|[xc]/g, 's');
  const hissing = classes(letters.replace(/[jq]/g, 's'));
  const velar = classes(letters.replace(/[jq]/g, 'k'));
  return velar === hissing ? [hissing] : [hissing, velar];
}

/**
 * How characters with several readings read in a transliterated name, where pinyin-pro's everyday
 * reading is another: 什 is shi in 尼什 (Nish-), not the shen of 什么.
 */
const NAME_READINGS: Readonly<Record<string, string>> = { 什: 'shi', 伽: 'ga', 茜: 'xi' };

/** Runs of two or more name characters in a Chinese text. */
function nameCharacterRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const character of text + ' ') {
    if (NAME_CHARACTERS.has(character)) run += character;
    else {
      if (run.length >= 2) runs.push(run);
      run = '';
    }
  }
  return runs;
}

/**
 * The sound keys of the places in a text where a transliterated name can be: katakana runs (Japanese),
 * Cyrillic words, runs of name characters (Chinese only: Japanese writes foreign names in katakana, and
 * its kanji read otherwise) and the words of the other scripts any-ascii reads.
 */
function computeScriptSoundKeys(text: string, lang: string): string[] {
  const keys: string[] = [];
  // Tokenised MT output spaces a word out ("ジャックアッ ス"): a run goes on across a space.
  const compact = text.replace(/(?<=[\p{sc=Katakana}\u30fc])\s+(?=[\p{sc=Katakana}\u30fc])/gu, '');
  for (const run of compact.match(KATAKANA_RUN) ?? []) keys.push(wordSoundKey(fromKana(run)));
  if (hasCyrillic(text))
    for (const word of text.match(CYRILLIC_WORD) ?? []) keys.push(wordSoundKey(transliterate(word)));
  if (lang === 'zh')
    for (const run of nameCharacterRuns(text.replace(/\s+/gu, ''))) keys.push(...pinyinKeys(run));
  for (const word of text.match(OTHER_SCRIPT_WORD) ?? [])
    keys.push(wordSoundKey(anyAscii(foreignNameLetters(word, lang))));
  return keys.filter((key) => key !== '');
}

const memoizedScriptSoundKeys = memoize(computeScriptSoundKeys);

/**
 * The sound keys of a text's katakana, name characters and other scripts (computeScriptSoundKeys),
 * memoised: the aligner asks for a sentence's names and its loanwords, and the name checks ask again.
 */
export function scriptSoundKeys(text: string, lang: string): readonly string[] {
  return memoizedScriptSoundKeys(text, lang);
}

/** Sounds a name may change or lose on its way into the other script: none for short keys. */
const tolerance = (key: string): number => (key.length >= 7 ? 2 : key.length >= 4 ? 1 : 0);

/** A key of this many sounds or fewer matches by chance inside many a longer word. */
const SHORT_KEY = 2;
/** What may follow a name of two sounds in a word: one sound, or an adjective's -sk-/-ik- ending. */
const NAME_WORD_ENDING = /^(?:.|(?:SK|KS).?)?$/u;

/**
 * Whether the name may stand among the words: some stretch of a word's key matches one of the name's
 * keys but for a sound or two ("Jones" Джонс), also inside a word that runs two names together
 * ("ウェスリーバーツ", Wesley Bartz). Null when the name has no keys: too few consonants to tell by ("Joe").
 * With `wordByWord` (each key is one word of a text that spaces its words), a name of two sounds must
 * be most of a word — one sound more at either end, for an ending or a prefix ("Олафом", Arabic
 * "بغزة"), or an adjective's ending ("иранская", "ιρανικός") — since two sounds turn up inside many
 * words: "Emmanuel" (m-n, l) in "Меркель".
 */
export function soundsLike(
  nameKeys: readonly string[],
  wordKeys: readonly string[],
  wordByWord = false,
): boolean | null {
  if (nameKeys.length === 0) return null;
  return nameKeys.some((nameKey) => {
    const allowed = tolerance(nameKey);
    // The first sound of a name is the one most often changed: "Johnson" 约翰逊, "Hubert" Хуберт.
    const withoutFirst = nameKey.length >= 4 ? nameKey.slice(1) : null;
    const mostOfWord = wordByWord && nameKey.length <= SHORT_KEY;
    return wordKeys.some((wordKey) => {
      if (withoutFirst !== null && wordKey.includes(withoutFirst)) return true;
      // Stretches shorter than the name only for long names: "Macron" must not be found in "Angela".
      const shortest = nameKey.length >= 5 ? nameKey.length - allowed : nameKey.length;
      for (let length = shortest; length <= nameKey.length + allowed; length++)
        for (let start = 0; start + length <= wordKey.length; start++) {
          if (mostOfWord && (start > 1 || !NAME_WORD_ENDING.test(wordKey.slice(start + length)))) continue;
          if (editDistance(nameKey, wordKey.slice(start, start + length)) <= allowed) return true;
        }
      return false;
    });
  });
}

/** A Chinese character (kanji, hanzi). */
export const HAN = /\p{sc=Han}/u;

/**
 * Chinese, Japanese and Korean names in Latin letters ("Xi Jinping", "Kishida", "Kim"), which a Chinese
 * or Japanese text writes in characters that no sound key reads: the name is syllables of pinyin, or of
 * Hepburn romanisation, or of Korean romanisation, all of one system.
 */
const ROMANISATIONS = [
  /^(?:er|(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|uo|ui|un|a|e|i|o|u))+$/,
  /^(?:(?:ky|gy|sh|ch|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmrywj])?(?:[aiueo]|ō|ū)|n)+$/,
  /^(?:(?:kk|tt|pp|ss|jj|ch|[gndrmbsjktph])?(?:ae|yae|eo|yeo|ye|wa|wae|oe|yo|wo|we|wi|yu|eu|ui|ya|oo|ee|a|e|i|o|u)(?:ng|[kntlmp])?)+$/,
];

export function mayBeWrittenInKanji(name: string, target: string): boolean {
  const lower = name.toLowerCase();
  return HAN.test(target) && ROMANISATIONS.some((syllables) => syllables.test(lower));
}
