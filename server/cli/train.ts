import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  WEIGHTS_PATH,
  languagePairKey,
  loadWeights,
  priorWeight,
  type RiskModel,
  type RiskWeightsFile,
} from '../scoring/risk';
import {
  choosePairModels,
  chooseThreshold,
  fitSourceLexicons,
  fitTargetLexicons,
  keepsPrior,
  trainLogistic,
  trainPairModels,
  withoutLexiconFeatures,
  withoutTargetLexiconFeatures,
} from '../scoring/train';
import { featurizeUnits, unitsFromPairs } from '../analysis/analyze';
import { openDb } from '../db/connection';
import { reviewedUnits } from '../db/queries/units';
import type { Embedder } from '../model/types';
import type { SpellingService } from '../spelling/service';
import type { TrainingSet } from '../scoring/train';
import { UsageError } from './errors';
import { readLabeledFile } from './labeled';

/** One training set per language pair from a database's review decisions. */
async function setsFromDatabase(
  path: string,
  embedder: Embedder | null,
  spelling: SpellingService | null,
): Promise<TrainingSet[]> {
  const db = openDb(path);
  try {
    const rows = reviewedUnits(db);
    const byPair = new Map<string, typeof rows>();
    for (const row of rows)
      byPair.set(`${row.source_lang}-${row.target_lang}`, [
        ...(byPair.get(`${row.source_lang}-${row.target_lang}`) ?? []),
        row,
      ]);
    const sets: TrainingSet[] = [];
    for (const [pair, units] of byPair) {
      const [sourceLang = 'und', targetLang = 'und'] = pair.split('-');
      const featurized = await featurizeUnits(
        unitsFromPairs(units.map((u) => ({ id: String(u.id), source: u.source, target: u.target_mt }))),
        { source: { code: sourceLang, detected: false }, target: { code: targetLang, detected: false } },
        { embedder, spelling },
      );
      sets.push({
        name: `${path} (${pair}, ${units.length} reviewed units)`,
        features: featurized.features,
        labels: units.map((u) => u.erroneous === 1),
        sources: { lang: sourceLang, texts: units.map((u) => u.source) },
        targets: { lang: targetLang, texts: units.map((u) => u.target_mt) },
        languagePair: languagePairKey(sourceLang, targetLang),
      });
    }
    return sets;
  } finally {
    db.close();
  }
}
import { loadEmbedderForCli, spellingForCli } from './model-option';

/**
 * Mean dev MCC by which another threshold must beat the pooled one for the model without a lexicon.
 * Its curve is flat (within 0.025 from 0.25 to 0.55 on the dev files), and at 0.01 the noise moved its
 * threshold from 0.33 to 0.48 between two trainings: planted errors in language pairs without a
 * lexicon, each found by one check, then went unflagged.
 */
const SAME_THRESHOLD_TOLERANCE = 0.03;

export function registerTrain(program: Command, out: (text: string) => void): void {
  program
    .command('train')
    .description('learn the risk weights from labeled pairs files; the threshold is tuned for MCC on --dev')
    .option('--pairs <files...>', 'labeled training files')
    .option(
      '--db <path>',
      "also learn from a database's review decisions (corrections, confirmed and dismissed flags)",
    )
    .option('--dev <files...>', 'labeled development files for the threshold (default: the training files)')
    .option('--out <file>', 'where to write the weights', WEIGHTS_PATH.pathname)
    .option('--model <id-or-path>', 'train the with-model weights using this model')
    .option('--no-model', 'train the heuristics-only weights')
    .option(
      '--spelling',
      'learn from spelling flags too (the server checks spelling; the CLI only with --spelling)',
    )
    .action(
      async (options: {
        pairs?: string[];
        db?: string;
        dev?: string[];
        out: string;
        model?: string | boolean;
        spelling?: boolean;
      }) => {
        if (!options.pairs && !options.db) throw new UsageError('give --pairs FILE… and/or --db PATH');
        const embedder = await loadEmbedderForCli(options.model);
        const spelling = spellingForCli(options.spelling);
        const read = async (paths: string[]) =>
          Promise.all(paths.map((p) => readLabeledFile(p, {}, embedder, spelling)));
        const train: TrainingSet[] = [
          ...(await read(options.pairs ?? [])),
          ...(options.db ? await setsFromDatabase(options.db, embedder, spelling) : []),
        ];
        if (train.every((set) => set.labels.length === 0))
          throw new UsageError('no labeled units to learn from');
        const dev = options.dev ? await read(options.dev) : train;
        const sourceLexicons = fitSourceLexicons(train, dev);
        const targetLexicons = fitTargetLexicons(train, dev);
        const model = trainLogistic(withoutTargetLexiconFeatures(train), {
          prior: priorWeight,
          fixed: keepsPrior,
        });
        const { threshold, meanMcc } = chooseThreshold(model, withoutTargetLexiconFeatures(dev));
        const tuned = { ...model, threshold };
        // The same without the lexicon, for source languages the training data had none for; at the
        // same threshold unless another is clearly better for it.
        const plain = trainLogistic(withoutLexiconFeatures(train), { prior: priorWeight, fixed: keepsPrior });
        const plainTuned = {
          ...plain,
          threshold: chooseThreshold(plain, withoutLexiconFeatures(dev), {
            threshold,
            tolerance: SAME_THRESHOLD_TOLERANCE,
          }).threshold,
        };
        const previous = loadWeights(existsSync(options.out) ? options.out : WEIGHTS_PATH);
        const withModel = embedder !== null;
        // Each language pair with enough rows also gets its own model, pulled towards the pooled one.
        // With the translations' lexicon where it helps the pair on the development sets.
        const pairChoice = withModel
          ? null
          : choosePairModels(
              trainPairModels(train, { pooled: tuned, prior: priorWeight }),
              trainPairModels(withoutTargetLexiconFeatures(train), { pooled: tuned, prior: priorWeight }),
              dev,
              threshold,
            );
        const pairModels = pairChoice ? pairChoice.models : previous.byLanguagePair;
        // The pairs' models flag at the threshold that suits the development sets scored as they will
        // be (each by its pair's model), which need not be the pooled model's.
        const modelFor = (set: TrainingSet): RiskModel =>
          (set.languagePair ? pairModels?.[set.languagePair] : undefined) ?? tuned;
        const pairTuning = chooseThreshold(modelFor, dev);
        const byLanguagePair =
          withModel || !pairModels
            ? pairModels
            : Object.fromEntries(
                Object.entries(pairModels).map(([pair, m]) => [
                  pair,
                  { ...m, threshold: pairTuning.threshold },
                ]),
              );
        const weights: RiskWeightsFile = {
          description:
            'Logistic risk model learned by `mt-review train`; check features missing here use their severity prior.',
          trainedAt: new Date().toISOString(),
          trainedOn: train.map((f) => f.name),
          heuristics: withModel ? previous.heuristics : tuned,
          withModel: withModel ? tuned : previous.withModel,
          sourceLexicons,
          // Only the translations' languages some pair's model reads.
          targetLexicons: pairChoice
            ? Object.fromEntries(
                Object.entries(targetLexicons).filter(([lang]) =>
                  pairChoice.withTargetLexicon.some((pair) => pair.endsWith(`-${lang}`)),
                ),
              )
            : previous.targetLexicons,
          withoutLexicon: withModel ? previous.withoutLexicon : plainTuned,
          byLanguagePair,
        };
        writeFileSync(options.out, `${JSON.stringify(weights, null, 2)}\n`);
        out(
          `trained on ${train.reduce((n, f) => n + f.labels.length, 0)} pairs from ${train.length} files; threshold ${threshold} (mean dev MCC ${meanMcc.toFixed(3)}) → ${options.out}\n`,
        );
        const pairs = Object.keys(withModel ? {} : (byLanguagePair ?? {}));
        if (pairs.length > 0)
          out(
            `  and a model of its own for each of ${pairs.join(', ')} (threshold ${pairTuning.threshold}; mean dev MCC with them ${pairTuning.meanMcc.toFixed(3)})\n`,
          );
        if (pairChoice)
          out(
            `  the translations' risk lexicon helps ${pairChoice.withTargetLexicon.join(', ') || 'no pair'} on the development sets\n`,
          );
      },
    );
}
