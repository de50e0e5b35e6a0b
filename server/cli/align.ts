import type { Command } from 'commander';
import { alignDocuments } from '../analysis/analyze';
import { readTextDocument } from '../ingest/index';
import { type InputOptions, parseFormat } from './check';
import { UsageError } from './errors';
import { loadEmbedderForCli } from './model-option';
import { formatDocument } from './output';

export function registerAlign(program: Command, out: (text: string) => void): void {
  program
    .command('align')
    .description('segment two documents into sentences and align them')
    .option('--source <file>', 'source document (plain text, one paragraph per line)')
    .option('--target <file>', 'translated document')
    .option('--src-lang <code>', 'source language; detected when missing')
    .option('--tgt-lang <code>', 'target language; detected when missing')
    .option('--format <format>', 'jsonl, json or table')
    .option('--model <id-or-path>', 'sentence-embedding model for alignment scores')
    .option('--no-model', 'lengths and anchors only')
    .action(async (options: InputOptions & { format?: string }) => {
      const format = parseFormat(options.format, ['jsonl', 'json', 'table']);
      if (!options.source || !options.target) throw new UsageError('give --source and --target');
      const alignment = await alignDocuments(
        {
          source: await readTextDocument(options.source),
          target: await readTextDocument(options.target),
          ...(options.srcLang ? { sourceLang: options.srcLang } : {}),
          ...(options.tgtLang ? { targetLang: options.tgtLang } : {}),
        },
        await loadEmbedderForCli(options.model),
      );
      out(formatDocument(alignment, format));
    });
}
