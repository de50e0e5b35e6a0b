import type { Command } from 'commander';
import { chooseRiskModel, loadWeights } from '../scoring/risk';
import { evaluate, formatEvalReport } from '../scoring/evaluate';
import { parseThreshold } from './check';
import { UsageError } from './errors';
import { readLabeledFile } from './labeled';
import { loadEmbedderForCli, spellingForCli } from './model-option';

export function registerEval(program: Command, out: (text: string) => void): void {
  program
    .command('eval')
    .description(
      'measure the flagger against a labeled pairs file (label column ERR/NOT, optional numeric score)',
    )
    .requiredOption('--pairs <files...>', 'labeled pairs files')
    .option('--src-lang <code>', 'source language; from the file name (…-en-de-…) or detected when missing')
    .option('--tgt-lang <code>', 'target language')
    .option('--threshold <x>', 'risk threshold (default: the trained one)')
    .option('--format <format>', 'table or json', 'table')
    .option('--model <id-or-path>', 'sentence-embedding model')
    .option('--no-model', 'heuristics only')
    .option('--spelling', 'check spelling too, as the server does')
    .action(
      async (options: {
        pairs: string[];
        srcLang?: string;
        tgtLang?: string;
        threshold?: string;
        format: string;
        model?: string | boolean;
        spelling?: boolean;
      }) => {
        if (options.format !== 'table' && options.format !== 'json')
          throw new UsageError(`--format must be table or json (got "${options.format}")`);
        const embedder = await loadEmbedderForCli(options.model);
        const spelling = spellingForCli(options.spelling);
        const weights = loadWeights();
        const reports = [];
        for (const path of options.pairs) {
          const file = await readLabeledFile(
            path,
            { sourceLang: options.srcLang, targetLang: options.tgtLang },
            embedder,
            spelling,
          );
          const model = chooseRiskModel(weights, {
            modelRan: file.featurized.modelRan,
            sourceLang: file.sourceLang.code,
            targetLang: file.targetLang.code,
          });
          const threshold = parseThreshold(options.threshold) ?? model.threshold;
          const report = evaluate(
            file.features,
            file.featurized.checks.flags,
            file.labels,
            file.scores,
            model,
            threshold,
          );
          reports.push({
            file: file.name,
            sourceLang: file.sourceLang.code,
            targetLang: file.targetLang.code,
            ...report,
          });
          if (options.format === 'table')
            out(formatEvalReport(`${file.name} (${file.sourceLang.code}→${file.targetLang.code})`, report));
        }
        if (options.format === 'json')
          out(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
      },
    );
}
