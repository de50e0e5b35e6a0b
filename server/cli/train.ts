import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { WEIGHTS_PATH, loadWeights, type RiskWeightsFile } from '../scoring/risk';
import { chooseThreshold, trainLogistic } from '../scoring/train';
import { readLabeledFile } from './labeled';
import { loadEmbedderForCli } from './model-option';

export function registerTrain(program: Command, out: (text: string) => void): void {
  program
    .command('train')
    .description('learn the risk weights from labeled pairs files; the threshold is tuned for MCC on --dev')
    .requiredOption('--pairs <files...>', 'labeled training files')
    .option('--dev <files...>', 'labeled development files for the threshold (default: the training files)')
    .option('--out <file>', 'where to write the weights', WEIGHTS_PATH.pathname)
    .option('--model <id-or-path>', 'train the with-model weights using this model')
    .option('--no-model', 'train the heuristics-only weights')
    .action(async (options: { pairs: string[]; dev?: string[]; out: string; model?: string | boolean }) => {
      const embedder = await loadEmbedderForCli(options.model);
      const read = async (paths: string[]) => Promise.all(paths.map((p) => readLabeledFile(p, {}, embedder)));
      const train = await read(options.pairs);
      const dev = options.dev ? await read(options.dev) : train;
      const model = trainLogistic(train);
      const { threshold, meanMcc } = chooseThreshold(model, dev);
      const tuned = { ...model, threshold };
      const previous = loadWeights(options.out);
      const withModel = embedder !== null;
      const weights: RiskWeightsFile = {
        description:
          'Logistic risk model learned by `mt-review train`; check features missing here use their severity prior.',
        trainedAt: new Date().toISOString(),
        trainedOn: train.map((f) => f.name),
        heuristics: withModel ? previous.heuristics : tuned,
        withModel: withModel ? tuned : previous.withModel,
      };
      writeFileSync(options.out, `${JSON.stringify(weights, null, 2)}\n`);
      out(
        `trained on ${train.reduce((n, f) => n + f.labels.length, 0)} pairs from ${train.length} files; threshold ${threshold} (mean dev MCC ${meanMcc.toFixed(3)}) → ${options.out}\n`,
      );
    });
}
