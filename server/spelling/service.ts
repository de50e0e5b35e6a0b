import { Worker } from 'node:worker_threads';
import { dictionaryFiles } from '../text/lexicon';
import type { FromSpellWorker, ToSpellWorker } from './protocol';

/** Languages with a dictionary-<lang> package installed (checked once per language). */
const installed = new Map<string, boolean>();
export function hasDictionary(lang: string): boolean {
  if (!installed.has(lang)) installed.set(lang, /^[a-z]{2}$/.test(lang) && dictionaryFiles(lang) !== null);
  return installed.get(lang) ?? false;
}

/**
 * Asks a worker which words are misspelled; remembers the answers, so a re-check after an edit
 * asks only about new words.
 */
export class SpellingService {
  private worker: Worker | null = null;
  private nextRequestId = 1;
  private readonly pending = new Map<number, (reply: FromSpellWorker | null) => void>();
  private readonly verdicts = new Map<string, Map<string, boolean>>();
  private readonly corrections = new Map<string, Map<string, readonly string[]>>();

  /** The misspelled words among `words`, or null when the language has no dictionary. */
  async misspelled(lang: string, words: readonly string[]): Promise<Set<string> | null> {
    if (!hasDictionary(lang)) return null;
    const known = this.verdicts.get(lang) ?? new Map<string, boolean>();
    this.verdicts.set(lang, known);
    const unknown = [...new Set(words)].filter((w) => !known.has(w));
    if (unknown.length > 0) {
      const reply = await this.ask({ type: 'check', requestId: 0, lang, words: unknown });
      if (reply?.type !== 'checked') return null;
      unknown.forEach((word, k) => known.set(word, reply.wrong[k] ?? false));
    }
    return new Set(words.filter((w) => known.get(w)));
  }

  /**
   * Hunspell's corrections for a word (none for a word the dictionary knows), or null when the
   * language has no dictionary. Asked only when a reviewer asks: a suggestion takes Hunspell tens to
   * hundreds of milliseconds, too long to make for every unknown word of a document.
   */
  async suggestions(lang: string, word: string): Promise<readonly string[] | null> {
    if (!hasDictionary(lang)) return null;
    const cached = this.corrections.get(lang)?.get(word);
    if (cached) return cached;
    const reply = await this.ask({ type: 'suggest', requestId: 0, lang, word });
    if (reply?.type !== 'suggested') return null;
    const forLanguage = this.corrections.get(lang) ?? new Map<string, readonly string[]>();
    forLanguage.set(word, reply.suggestions);
    this.corrections.set(lang, forLanguage);
    return reply.suggestions;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
    if (worker) await worker.terminate();
  }

  private ask(request: ToSpellWorker): Promise<FromSpellWorker | null> {
    const worker = this.start();
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      worker.postMessage({ ...request, requestId } satisfies ToSpellWorker);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    worker.on('message', (message: FromSpellWorker) => {
      const resolve = this.pending.get(message.requestId);
      this.pending.delete(message.requestId);
      resolve?.(message);
    });
    const failAll = (): void => {
      for (const resolve of this.pending.values()) resolve(null);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', failAll);
    worker.on('exit', failAll);
    this.worker = worker;
    return worker;
  }
}
