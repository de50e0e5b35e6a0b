import { parentPort } from 'node:worker_threads';
import { spellingVariants } from '../text/spelling-variants';
import { type Speller, loadSpeller } from './hunspell';
import type { FromSpellWorker, ToSpellWorker } from './protocol';

/** Hunspell in its own thread: loading a dictionary and checking a document's words leave the server answering. */
const port = parentPort;
if (!port) throw new Error('spelling worker started outside a worker thread');

const spellers = new Map<string, Promise<Speller[] | null>>();

/** The speller of each of a language's variants (American and British English), loaded once. */
function spellersFor(lang: string): Promise<Speller[] | null> {
  let loading = spellers.get(lang);
  if (!loading) {
    loading = Promise.all(spellingVariants(lang).map(loadSpeller)).then((loaded) => {
      const found = loaded.filter((speller): speller is Speller => speller !== null);
      return found.length > 0 ? found : null;
    });
    spellers.set(lang, loading);
  }
  return loading;
}

/** How many corrections a reviewer is offered for one word. */
const MAX_SUGGESTIONS = 5;

function answer(message: ToSpellWorker, variants: readonly Speller[]): FromSpellWorker {
  if (message.type === 'check')
    return {
      type: 'checked',
      requestId: message.requestId,
      wrong: message.words.map((word) => !variants.some((speller) => speller.correct(word))),
    };
  // A word one variant knows ("colour" in British English) needs no correction.
  const known = variants.some((speller) => speller.correct(message.word));
  const suggestions = known ? [] : [...new Set(variants.flatMap((speller) => speller.suggest(message.word)))];
  return {
    type: 'suggested',
    requestId: message.requestId,
    suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
  };
}

port.on('message', (message: ToSpellWorker) => {
  const unavailable = (reason: string): FromSpellWorker => ({
    type: 'unavailable',
    requestId: message.requestId,
    reason,
  });
  spellersFor(message.lang).then(
    (variants) =>
      port.postMessage(
        variants ? answer(message, variants) : unavailable(`no dictionary for "${message.lang}"`),
      ),
    (failure: unknown) =>
      port.postMessage(unavailable(`the ${message.lang} dictionary could not be loaded: ${String(failure)}`)),
  );
});
