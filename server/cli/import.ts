import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { loadPairsFile, readDocumentFile, readFileBytes, readTextDocument } from '../ingest/index';
import { importDocument, importPairs } from '../review/import';
import { openCliDatabase } from './database';
import { UsageError } from './errors';
import { loadEmbedderForCli, spellingForCli } from './model-option';

export function registerImport(program: Command, out: (text: string) => void): void {
  program
    .command('import')
    .description('analyse a document pair (or a pairs, XLIFF or TMX file) and store it for review')
    .option('--source <file>', 'source document')
    .option('--target <file>', 'machine-translated document')
    .option(
      '--pairs <file>',
      'aligned pairs: .tsv, .csv, .xlsx, .jsonl, .xliff/.xlf/.sdlxliff/.mqxliff or .tmx',
    )
    .option('--title <title>', 'document title (default: the file name)')
    .option('--src-lang <code>', 'source language; detected when missing')
    .option('--tgt-lang <code>', 'target language; detected when missing')
    .option('--db <path>', 'database file (default: MT_REVIEW_DB or ./data/mt-review.db)')
    .option('--model <id-or-path>', 'sentence-embedding model')
    .option('--no-model', 'heuristics only')
    .option('--spelling', 'check spelling with Hunspell dictionaries')
    .action(
      async (options: {
        source?: string;
        target?: string;
        pairs?: string;
        title?: string;
        srcLang?: string;
        tgtLang?: string;
        db?: string;
        model?: string | boolean;
        spelling?: boolean;
      }) => {
        const langs = { sourceLang: options.srcLang, targetLang: options.tgtLang };
        let id: number;
        if (options.pairs) {
          const file = await loadPairsFile(options.pairs);
          if (file.pairs.length === 0) throw new UsageError(`${options.pairs}: no segments to import`);
          const { ctx } = openCliDatabase(options.db);
          const service = {
            ...ctx,
            embedder: await loadEmbedderForCli(options.model),
            spelling: spellingForCli(options.spelling),
          };
          id = await importPairs(
            service,
            {
              title: options.title ?? basename(options.pairs, extname(options.pairs)),
              sourceLang: langs.sourceLang ?? file.sourceLang,
              targetLang: langs.targetLang ?? file.targetLang,
              pairs: file.pairs,
              ...(file.original ? { original: file.original } : {}),
            },
            null,
          );
        } else {
          if (!options.source || !options.target)
            throw new UsageError('give --source and --target, or --pairs');
          const source = await readTextDocument(options.source);
          const target = await readDocumentFile(readFileBytes(options.target), options.target);
          const { ctx } = openCliDatabase(options.db);
          const service = {
            ...ctx,
            embedder: await loadEmbedderForCli(options.model),
            spelling: spellingForCli(options.spelling),
          };
          id = await importDocument(
            service,
            {
              title: options.title ?? basename(options.target, extname(options.target)),
              ...langs,
              source,
              target: target.text,
              ...(target.word ? { word: target.word } : {}),
            },
            null,
          );
        }
        out(`imported document ${id}\n`);
      },
    );
}
