/**
 * `npm run bench`: speed and quality measurements, written to bench/RESULTS.md with the machine and
 * the date. Uses ../shared/eval when it is there; parts that need it say so when it is not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignSentences } from '../server/align/aligner';
import { translationLexicon } from '../server/bilingual/lexicon';
import { analyzePairs } from '../server/analysis/analyze';
import type { Sentence } from '../server/domain/types';
import { readPairsFile } from '../server/ingest/index';
import { resolveModelSource } from '../server/model/config';
import { WorkerEmbedder } from '../server/model/embedder';
import { writeTinyModel } from '../server/model/tiny/write';
import { evaluate } from '../server/scoring/evaluate';
import { chooseRiskModel, loadWeights } from '../server/scoring/risk';
import { segment } from '../server/text/segmenter';
import { languagesFromFileName, readLabeledFile } from '../server/cli/labeled';
import { confusion, mcc, rocAuc } from '../server/scoring/metrics';
import { loadSpeller } from '../server/spelling/hunspell';
import { scoreAlignment } from './align-tune';
import { PERTURBED_ARTICLES, perturbArticle } from './articles';
import { scoreCleanSet, scorePlantedFolder } from './fixture-pairs';
import { hasPofilter, runPofilter } from './pofilter';
import { machineLine } from './machine';
import { random } from '../server/util/random';
import { type SentencePair, buildDocument, readSentencePairs } from './synthetic';

const EVAL = '../shared/eval/';
const has = (name: string): boolean => existsSync(`${EVAL}${name}`);
const lines: string[] = [];
const say = (line = ''): void => {
  lines.push(line);
  console.log(line);
};
const ms = (start: number): number => performance.now() - start;
const fixed = (x: number | null, digits = 3): string =>
  x === null || Number.isNaN(x) ? '—' : x.toFixed(digits);

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A fixed loop that exercises nothing of ours: this VM's speed moves by a third between runs, and this
 * row says how fast the machine was while the others were measured.
 */
function referenceLoop(): void {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 300_000_000; i++) x += i % 7;
  say(
    `| reference: a fixed JavaScript loop (3·10⁸ steps) | ${ms(started).toFixed(0)} ms | the machine's speed during this run (checksum ${x % 10}); 400–1000 ms seen on this VM |`,
  );
}

function fallbackPairs(): SentencePair[] {
  const source = segment(readFileSync('fixtures/demo-article.en.txt', 'utf8'), 'en');
  const target = segment(readFileSync('fixtures/demo-article.pl.txt', 'utf8'), 'pl');
  return source.map((s, k) => ({ source: s.text, target: target[k]?.text ?? s.text }));
}

function alignmentSpeed(pairs: SentencePair[]): void {
  const rng = random(5);
  const doc = buildDocument(pairs, pairs, rng, 2000);
  const source: Sentence[] = segment(doc.source, 'en');
  const target: Sentence[] = segment(doc.target, 'de');
  // As the pipeline aligns: with the languages (dates, places) and the pair's translation lexicon.
  const options = { languages: { source: 'en', target: 'de' }, translations: translationLexicon('en', 'de') };
  alignSentences(source.slice(0, 200), target.slice(0, 200), options);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  let heapAfter = heapBefore;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    alignSentences(source, target, options);
    times.push(ms(started));
    heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
  }
  say(
    `| alignment, ${source.length} × ${target.length} sentences | ${(median(times) / 1000).toFixed(2)} s | median of 3 (${times.map((t) => (t / 1000).toFixed(2)).join(', ')}); target < 2 s; heap growth ${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB |`,
  );
}

/** Pairs per second over a file the process has not seen (the sentence memos would flatter a repeat). */
async function pairsPerSecond(file: string): Promise<number> {
  const pairs = readPairsFile(`${EVAL}${file}`).pairs;
  // The alignment benchmark before leaves a large heap behind; its collection is not this file's cost.
  global.gc?.();
  const started = performance.now();
  await analyzePairs(pairs, languagesFromFileName(file));
  return (pairs.length / ms(started)) * 1000;
}

async function heuristicsThroughput(): Promise<void> {
  const warmUp = ['ced-en-de-dev.tsv', 'mlqe-hter-en-de-dev.tsv', 'ced-en-cs-dev.tsv', 'ced-en-zh-dev.tsv'];
  const measured = ['ced-en-de-train.tsv', 'mlqe-hter-en-de-train.tsv', 'ced-en-cs-train.tsv'];
  if (![...warmUp, ...measured].every(has)) {
    say('| heuristics throughput | — | needs the ced and mlqe files in ../shared/eval |');
    return;
  }
  // Steady state: the JIT has compiled the checks on 4,000 other pairs first.
  for (const file of warmUp) await pairsPerSecond(file);
  const rates: number[] = [];
  for (const file of measured) rates.push(await pairsPerSecond(file));
  say(
    `| heuristics (checks + features + risk), steady state, one core | ${Math.round(median(rates))} pairs/s | median over ${measured.join(', ')} (${rates.map((r) => Math.round(r)).join(', ')}), each unseen, after warm-up on the four dev files; target ≥ 10,000 |`,
  );
}

function timeCli(file: string): number {
  const started = performance.now();
  // Run as a user runs it, through its #! line and the Node options there.
  spawnSync(
    'bin/mt-review.js',
    ['check', '--no-model', '--pairs', file, '--src-lang', 'en', '--tgt-lang', 'de'],
    {
      stdio: 'ignore',
    },
  );
  return ms(started) / 1000;
}

function cliVersusPofilter(): void {
  if (!has('ced-en-de-train.tsv')) return;
  const file = `${EVAL}ced-en-de-train.tsv`;
  // The first run after an install or a source change compiles the CLI; that is not the steady cost.
  timeCli(`${EVAL}ced-en-de-dev.tsv`);
  const runs = [timeCli(file), timeCli(file), timeCli(file)];
  const ours = median(runs);
  say(
    `| \`mt-review check --pairs ced-en-de-train.tsv --no-model\`, end to end | ${ours.toFixed(2)} s | median of 3 (${runs.map((r) => r.toFixed(2)).join(', ')}); includes start-up and writing jsonl |`,
  );
  if (!hasPofilter()) {
    say('| pofilter | — | not installed (Debian package translate-toolkit) |');
    return;
  }
  const pairs = readPairsFile(file).pairs;
  const theirs = [0, 1, 2].map(() => runPofilter(pairs, 'de').seconds);
  const seconds = median(theirs);
  say(
    `| \`pofilter --language=de\` on the same pairs | ${seconds.toFixed(2)} s | median of 3 (${theirs.map((r) => r.toFixed(2)).join(', ')}); mt-review is ${(seconds / ours).toFixed(1)}× faster (target ≥ 3×) |`,
  );
}

/** Hunspell's dictionaries: what the first spelling check of a language waits for, and what they hold. */
async function spellingDictionaries(): Promise<void> {
  // Hunspell's tables live in WebAssembly memory, which Node counts as external memory.
  global.gc?.();
  const externalBefore = process.memoryUsage().external;
  const loads: string[] = [];
  let slowest = 0;
  for (const lang of ['pl', 'cs', 'ru', 'de', 'fr', 'es', 'en']) {
    const started = performance.now();
    const speller = await loadSpeller(lang);
    const took = ms(started);
    if (!speller) continue;
    slowest = Math.max(slowest, took);
    loads.push(`${lang} ${took.toFixed(0)} ms`);
  }
  global.gc?.();
  const grown = (process.memoryUsage().external - externalBefore) / 2 ** 20;
  say(
    `| spelling: load a Hunspell dictionary | ${slowest.toFixed(0)} ms (slowest) | ${loads.join(', ')}; the seven together hold ${grown.toFixed(0)} MiB (WebAssembly memory) |`,
  );
  const polish = await loadSpeller('pl');
  const words = readFileSync('fixtures/demo-article.pl.txt', 'utf8').match(/\p{L}+/gu) ?? [];
  const started = performance.now();
  let wrong = 0;
  for (let k = 0; k < 100_000; k++) if (polish?.correct(words[k % words.length] ?? '') === false) wrong++;
  say(
    `| spelling: look up 100,000 Polish words | ${ms(started).toFixed(0)} ms | the demo article's words over and over (${wrong} not in the dictionary: names and acronyms, which the check skips) |`,
  );
}

async function modelOverhead(): Promise<void> {
  const folder = join(mkdtempSync(join(tmpdir(), 'mt-review-bench-')), 'tiny-model');
  writeTinyModel(folder);
  const embedder = new WorkerEmbedder(
    resolveModelSource({ model: folder, cacheDir: join(folder, '..'), offline: true, quantized: true }),
  );
  let started = performance.now();
  await embedder.start();
  say(
    `| tiny model: load in the worker thread | ${ms(started).toFixed(0)} ms | transformers.js pipeline, remote loading off |`,
  );
  const texts = Array.from({ length: 5000 }, (_, k) => `Rosja i Ukraina wciąż rozmawiają, zdanie ${k}.`);
  started = performance.now();
  await embedder.embed(texts, 'bulk');
  const first = ms(started);
  say(
    `| tiny model: embed 5,000 new sentences (batches of 32) | ${first.toFixed(0)} ms | ${Math.round((texts.length / first) * 1000)} sentences/s: tokenising, hand-off and pooling; a real model adds its own inference time |`,
  );
  started = performance.now();
  await embedder.embed(texts, 'bulk');
  say(
    `| tiny model: the same 5,000 again (cache hits) | ${ms(started).toFixed(0)} ms | nothing re-embedded |`,
  );
  started = performance.now();
  for (let k = 0; k < 50; k++) await embedder.embed([`one edited sentence ${k}`], 'interactive');
  say(
    `| tiny model: one interactive sentence, round trip | ${(ms(started) / 50).toFixed(1)} ms | mean of 50 |`,
  );
  await embedder.close();
  say('');
  say(
    "Model speed depends on the model chosen: these rows measure mt-review's own overhead with a 16-dimension test model; MiniLM-L12 and LaBSE add their inference time on top (see the README).",
  );
}

async function alignmentQuality(): Promise<void> {
  const sets: [string, [string, string]][] = [
    ['mlqe-hter-en-de-dev.tsv', ['en', 'de']],
    ['mlqe-hter-ro-en-dev.tsv', ['ro', 'en']],
    ['ced-en-cs-dev.tsv', ['en', 'cs']],
    ['ced-en-de-dev.tsv', ['en', 'de']],
    ['ced-en-ja-dev.tsv', ['en', 'ja']],
    ['ced-en-zh-dev.tsv', ['en', 'zh']],
  ];
  say(
    '| sentence pairs | link precision | link recall | link F1 | inserted found | dropped found | reported but not inserted / dropped |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const withoutLexicon of [false, true]) {
    if (withoutLexicon)
      say(
        '\nThe same documents aligned as for a language pair without a translation lexicon (mt-review ships five; most pairs users bring have none, and a model is what fills the gap):\n\n| sentence pairs | link precision | link recall | link F1 | inserted found | dropped found | reported but not inserted / dropped |\n| --- | --- | --- | --- | --- | --- | --- |',
      );
    for (const [name, langs] of sets) {
      if (!has(name)) continue;
      const score = scoreAlignment(readSentencePairs(`${EVAL}${name}`), langs, {
        documents: 20,
        sentences: 40,
        seed: 7,
        singleSentences: name.startsWith('ced-'),
        withoutLexicon,
      });
      say(
        `| ${name} | ${fixed(score.precision)} | ${fixed(score.recall)} | ${fixed(score.f1)} | ${score.additionsFound}/${score.additions} (${score.additionsAligned}) | ${score.omissionsFound}/${score.omissions} (${score.omissionsAligned}) | ${score.falseAdditions} / ${score.falseOmissions} |`,
      );
    }
  }
}

/**
 * One row per document, and the total; into English, only the documents where something was missed
 * or reported besides, and the total.
 */
async function articlePerturbations(direction: 'from-english' | 'into-english'): Promise<void> {
  say(
    '| document | dropped sentence reported on its source | dropped paragraph reported as exactly its source | inserted line reported on itself | news sentence slipped in, reported | the same on a line of its own | other omission / addition reports (sentence runs) |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- |');
  const total = {
    droppedFound: 0,
    dropped: 0,
    paragraphsFound: 0,
    paragraphs: 0,
    insertedFound: 0,
    inserted: 0,
    newsFound: 0,
    newsLineFound: 0,
    falseReports: 0,
  };
  const row = (document: string, score: typeof total): string =>
    `| ${document} | ${score.droppedFound}/${score.dropped} | ${score.paragraphsFound}/${score.paragraphs} | ${score.insertedFound}/${score.inserted} | ${score.newsFound}/${score.inserted} | ${score.newsLineFound}/${score.inserted} | ${score.falseReports} |`;
  for (const [name, lang] of PERTURBED_ARTICLES) {
    const score = await perturbArticle(name, lang, direction);
    const perfect =
      score.droppedFound === score.dropped &&
      score.paragraphsFound === score.paragraphs &&
      score.insertedFound === score.inserted &&
      score.newsFound === score.inserted &&
      score.newsLineFound === score.inserted &&
      score.falseReports === 0;
    if (direction === 'from-english' || !perfect) say(row(score.document, score));
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += score[key];
  }
  say(row('all', total));
}

async function otherPairsAndDomains(): Promise<void> {
  say(
    'Hand-written pairs in fixtures/pairs (no development data there): careful translations between other language pairs and scripts, news sentences with the traps of news translation (the 12-hour clock, spelt-out ordinals, “not … until”, un- adjectives, elided articles, regional exonyms), sentences from other domains (software strings, package leaflets, a shop, a recipe, a contract, subtitles), encyclopedic sentences (MLQE-PE’s Wikipedia domain) in 18 languages, informal text (a talk, a shop’s pages, social posts), scientific abstracts, travel information, weather forecasts, product descriptions and financial news, and MT errors planted in the domains.',
  );
  say('');
  say('| set | language pairs | units | flags raised | units flagged |');
  say('| --- | --- | --- | --- | --- |');
  for (const folder of [
    'language-pairs',
    'news',
    'domains',
    'encyclopedia',
    'informal',
    'science',
    'travel',
    'weather',
    'products',
    'finance',
    'sports',
    'fiction',
    'legal',
    'cross',
    'tech',
    'health',
    'recipes',
    'listings',
  ]) {
    const score = await scoreCleanSet(folder);
    say(
      `| clean: ${folder} | ${score.pairs.join(', ')} | ${score.units} | ${score.flags} | ${score.flaggedUnits} |`,
    );
  }
  const planted = await scorePlantedFolder('domains-mt-errors');
  say('');
  say(
    `Planted errors in the domains (domains-mt-errors/, ${planted.pairs.join(', ')}: placeholders, units, shortcuts, addresses, limits, negation, amounts): ${planted.reported} of ${planted.planted} reported by the check that names them, ${planted.flagged} of ${planted.planted} units flagged.`,
  );
  for (const [folder, kinds] of [
    [
      'science-mt-errors',
      'a p-value, a percentage, a dose’s unit, minutes as hours, a gene dropped, a lost negation',
    ],
    ['travel-mt-errors', 'a weekday of a range, an age limit, a price’s currency, minutes as hours, a time'],
    ['products-mt-errors', 'a model number, a battery life in days, a currency, VAT, a temperature, kg as g'],
    ['finance-mt-errors', 'billions as millions, 亿 and 億 read as billions, a currency, a rate, a year'],
    [
      'sports-mt-errors',
      'a minute, a ranking, a race time, laps, a crowd, a score, a weekday, a month, a currency, minutes as hours in words, a lost negation',
    ],
    [
      'fiction-mt-errors',
      'a number in words changed, weeks as days, a name changed, lost negations, a lost question mark',
    ],
    [
      'legal-mt-errors',
      'an article, a paragraph, a date, an amount, a percentage, a currency, a regulation’s number, months as weeks or years, lost negations',
    ],
    [
      'tech-mt-errors',
      'GB as MB, TB as GB, inches as centimetres, hertz, a version, a model number, billions as millions, a currency, a date, lost negations, a command-line option, a file name, a variable, inline code',
    ],
    [
      'health-mt-errors',
      'an age limit turned round, at least as at most, a percentage, a count, one in five as one in three, minutes as hours, lost negations',
    ],
    [
      'recipes-mt-errors',
      '°C as °F, teaspoons as tablespoons, g as kg, days as weeks, minutes as hours, a temperature, a time, a lost negation',
    ],
    [
      'listings-mt-errors',
      'an area, a date, a currency, years as months, three years of experience as five, a lost negation, a rate per year as per month',
    ],
  ] as const) {
    const domain = await scorePlantedFolder(folder);
    say(
      `Planted in ${folder.replace('-mt-errors', '')} (${folder}/, ${domain.pairs.join(', ')}: ${kinds}): ${domain.reported} of ${domain.planted} reported by the check that names them, ${domain.flagged} of ${domain.planted} units flagged.`,
    );
  }
  const news = await scorePlantedFolder('news-mt-errors');
  say(
    `News MT errors (news-mt-errors/, ${news.pairs.join(', ')}: numbers, changes and scores turned round, negation, weekdays and months, limits, names, a repeated name, a loop, a copy): ${news.reported} of ${news.planted} reported by the check that names them, ${news.flagged} of ${news.planted} units flagged.`,
  );
}

async function flaggerQuality(): Promise<void> {
  const weights = loadWeights();
  say(
    '| dev file | n | errors | ROC-AUC | MCC | precision | recall | errors in top 10 % | Pearson (score) |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const cedMcc: number[] = [];
  const cedThresholds = new Set<number>();
  const pofilterMcc: number[] = [];
  const pofilterRows: string[] = [];
  for (const name of [
    'ced-en-cs-dev.tsv',
    'ced-en-de-dev.tsv',
    'ced-en-ja-dev.tsv',
    'ced-en-zh-dev.tsv',
    'mlqe-hter-en-de-dev.tsv',
    'mlqe-hter-ro-en-dev.tsv',
  ]) {
    if (!has(name)) continue;
    const file = await readLabeledFile(`${EVAL}${name}`, {}, null);
    // As the product scores it: the language pair's own model where training had the pair.
    const model = chooseRiskModel(weights, {
      modelRan: false,
      sourceLang: file.sourceLang.code,
      targetLang: file.targetLang.code,
    });
    const report = evaluate(
      file.features,
      file.featurized.checks.flags,
      file.labels,
      file.scores,
      model,
      model.threshold,
    );
    if (name.startsWith('ced')) {
      cedMcc.push(report.mcc);
      cedThresholds.add(model.threshold);
    }
    if (name.startsWith('ced') && hasPofilter()) {
      const { flagged } = runPofilter(readPairsFile(`${EVAL}${name}`).pairs, file.targetLang.code);
      const predicted = file.ids.map((id) => flagged.has(id));
      const matrix = confusion(predicted, file.labels);
      const auc = rocAuc(
        predicted.map((p) => (p ? 1 : 0)),
        file.labels,
      );
      pofilterMcc.push(mcc(matrix));
      pofilterRows.push(
        `| ${name} | ${fixed(auc)} | ${fixed(report.rocAuc)} | ${fixed(mcc(matrix))} | ${fixed(report.mcc)} | ${fixed((matrix.tp + matrix.fp) / file.labels.length)} |`,
      );
    }
    say(
      `| ${name} | ${report.n} | ${report.errors} | ${fixed(report.rocAuc)} | ${fixed(report.mcc)} | ${fixed(report.precision)} | ${fixed(report.recall)} | ${fixed(report.errorShareTop10)} | ${fixed(report.pearson)} |`,
    );
  }
  const mean = (xs: number[]): number => xs.reduce((sum, x) => sum + x, 0) / Math.max(1, xs.length);
  if (cedMcc.length > 0) {
    say(
      `\nMean MCC over the critical-error sets: ${fixed(mean(cedMcc))} (heuristics only, each set scored by its language pair's model at its threshold, ${[...cedThresholds].join(' and ')}).`,
    );
  }
  if (pofilterRows.length > 0) {
    say('');
    say(
      'Against pofilter (translate-toolkit, all its checks, `--language` of the target) on the same rows; pofilter flags or not, so its ROC-AUC is that of a yes/no score:',
    );
    say('');
    say(
      '| dev file | pofilter ROC-AUC | mt-review ROC-AUC | pofilter MCC | mt-review MCC | share pofilter flags |',
    );
    say('| --- | --- | --- | --- | --- | --- |');
    pofilterRows.forEach((row) => say(row));
    say(`\nMean MCC: pofilter ${fixed(mean(pofilterMcc))}, mt-review ${fixed(mean(cedMcc))}.`);
  }
}

say('# Benchmarks');
say('');
say(`Measured by \`npm run bench\` on ${machineLine()}.`);
say('');
say('## Speed');
say('');
say('| what | result | notes |');
say('| --- | --- | --- |');
referenceLoop();
alignmentSpeed(
  has('mlqe-hter-en-de-train.tsv') ? readSentencePairs(`${EVAL}mlqe-hter-en-de-train.tsv`) : fallbackPairs(),
);
await heuristicsThroughput();
cliVersusPofilter();
await spellingDictionaries();
await modelOverhead();
say('');
say('## Alignment quality');
say('');
say(
  'Synthetic documents (20 per set, 40 sentences each) built from real sentence pairs, with target sentences dropped, merged, split and inserted, and paragraphs merged and split (bench/synthetic.ts). Heuristics only, no model. The critical-error files are multi-sentence comments, which have no sentence-level truth; their documents are built from the pairs that are one sentence on each side. A segmented sentence that spans two original sentences (a break the segmenter missed) links to both. Found means reported as an addition or omission, by the alignment (a unit with no source or no target, as `mt-review align` prints it) or by the segmentation check inside a joined unit; in brackets, by the alignment alone. The last column counts sentences reported as additions or omissions that do have a counterpart.',
);
say('');
await alignmentQuality();
say('');
say(
  'Real articles (bench/articles.ts): the clean human translations in fixtures/, each translated sentence dropped in turn, each paragraph (line) dropped in turn, and separately an unrelated line ("Read also: …") slipped in after each sentence — inside its paragraph, or on a line of its own after a headline — then an unrelated news sentence of ordinary length (a library closed for repairs) in the same places, and always on a line of its own. Found means reported as an omission on the unit holding the dropped sentence\'s source, or as an addition whose span is the inserted line.',
);
say('');
await articlePerturbations('from-english');
say(
  '\nThe same articles read the other way round: each translation as the source, the English article as its translation, perturbed in the same ways with an English "Read also" line and an English news sentence. Documents where everything was found and nothing else reported are left out of the table.\n',
);
await articlePerturbations('into-english');
say('');
say('## Flagger quality');
say('');
await flaggerQuality();
say('');
await otherPairsAndDomains();
writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
