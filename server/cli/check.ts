import type { Command } from 'commander';
import { analyze, analyzePairs } from '../analysis/analyze';
import type { AnalyzedDocument } from '../domain/types';
import { loadGlossaryFile } from '../ingest/glossary';
import { loadPairsFile, readTextDocument } from '../ingest/index';
import { loadMemoryFile } from '../ingest/memory';
import { memoryFromPairs } from '../memory/translation-memory';
import { loadEmbedderForCli, spellingForCli } from './model-option';
import { type UnitFormat, formatDocument, isUnitFormat } from './output';
import { UsageError } from './errors';

export interface InputOptions {
  source?: string;
  target?: string;
  pairs?: string;
  srcLang?: string;
  tgtLang?: string;
  model?: string | boolean;
  spelling?: boolean;
  glossary?: string;
  memory?: string;
}

export function parseFormat(value: string | undefined, allowed: readonly UnitFormat[]): UnitFormat {
  const format = value ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  if (!isUnitFormat(format) || !allowed.includes(format)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${format}")`);
  }
  return format;
}

/** Reads --source/--target or --pairs and runs the shared pipeline. */
export async function analyzeFromOptions(
  options: InputOptions,
  threshold?: number,
): Promise<AnalyzedDocument> {
  const embedder = await loadEmbedderForCli(options.model);
  const glossary = options.glossary ? await loadGlossaryFile(options.glossary) : [];
  const memory = options.memory ? await loadMemoryFile(options.memory) : null;
  const common = {
    embedder,
    spelling: spellingForCli(options.spelling),
    glossary,
    ...(memory === null
      ? {}
      : {
          memory: (sourceLang: string, targetLang: string) => memoryFromPairs(memory(sourceLang, targetLang)),
        }),
    ...(threshold === undefined ? {} : { threshold }),
  };
  if (options.pairs) {
    if (options.source || options.target)
      throw new UsageError('use either --pairs or --source with --target, not both');
    const file = await loadPairsFile(options.pairs);
    return analyzePairs(
      file.pairs,
      { sourceLang: options.srcLang ?? file.sourceLang, targetLang: options.tgtLang ?? file.targetLang },
      common,
    );
  }
  if (!options.source || !options.target) throw new UsageError('give --source and --target, or --pairs');
  return analyze(
    {
      source: await readTextDocument(options.source),
      target: await readTextDocument(options.target),
      ...(options.srcLang ? { sourceLang: options.srcLang } : {}),
      ...(options.tgtLang ? { targetLang: options.tgtLang } : {}),
    },
    common,
  );
}

export function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    throw new UsageError(`--threshold must be a number from 0 to 1 (got "${value}")`);
  return threshold;
}

export function addInputOptions(command: Command): Command {
  return command
    .option('--source <file>', 'source document (plain text, one paragraph per line)')
    .option('--target <file>', 'machine-translated document')
    .option(
      '--pairs <file>',
      'aligned pairs: .tsv, .csv, .xlsx, .jsonl, .xliff/.xlf/.sdlxliff/.mqxliff or .tmx',
    )
    .option('--src-lang <code>', 'source language (ISO 639-1 or 639-3); detected when missing')
    .option('--tgt-lang <code>', 'target language; detected when missing')
    .option('--model <id-or-path>', 'sentence-embedding model id or local folder')
    .option('--no-model', 'heuristics only')
    .option('--spelling', 'check spelling with Hunspell dictionaries')
    .option(
      '--glossary <file>',
      'approved (and forbidden) translations of terms: a TBX termbase, or a table with source, target[, forbidden, note] columns',
    )
    .option(
      '--memory <file>',
      'approved translations of whole sentences (a TMX, or any aligned file): a sentence translated otherwise is flagged, with the approved translation as its fix',
    );
}

export function registerCheck(program: Command, out: (text: string) => void): void {
  addInputOptions(program.command('check').description('flag suspicious translations'))
    .option('--format <format>', 'jsonl, json, csv or table (table on a terminal, jsonl otherwise)')
    .option('--threshold <x>', 'risk at or above this is flagged')
    .option('--fail-on-flag', 'exit with code 1 when anything is flagged')
    .action(async (options: InputOptions & { format?: string; threshold?: string; failOnFlag?: boolean }) => {
      const format = parseFormat(options.format, ['jsonl', 'json', 'csv', 'table']);
      const doc = await analyzeFromOptions(options, parseThreshold(options.threshold));
      out(formatDocument(doc, format));
      if (doc.sourceLang.detected || doc.targetLang.detected) {
        process.stderr.write(
          `languages: ${doc.sourceLang.code}${doc.sourceLang.detected ? ' (detected)' : ''} → ${doc.targetLang.code}${doc.targetLang.detected ? ' (detected)' : ''}\n`,
        );
      }
      if (options.failOnFlag && doc.units.some((u) => u.flagged)) process.exitCode = 1;
    });
}
