import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

/** A sentence full of "misspellings" is in another language or full of names: the first few say enough. */
const MAX_FLAGS = 3;

export const spelling = {
  scope: 'unit',
  id: 'spelling',
  name: 'Spelling',
  category: 'Fluency/Spelling',
  severity: 'minor',
  description:
    'A target word is not in the Hunspell dictionary of the target language (Hunspell, compiled to WebAssembly, with the dictionary-<lang> packages: en — American and British —, pl, de, cs, fr, es, ru). Names, acronyms, numbers and words copied from the source are skipped.',
  appliesTo: (ctx) => ctx.spellingAvailable === true,
  run(unit): Flag[] {
    return (unit.misspellings ?? []).slice(0, MAX_FLAGS).map((m) =>
      flagFrom(spelling, {
        side: 'target',
        span: { start: m.start, end: m.end },
        message: `“${m.word}” is not in the dictionary`,
      }),
    );
  },
} satisfies UnitCheck;
