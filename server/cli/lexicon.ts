import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Command } from 'commander';
import { learnBilingualLexicon } from '../bilingual/learn';
import { LEXICONS_DIR, type BilingualLexiconFile } from '../bilingual/lexicon';
import { loadPairsFile } from '../ingest/index';
import { normalizeLanguage } from '../text/languages';
import { UsageError } from './errors';
import { languagesFromFileName } from './labeled';

/** The one language pair all the files are in: flags first, then each file's header or name. */
function commonPair(
  files: { path: string; sourceLang?: string; targetLang?: string }[],
  flags: { srcLang?: string; tgtLang?: string },
): { source: string; target: string } {
  const pairs = new Set(
    files.map((file) => {
      const fromName = languagesFromFileName(file.path);
      const source = flags.srcLang ?? file.sourceLang ?? fromName.sourceLang;
      const target = flags.tgtLang ?? file.targetLang ?? fromName.targetLang;
      if (source === undefined || target === undefined)
        throw new UsageError(
          `${file.path}: give --src-lang and --tgt-lang (the file does not say its languages)`,
        );
      return `${normalizeLanguage(source)}-${normalizeLanguage(target)}`;
    }),
  );
  if (pairs.size !== 1)
    throw new UsageError(`the files are in different language pairs: ${[...pairs].join(', ')}`);
  const [source = '', target = ''] = [...pairs][0]?.split('-') ?? [];
  return { source, target };
}

export function registerLexicon(program: Command, out: (text: string) => void): void {
  program
    .command('lexicon')
    .description(
      'learn which words translate which from parallel pairs files (IBM Model 1, both directions); the aligner and the segmentation check use it for that language pair',
    )
    .requiredOption('--pairs <files...>', 'pairs files in one language pair (source and target columns)')
    .option('--src-lang <code>', 'source language (default: from the file)')
    .option('--tgt-lang <code>', 'target language (default: from the file)')
    .option('--out <file>', 'where to write it (default: the lexicon directory, as SRC-TGT.json)')
    .action(async (options: { pairs: string[]; srcLang?: string; tgtLang?: string; out?: string }) => {
      const files = await Promise.all(
        options.pairs.map(async (path) => ({ path, ...(await loadPairsFile(path)) })),
      );
      const languages = commonPair(files, options);
      const rows = files.flatMap((file) => file.pairs);
      if (rows.length === 0) throw new UsageError('the files hold no sentence pairs');
      const entries = learnBilingualLexicon(rows, languages);
      // An empty lexicon would only replace a useful one: nothing is written.
      if (Object.keys(entries).length === 0)
        throw new UsageError(
          `learned no word pair from ${rows.length} sentence pairs: a word must be seen with its translation in 3 pairs or more (thousands of pairs make a useful lexicon); nothing written`,
        );
      const lexicon: BilingualLexiconFile = {
        description:
          'Translation lexicon learned by `mt-review lexicon`: source word stem → the target stems both IBM Model 1 directions agree translate it.',
        source: languages.source,
        target: languages.target,
        trainedOn: options.pairs.map((path) => basename(path)),
        sentencePairs: rows.length,
        entries,
      };
      const path =
        options.out ?? new URL(`${languages.source}-${languages.target}.json`, LEXICONS_DIR).pathname;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(lexicon)}\n`);
      out(
        `learned ${Object.keys(lexicon.entries).length} source words from ${rows.length} pairs (${languages.source} → ${languages.target}) → ${path}\n`,
      );
    });
}
