import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fold, isAllCaps, words } from './normalize';

const organisationsSchema = z.object({ organisations: z.array(z.array(z.string()).min(2)) });
let lines: string[][] | null = null;

/** The lines of organisations.json: one organisation each, in every rendering ("UN", "ONZ", "ООН", …). */
export function organisations(): string[][] {
  lines ??= organisationsSchema.parse(
    JSON.parse(readFileSync(new URL('./organisations.json', import.meta.url), 'utf8')),
  ).organisations;
  return lines;
}

let byAcronym: Map<string, number> | null = null;

/** The line of a folded acronym ("onz" → the United Nations' line), if it is a known one. */
export function organisationOf(foldedAcronym: string): number | undefined {
  if (!byAcronym) {
    byAcronym = new Map();
    organisations().forEach((renderings, line) => {
      for (const rendering of renderings) {
        if (!/\s/.test(rendering) && isAllCaps(rendering)) byAcronym?.set(fold(rendering), line);
      }
    });
  }
  return byAcronym.get(foldedAcronym);
}

/**
 * The words that say a rendering is there: a one-word rendering whole ("ONZ", "Strg"), or the longer
 * words of a name spelt out ("Nations", "Narodów" — not "de" or "of", which every text has).
 */
export function telltaleWords(rendering: string): string[] {
  const parts = words(rendering).map((w) => w.text);
  return parts.length === 1 ? parts : parts.filter((word) => word.length >= 4 || isAllCaps(word));
}
