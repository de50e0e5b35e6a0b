import { allMatches } from '../util/regexp';

/**
 * A time on the 12-hour clock with its half of the day said: "7 p.m.", "7:30 am", tokenised "7 : 30 pm";
 * 午後7時 and 午前7時 (Japanese), 下午7点 and 上午7点 (Chinese), 오후 7시 and 오전 7시 (Korean).
 */
export interface HalfDayTime {
  start: number;
  end: number;
  /** The hour as written (1–12). */
  hour: number;
  /** The minutes when written ("30" of "7:30 pm"), else null. */
  minutes: string | null;
  half: 'am' | 'pm';
  text: string;
}

const HOUR = '(1[0-2]|0?[1-9])';
const LATIN_TIME = new RegExp(
  `(?<![\\d:.,]|[\\d:,]\\s)${HOUR}(?:\\s?[:.]\\s?([0-5]\\d))?\\s?(?:(p\\.\\s?m\\.?|pm|PM|P\\.M\\.)|(a\\.\\s?m\\.?|am|AM|A\\.M\\.))(?![\\p{L}])`,
  'gu',
);
/** The word for the half of the day before the hour, as Japanese, Chinese and Korean write it. */
const EAST_ASIAN_TIME =
  /(?:(午後|下午|晚上|傍晚|오후)|(午前|上午|早上|凌晨|오전))\s?(1[0-2]|0?[1-9])\s?(?:時|时|点|點|시)(?:\s?([0-5]\d)\s?(?:分|분))?/gu;

export function halfDayTimes(text: string): HalfDayTime[] {
  const times: HalfDayTime[] = allMatches(LATIN_TIME, text).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hour: Number(match[1]),
    minutes: match[2] ?? null,
    half: match[3] ? 'pm' : 'am',
    text: match[0],
  }));
  if (/[午下晚傍上早凌오]/u.test(text))
    for (const match of allMatches(EAST_ASIAN_TIME, text))
      times.push({
        start: match.index,
        end: match.index + match[0].length,
        hour: Number(match[3]),
        minutes: match[4] ?? null,
        half: match[1] ? 'pm' : 'am',
        text: match[0],
      });
  return times;
}

/** The hour on the 24-hour clock (7 p.m. is 19, 12 a.m. is 0, 12 p.m. is noon). */
export function twentyFourHour(time: HalfDayTime): number {
  if (time.half === 'am') return time.hour === 12 ? 0 : time.hour;
  return time.hour === 12 ? 12 : time.hour + 12;
}

/**
 * What tells the hour is in the afternoon or evening in languages whose news writes the 24-hour clock:
 * "19 Uhr" needs no word, "7 Uhr abends" has one. Languages not listed here (English, Japanese, Chinese,
 * Korean, Arabic, Hindi…) write the 12-hour clock themselves, and "7" may be 7 p.m. there.
 */
const LATER_IN_THE_DAY: Readonly<Record<string, RegExp>> = {
  de: /abends|Abend|nachmittags|Nachmittag|nachts|Nacht/u,
  fr: /soir|après-midi|apr[eè]s midi|nuit/iu,
  it: /sera|pomeriggio|notte/iu,
  es: /tarde|noche|p\.\s?m\./iu,
  ca: /tarda|vespre|nit|p\.\s?m\./iu,
  pt: /tarde|noite|p\.\s?m\./iu,
  nl: /avond|middag|nacht/iu,
  pl: /wiecz|po południu|popołudni|w nocy/iu,
  cs: /večer|odpoledn|v noci/iu,
  sk: /večer|popoludní|v noci/iu,
  ru: /вечер|дня|ночи/iu,
  uk: /вечор|ввечері|дня|ночі/iu,
  bg: /вечер|следобед|през нощта/iu,
  sv: /kväll|eftermiddag|natt/iu,
  da: /aften|eftermiddag|nat/iu,
  no: /kveld|ettermiddag|natt/iu,
  nb: /kveld|ettermiddag|natt/iu,
  fi: /illalla|iltapäivällä|illan|yöllä/iu,
  et: /õhtul|pärastlõunal|öösel/iu,
  lv: /vakarā|pēcpusdienā|naktī/iu,
  lt: /vakare|po pietų|naktį/iu,
  hu: /este|délután|éjjel|éjszaka/iu,
  ro: /seara|seară|după-amiaz|noaptea/iu,
  hr: /navečer|uvečer|večer|poslijepodne|popodne|noću/iu,
  sr: /navečer|uveče|veče|poslepodne|popodne|noću/iu,
  bs: /navečer|uvečer|večer|poslijepodne|popodne|noću/iu,
  sl: /zvečer|večer|popoldne|ponoči/iu,
  el: /μ\.\s?μ\.|απόγευμα|βράδυ/iu,
  tr: /akşam|öğleden sonra|gece/iu,
};

/** Whether news in the language writes the 24-hour clock, so that "7 Uhr" is seven in the morning. */
export function writesTwentyFourHourClock(lang: string): boolean {
  return lang in LATER_IN_THE_DAY;
}

/** The same words, at a word's start only: Danish "nat" (night) is no part of "national". */
const LATER_AT_WORD_START: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(LATER_IN_THE_DAY).map(([lang, words]) => [
    lang,
    new RegExp(`(?<![\\p{L}])(?:${words.source})`, words.flags),
  ]),
);

/** Whether the text says the hour is in the afternoon, evening or night. */
export function saysLaterInTheDay(text: string, lang: string): boolean {
  return LATER_AT_WORD_START.get(lang)?.test(text) ?? false;
}

/** An hour with its minutes, as a translation may write it: "19", "19:30", "19.30", "19h30", "19 : 30". */
export interface WrittenHour {
  start: number;
  end: number;
  hour: number;
  minutes: string | null;
}

const WRITTEN_HOUR = /(?<![\d,.:])(\d{1,2})(?:\s?[:.hH]\s?([0-5]\d))?(?!\d|[.,:]\d)/gu;

export function writtenHours(text: string): WrittenHour[] {
  return allMatches(WRITTEN_HOUR, text).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hour: Number(match[1]),
    minutes: match[2] ?? null,
  }));
}
