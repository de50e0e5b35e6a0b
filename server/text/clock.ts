import { allMatches } from '../util/regexp';

/** A time on the 12-hour clock after noon: "7 p.m.", "7:30 pm", "11 PM", tokenised "7 : 30 pm". */
export interface AfternoonTime {
  start: number;
  end: number;
  /** The hour as written (1–11). */
  hour: number;
  /** The minutes when written ("30" of "7:30 pm"), else null. */
  minutes: string | null;
  text: string;
}

const AFTERNOON_TIME =
  /(?<![\d:.,]\s?)(1[01]|0?[1-9])(?:\s?[:.]\s?([0-5]\d))?\s?(?:p\.\s?m\.?|pm|PM|P\.M\.)(?![\p{L}])/gu;

/** Hours before noon are the same on both clocks; 12 p.m. is noon on both. */
export function afternoonTimes(text: string): AfternoonTime[] {
  return allMatches(AFTERNOON_TIME, text).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hour: Number(match[1]),
    minutes: match[2] ?? null,
    text: match[0],
  }));
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

/** Whether the text says the hour is in the afternoon, evening or night. */
export function saysLaterInTheDay(text: string, lang: string): boolean {
  const words = LATER_IN_THE_DAY[lang];
  if (!words) return false;
  let pattern = wordStarts.get(lang);
  if (!pattern) {
    // At a word's start: Danish "nat" (night) is no part of "national".
    pattern = new RegExp(`(?<![\\p{L}])(?:${words.source})`, words.flags);
    wordStarts.set(lang, pattern);
  }
  return pattern.test(text);
}

const wordStarts = new Map<string, RegExp>();

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
