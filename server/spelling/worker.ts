import { parentPort } from 'node:worker_threads';
import nspell from 'nspell';
import { dictionaryFiles } from '../text/lexicon';
import type { FromSpellWorker, ToSpellWorker } from './protocol';

/**
 * Hunspell dictionaries through nspell, in their own thread: building the Polish or Czech speller
 * takes seconds, and the server keeps answering meanwhile.
 */
const port = parentPort;
if (!port) throw new Error('spelling worker started outside a worker thread');

const spellers = new Map<string, ReturnType<typeof nspell> | null>();

function spellerFor(lang: string): ReturnType<typeof nspell> | null {
  if (!spellers.has(lang)) {
    const files = dictionaryFiles(lang);
    spellers.set(lang, files ? nspell(files) : null);
  }
  return spellers.get(lang) ?? null;
}

port.on('message', (message: ToSpellWorker) => {
  const speller = spellerFor(message.lang);
  const reply: FromSpellWorker = speller
    ? {
        type: 'checked',
        requestId: message.requestId,
        wrong: message.words.map((word) => !speller.correct(word)),
      }
    : { type: 'unavailable', requestId: message.requestId, reason: `no dictionary for "${message.lang}"` };
  port.postMessage(reply);
});
