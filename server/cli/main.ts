import { Command, CommanderError } from 'commander';
import { InputError } from '../ingest/errors';
import { LanguageCodeError } from '../text/languages';
import { UsageError } from './errors';
import { VERSION } from '../version';
import { closeCliResources } from './resources';

type Out = (text: string | Buffer) => void;

const out: Out = (text) => {
  process.stdout.write(text);
};

// `mt-review check … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Each sub-command's module, loaded only when that command runs: `check` does not pay for the web
 * server, the spreadsheet writer or the password hasher.
 */
const COMMANDS: Record<string, () => Promise<(program: Command, write: Out) => void>> = {
  serve: async () => (await import('./serve')).registerServe,
  check: async () => (await import('./check')).registerCheck,
  align: async () => (await import('./align')).registerAlign,
  eval: async () => (await import('./eval')).registerEval,
  train: async () => (await import('./train')).registerTrain,
  lexicon: async () => (await import('./lexicon')).registerLexicon,
  model: async () => (await import('./model')).registerModel,
  import: async () => (await import('./import')).registerImport,
  export: async () => (await import('./export')).registerExport,
  user: async () => (await import('./user')).registerUser,
  memory: async () => (await import('./memory')).registerMemory,
};

export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('mt-review')
    .description('Machine-translation quality review: align, flag, correct, approve and report.')
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const requested = argv[2];
  // Help and unknown commands need every command listed; a known command needs only itself.
  const names = requested !== undefined && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
  for (const name of names) {
    const register = await COMMANDS[name]?.();
    register?.(program, out);
  }
  return program;
}

/** Runs the CLI; returns the exit code: 0 ok, 1 flagged with --fail-on-flag, 2 bad input or usage. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError || error instanceof UsageError || error instanceof LanguageCodeError) {
      process.stderr.write(`mt-review: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await closeCliResources();
  }
}
