import { basename } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readFileBytes } from '../ingest/index';
import { normalizeLanguage } from '../text/languages';
import { exportMemory } from '../memory/export';
import { importMemory, listMemories, removeMemory } from '../memory/imports';
import { ServiceError } from '../review/errors';
import { openCliDatabase } from './database';
import { UsageError } from './errors';
import { loadEmbedderForCli } from './model-option';

const DB_OPTION = ['--db <path>', 'database file (default: MT_REVIEW_DB or ./data/mt-review.db)'] as const;

/** A service's refusal ("holds no en → fr sentence pairs") is a usage error on the command line: exit 2. */
async function asUsage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ServiceError) throw new UsageError(error.message);
    throw error;
  }
}

function pairOf(options: { srcLang: string; tgtLang: string }): { sourceLang: string; targetLang: string } {
  return { sourceLang: normalizeLanguage(options.srcLang), targetLang: normalizeLanguage(options.tgtLang) };
}

export function registerMemory(program: Command, out: (text: string) => void): void {
  const memory = program
    .command('memory')
    .description(
      "the team's translation memory: import a TMX the team had, list, remove, export the approved",
    );
  memory
    .command('import <file>')
    .description('import a TMX (or any aligned file) as approved translations of a language pair')
    .requiredOption('--src-lang <code>', 'source language')
    .requiredOption('--tgt-lang <code>', 'target language')
    .option(...DB_OPTION)
    .option('--model <id-or-path>', 'sentence-embedding model for re-checking the pair’s documents')
    .option('--no-model', 'heuristics only')
    .action(
      async (
        file: string,
        options: { srcLang: string; tgtLang: string; db?: string; model?: string | boolean },
      ) => {
        const { sourceLang, targetLang } = pairOf(options);
        const { ctx } = openCliDatabase(options.db);
        const service = { ...ctx, embedder: await loadEmbedderForCli(options.model) };
        const added = await asUsage(() =>
          importMemory(
            service,
            { bytes: readFileBytes(file), fileName: basename(file), sourceLang, targetLang },
            null,
          ),
        );
        out(
          `imported ${added.entries} ${sourceLang} → ${targetLang} sentence pairs from ${added.title} as translation memory ${added.id}\n`,
        );
      },
    );
  memory
    .command('list')
    .description('the imported translation memories, one per line: id, pair, sentence pairs, file')
    .option(...DB_OPTION)
    .action((options: { db?: string }) => {
      const { ctx } = openCliDatabase(options.db);
      for (const m of listMemories(ctx))
        out(`${m.id}\t${m.sourceLang}-${m.targetLang}\t${m.entries}\t${m.title}\n`);
    });
  memory
    .command('remove <id>')
    .description('remove an imported translation memory')
    .option(...DB_OPTION)
    .option('--model <id-or-path>', 'sentence-embedding model for re-checking the pair’s documents')
    .option('--no-model', 'heuristics only')
    .action(async (id: string, options: { db?: string; model?: string | boolean }) => {
      const number = Number(id);
      if (!Number.isInteger(number) || number <= 0)
        throw new UsageError(`not a translation memory id: "${id}"`);
      const { ctx } = openCliDatabase(options.db);
      const service = { ...ctx, embedder: await loadEmbedderForCli(options.model) };
      await asUsage(() => removeMemory(service, number, null));
      out(`removed translation memory ${number}\n`);
    });
  memory
    .command('export')
    .description("every approved translation of a language pair, the team's and the imported, as TMX 1.4")
    .requiredOption('--src-lang <code>', 'source language')
    .requiredOption('--tgt-lang <code>', 'target language')
    .option('--out <file>', 'write here instead of standard output')
    .option(...DB_OPTION)
    .action((options: { srcLang: string; tgtLang: string; out?: string; db?: string }) => {
      const { sourceLang, targetLang } = pairOf(options);
      const { ctx } = openCliDatabase(options.db);
      const file = exportMemory(ctx.repos, sourceLang, targetLang);
      if (options.out) writeFileSync(options.out, file.body);
      else out(String(file.body));
    });
}
