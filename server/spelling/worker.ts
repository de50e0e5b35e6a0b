import { parentPort } from 'node:worker_threads';
import nspell from 'nspell';
import { spellerFiles } from './dictionary';
import { spellingVariants } from '../text/spelling-variants';
import type { FromSpellWorker, ToSpellWorker } from './protocol';

/**
 * Hunspell dictionaries through nspell, in their own thread: building the Polish or Czech speller
 * takes seconds, and the server keeps answering meanwhile.
 */
const port = parentPort;
if (!port) throw new Error('spelling worker started outside a worker thread');

type Speller = ReturnType<typeof nspell>;

const spellers = new Map<string, Speller[] | null>();

function spellersFor(lang: string): Speller[] | null {
  if (!spellers.has(lang)) {
    const loaded = spellingVariants(lang).flatMap((variant) => {
      const files = spellerFiles(variant);
      return files ? [nspell(files)] : [];
    });
    spellers.set(lang, loaded.length > 0 ? loaded : null);
  }
  return spellers.get(lang) ?? null;
}

port.on('message', (message: ToSpellWorker) => {
  const variants = spellersFor(message.lang);
  const reply: FromSpellWorker = variants
    ? {
        type: 'checked',
        requestId: message.requestId,
        wrong: message.words.map((word) => !variants.some((speller) => speller.correct(word))),
      }
    : { type: 'unavailable', requestId: message.requestId, reason: `no dictionary for "${message.lang}"` };
  port.postMessage(reply);
});
