/** Latvian case endings a foreign name takes ("Baidens", "Makronu", "Merkelei", "Džonsonam"). */
const LATVIAN_ENDING = /(?:am|ai|as|os|us|is|es|ām|u|s|š|a|e|i)$/u;

/**
 * Latvian writes foreign names as they sound ("Džo Baidens" for Joe Biden, "Boriss Džonsons"): the
 * folded word with "dž" as "j", "ai" as the "i" English spells the sound with, and the case ending
 * off, so that it meets the name's own spelling ("baidens" → "biden", "dzonsonu" → "jonson").
 */
function latvianRespelling(folded: string): string {
  const stem = folded.replace(/^dz(?=[aeiou])/u, 'j').replace(/ai/gu, 'i');
  const bare = stem.replace(LATVIAN_ENDING, '');
  return bare.length >= 3 ? bare : stem;
}

const RESPELLINGS: Readonly<Record<string, (folded: string) => string>> = { lv: latvianRespelling };

/** How a language writes foreign names by their sound, undone as far as it can be (null: it keeps their spelling). */
export function respellingFor(lang: string): ((folded: string) => string) | null {
  return RESPELLINGS[lang] ?? null;
}
