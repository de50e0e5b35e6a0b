import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../../server/analysis/analyze';
import { languagesFromFileName } from '../../../server/cli/labeled';
import { readPairsFile } from '../../../server/ingest/index';

const FIXTURES = new URL('../../../fixtures/pairs/', import.meta.url);
const filesIn = (dir: string): string[] => readdirSync(new URL(`${dir}/`, FIXTURES)).sort();

/** The sets that have describe blocks of their own below, with assertions that fit only them. */
const OWN_TESTS = new Set(['language-pairs', 'news', 'domains', 'encyclopedia', 'informal']);

/**
 * The held-out domain folders the shared assertions below cover, clean or with planted errors: every
 * folder but those with tests of their own, so that a domain added to fixtures/pairs is tested as soon
 * as it is there.
 */
function heldOutFolders(kind: 'clean' | 'planted'): string[] {
  return filesIn('.').filter((folder) => {
    const planted = folder.endsWith('-mt-errors');
    return planted === (kind === 'planted') && !OWN_TESTS.has(folder.replace(/-mt-errors$/, ''));
  });
}

async function analyzeFile(dir: string, file: string) {
  const path = new URL(`${dir}/${file}`, FIXTURES).pathname;
  return analyzePairs(readPairsFile(path).pairs, languagesFromFileName(file));
}

const flagLines = (units: readonly { id: string; flags: readonly { check: string; message: string }[] }[]) =>
  units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check}: ${f.message}`));

/**
 * Careful translations between language pairs and scripts the development data does not have
 * (Nepali, Sinhala, Khmer and Pashto into English, English into Arabic, Hindi, Korean, Turkish and
 * Ukrainian): digits of other scripts, organisations' own acronyms, other scripts' full stops.
 */
describe('clean news sentences in other language pairs', () => {
  for (const file of filesIn('language-pairs')) {
    it(`raise no flag in ${file.replace('.tsv', '')}`, async () => {
      const result = await analyzeFile('language-pairs', file);
      expect(flagLines(result.units)).toEqual([]);
    });
  }
});

/**
 * Clean news sentences with what trips a naive checker: "3:30 p.m." written "15:30 Uhr", "24/7" written
 * in words, "1st" as "Erste", "not … until" as "erst", "unacceptable" as "nie do przyjęcia", "l'ONU"
 * for "UN", "Bretagne" for "Brittany".
 */
describe('clean news sentences with the traps of news translation', () => {
  for (const file of filesIn('news')) {
    it(`raise no flag in ${file.replace('.tsv', '')}`, async () => {
      const result = await analyzeFile('news', file);
      expect(flagLines(result.units)).toEqual([]);
    });
  }
});

/**
 * Known false alarms, kept in sight rather than out of the fixtures. (The English of a dense Chinese
 * statistics headline, "国家统计局周三公布…", was one until the length check asked for 2.8 spreads rather
 * than 2.5; "Shakhtar beat Dynamo 2-1 in Kyiv" until the risk lexicon asked for fifteen sentences
 * before a word counts.)
 */
const KNOWN_FALSE_ALARMS: Readonly<Record<string, readonly string[]>> = {
  // "Κάντε κλικ στην Αποθήκευση": a button's label, capitalised, which no dictionary tells from a name.
  'el-en.tsv': ['1'],
};

/**
 * Software strings, package leaflets, a shop, a recipe, a contract and subtitles; and into English from
 * French, Spanish, German, Chinese and Japanese: business news, sport, notices, a lease and "ne … que".
 */
describe('clean sentences from other domains', () => {
  for (const file of filesIn('domains')) {
    it(`flag no unit in ${file.replace('.tsv', '')} but the known false alarms`, async () => {
      const result = await analyzeFile('domains', file);
      expect(result.units.filter((u) => u.flagged).map((u) => u.id)).toEqual(KNOWN_FALSE_ALARMS[file] ?? []);
    });
  }
});

/**
 * Encyclopedic sentences (MLQE-PE's domain: Wikipedia) between English and eighteen languages, both
 * ways: a king's regnal number, centuries in words and Roman numerals, a date with the year first,
 * populations in lakh and 万, a region in one compound ("Südostasiens"), names spelt by sound.
 */
describe('clean encyclopedic sentences', () => {
  for (const file of filesIn('encyclopedia')) {
    it(`raise no flag at all in ${file.replace('.tsv', '')}`, async () => {
      const result = await analyzeFile('encyclopedia', file);
      expect(result.units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check}: ${f.message}`))).toEqual([]);
    });
  }
});

/**
 * A talk's transcript, a shop's pages and social posts (hashtags, mentions, emoji, a URL, "$50") in
 * six languages both ways. The risk lexicon, learned on the critical-error comments, flags one
 * sentence without any check's report in two of them: "spent", "life" and "honestly" went wrong there
 * often ("get a life").
 */
const LEXICON_ONLY: Readonly<Record<string, readonly string[]>> = {
  'en-de.tsv': ['1'],
  'en-zh.tsv': ['1'],
};

describe('clean informal text: talks, shops, social posts', () => {
  for (const file of filesIn('informal')) {
    it(`raises no check's flag in ${file.replace('.tsv', '')}, and flags no unit but the known ones`, async () => {
      const result = await analyzeFile('informal', file);
      expect(result.units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check}: ${f.message}`))).toEqual([]);
      expect(result.units.filter((u) => u.flagged).map((u) => u.id)).toEqual(LEXICON_ONLY[file] ?? []);
    });
  }
});

/**
 * A scientific abstract (a trial's enrolment and dates, a mean ± SD, a confidence interval and a
 * p-value, gene names, °C and rpm, "et al.", CO2, a dose in mg/kg) in six languages both ways. The
 * length check's minor notes on terse lines (the Chinese enrolment sentence, whose dates and numbers
 * take as many characters as in English; "Заезд с 15:00, выезд до 11:00."; "午後の降水確率は70%です。")
 * stay below the threshold alone.
 */
const KNOWN_FLAGGED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  // The length check: "地下鉄の駅から徒歩5分。" is terse beside "Die Wohnung liegt fünf Gehminuten von
  // der U-Bahn-Station entfernt." (the same class as "until further notice").
  cross: { 'de-ja.tsv': ['listings-3'] },
  // No check's flag: "scored", "threw" and "beat" went wrong often in the critical-error comments (the
  // risk lexicon), German capitalises its nouns and Russian and Chinese write names otherwise ("names
  // differ"): a match report's longest sentences, just over the threshold. (Until the lexicon asked for
  // fifteen sentences before a word counts, "pitch", "display", "refresh" and "rate" flagged these in
  // seven languages, and the tech and listings texts too; until months and weekdays stopped counting as
  // names, "on Saturday" → "в субботу" flagged the Russian match report's first sentence.)
  sports: { 'en-de.tsv': ['2', '3'], 'en-zh.tsv': ['2'] },
  // The length check: "Заезд с 15:00, выезд до 11:00." is terse beside "Check-in is from 3 p.m.;
  // check-out is until 11 a.m.", and a language pair without a model of its own is scored at the
  // pooled model's lower threshold (0.26).
  travel: { 'en-ru.tsv': ['6'] },
};

/**
 * A hotel's and a museum's practical information (opening days and hours in each language's style,
 * prices in euros, "every 15 minutes", "does not run", Wi-Fi and WLAN) in eight languages both ways.
 */
/** A weather forecast (°C, km/h, a chance of rain in %, cm of snow, a warning until 8 p.m.) in six languages both ways. */
/** A shop's product descriptions (sizes, model numbers, care labels, VAT, delivery) in six languages both ways. */
/** Earnings and markets news (billions in 亿 and 億, basis points, percentage points, cents) in six languages both ways. */
/**
 * A match report (scores as 3:1, 3対1 and 3比1, minutes as ordinals, "10秒72" and 10"72 for 10.72
 * seconds, "a quarter of an hour" as 15分, "ventunenne", Djokovic as ジョコビッチ and 德约科维奇) in eight
 * languages both ways.
 */
/**
 * A scene of a novel (dialogue in „…“, « … », —¿…?, — …, – … and 「…」, a clock striking eleven in
 * words and numerals, "somewhere" as 不知什么地方) in eight languages both ways.
 */
/**
 * A European regulation (Article 5(2) as "Artikel 5 Absatz 2", "art. 5 ust. 2" and "第5条第2項", "point
 * (a)" as "letra a)", EUR 20 000 000, "without delay", "shall not exceed", "la personne concernée",
 * "el presente Reglamento") in eight languages both ways.
 */
/**
 * The nineteenth session's texts between other languages than English (fr-de, ja-zh, pl-cs, zh-de…),
 * but for three pairings that still raise a flag: "nacheinander" against "1個ずつ" (one at a time),
 * "大さじ1" against "столовую ложку" (a tablespoon, no "one"), and the Japanese dialogue's
 * 「三週間で一度も」, which the Russian's "— Ни разу за три недели." is not aligned with; technology news (a 6.1-inch display, 16 GB as "16 Go", 120 Hz as "120 Гц", iOS 17.2,
 * US-Dollar) in six languages both ways; health news (one in five as "jeder Fünfte" and "5人に1人", twice
 * a day, under 12 as "младше 12", 95 %) in six languages both ways; a cake recipe (teaspoons as "TL",
 * "cuillères à café", "茶匙", "until" as "пока … не") in six languages both ways; a flat's and a job's
 * listings (85 m², "Dreizimmerwohnung", a salary range, "ペットは不可") in six languages both ways.
 */
describe.each(heldOutFolders('clean'))('clean %s texts', (domain) => {
  for (const file of filesIn(domain)) {
    it(`flag no unit in ${file.replace('.tsv', '')} but the known one`, async () => {
      const result = await analyzeFile(domain, file);
      expect(result.units.filter((u) => u.flagged).map((u) => u.id)).toEqual(
        KNOWN_FLAGGED[domain]?.[file] ?? [],
      );
      expect(
        result.units.flatMap((u) =>
          u.flags.filter((f) => f.check !== 'length-ratio').map((f) => `${u.id} ${f.check}`),
        ),
      ).toEqual([]);
    });
  }
});

describe.each(heldOutFolders('planted'))('MT errors planted in %s', (folder) => {
  for (const file of filesIn(folder)) {
    it(`are reported by the check that names them in ${file.replace('.tsv', '')}: a p-value, a dose's unit, minutes as hours, a gene dropped, a weekday of a range`, async () => {
      const rows = await plantedErrors(new URL(`${folder}/${file}`, FIXTURES).pathname, file);
      expectReported(rows);
      // The clean rows stay clean.
      for (const row of rows.filter((r) => r.expect === '')) expect(row.checks, row.target).toEqual([]);
    });
  }
});

/** Rows with an `expect` column (the check that must report the error) and a `flagged` column (yes/no). */
async function plantedErrors(path: string, file: string) {
  const { pairs, extra } = readPairsFile(path);
  const result = await analyzePairs(pairs, languagesFromFileName(file));
  return pairs.map((pair, k) => ({
    target: pair.target,
    expect: extra[k]?.expect ?? '',
    // Empty for a row whose risk stands at the threshold: retraining moves it either way.
    flagged: extra[k]?.flagged === 'yes' ? true : extra[k]?.flagged === 'no' ? false : null,
    checks: result.units[k]?.flags.map((f) => f.check) ?? [],
    actuallyFlagged: result.units[k]?.flagged,
  }));
}

function expectReported(rows: Awaited<ReturnType<typeof plantedErrors>>): void {
  for (const row of rows) {
    if (row.expect === '') continue;
    expect(row.checks, row.target).toContain(row.expect);
    if (row.flagged !== null) expect(row.actuallyFlagged, row.target).toBe(row.flagged);
  }
}

describe('MT errors planted in those domains', () => {
  for (const file of filesIn('domains-mt-errors')) {
    it(`are each reported by the check that names the error, and flagged where the risk says so, in ${file.replace('.tsv', '')}`, async () => {
      const rows = await plantedErrors(new URL(`domains-mt-errors/${file}`, FIXTURES).pathname, file);
      // Each file but one error (en-de: a UI label turned into its opposite, which no check can see) names its check.
      expect(rows.filter((row) => row.expect !== '' && row.flagged).length).toBeGreaterThanOrEqual(
        rows.length - 2,
      );
      expectReported(rows);
    });
  }
});

/**
 * News sentences with the errors news MT makes, in seven language pairs: a number or year changed, a
 * negation lost, a weekday or month changed, a limit turned round, a name dropped or replaced, the
 * demo's repeated name in French ("L'Ukraine ne permettra pas à l'Ukraine"), a loop, a copy.
 */
describe('news MT errors in other language pairs', () => {
  for (const file of filesIn('news-mt-errors')) {
    it(`are reported by the check that names them in ${file.replace('.tsv', '')}`, async () => {
      const rows = await plantedErrors(new URL(`news-mt-errors/${file}`, FIXTURES).pathname, file);
      expect(rows.filter((row) => row.expect !== '').length).toBeGreaterThanOrEqual(rows.length - 1);
      expectReported(rows);
    });
  }
});
