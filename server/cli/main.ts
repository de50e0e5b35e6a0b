import { Command, CommanderError } from 'commander';
import { InputError } from '../ingest/errors';
import { LanguageCodeError } from '../text/languages';
import { registerAlign } from './align';
import { registerCheck } from './check';
import { UsageError } from './errors';
import { registerEval } from './eval';
import { registerExport } from './export';
import { registerImport } from './import';
import { registerUser } from './user';
import { registerModel } from './model';
import { registerServe } from './serve';
import { closeCliResources } from './resources';
import { registerTrain } from './train';

const out = (text: string | Buffer): void => {
  process.stdout.write(text);
};

export function buildProgram(): Command {
  const program = new Command('mt-review')
    .description('Machine-translation quality review: align, flag, correct, approve and report.')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerServe(program);
  registerCheck(program, out);
  registerAlign(program, out);
  registerEval(program, out);
  registerTrain(program, out);
  registerModel(program, out);
  registerImport(program, out);
  registerExport(program, out);
  registerUser(program, out);
  return program;
}

/** Runs the CLI; returns the exit code: 0 ok, 1 flagged with --fail-on-flag, 2 bad input or usage. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
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
