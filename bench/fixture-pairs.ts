/**
 * The hand-written pairs of fixtures/pairs: careful translations in language pairs and domains the
 * development data does not have, and MT errors planted in the domains. What a reviewer would notice:
 * flags raised on clean text, and planted errors reported by the check that names them.
 */
import { readdirSync } from 'node:fs';
import { analyzePairs } from '../server/analysis/analyze';
import { languagesFromFileName } from '../server/cli/labeled';
import { readPairsFile } from '../server/ingest/index';

const DIR = 'fixtures/pairs/';

export interface CleanSetScore {
  set: string;
  pairs: string[];
  units: number;
  flags: number;
  flaggedUnits: number;
}

/** Every clean file of a fixtures/pairs folder ("ru-en.tsv" gives the languages). */
export async function scoreCleanSet(folder: string): Promise<CleanSetScore> {
  const score: CleanSetScore = { set: folder, pairs: [], units: 0, flags: 0, flaggedUnits: 0 };
  for (const file of readdirSync(`${DIR}${folder}`).sort()) {
    const languages = languagesFromFileName(file);
    const result = await analyzePairs(readPairsFile(`${DIR}${folder}/${file}`).pairs, languages);
    score.pairs.push(`${languages.sourceLang ?? '?'}-${languages.targetLang ?? '?'}`);
    score.units += result.units.length;
    score.flags += result.units.reduce((sum, u) => sum + u.flags.length, 0);
    score.flaggedUnits += result.units.filter((u) => u.flagged).length;
  }
  return score;
}

export interface PlantedScore {
  planted: number;
  reported: number;
  flagged: number;
}

/** The planted errors: reported by the named check, and flagged; rows naming no check count as missed. */
/** The planted-error files of a folder (one per language pair), scored together. */
export async function scorePlantedFolder(folder: string): Promise<PlantedScore & { pairs: string[] }> {
  const total = { planted: 0, reported: 0, flagged: 0, pairs: [] as string[] };
  for (const file of readdirSync(`${DIR}${folder}`).sort()) {
    const score = await scorePlanted(`${folder}/${file}`);
    total.planted += score.planted;
    total.reported += score.reported;
    total.flagged += score.flagged;
    total.pairs.push(file.replace('.tsv', ''));
  }
  return total;
}

export async function scorePlanted(file: string): Promise<PlantedScore> {
  const { pairs, extra } = readPairsFile(`${DIR}${file}`);
  const result = await analyzePairs(pairs, languagesFromFileName(file));
  let planted = 0;
  let reported = 0;
  let flagged = 0;
  result.units.forEach((unit, k) => {
    const expected = extra[k]?.expect ?? '';
    // A row with neither a check to expect nor a note is a clean one kept beside the errors.
    if (expected === '' && (extra[k]?.note ?? '') === '') return;
    planted++;
    if (expected !== '' && unit.flags.some((f) => f.check === expected)) reported++;
    if (unit.flagged) flagged++;
  });
  return { planted, reported, flagged };
}
