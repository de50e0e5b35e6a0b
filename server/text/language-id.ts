import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { scriptsOf } from './scripts';

/**
 * Which language a sentence is in, for telling an off-target translation (Spanish where French was
 * asked for, Slovak for Czech) from the language asked for. franc needs long stretches of text; ELD's
 * n-gram tables tell Romance, Germanic and Slavic languages apart on one sentence (98 % of the fixture
 * sentences of 6–11 words against franc's 67 %). Its smallest table takes about 0.25 s to load, so it
 * is asked only about targets that show signs of another language (looksLikeAnotherLanguage).
 */
export type LanguageScores = Readonly<Record<string, number>>;

/** ELD in this thread: for tests and tools that identify many texts; the pipeline uses identifyLanguages. */
export async function loadLanguageIdentifier(): Promise<(text: string) => LanguageScores> {
  const { eld } = await import('eld/extrasmall');
  return (text) => eld.detect(text).getScores();
}

interface Reply {
  requestId: number;
  scores: LanguageScores[];
}

function isReply(message: unknown): message is Reply {
  return (
    typeof message === 'object' &&
    message !== null &&
    'requestId' in message &&
    typeof message.requestId === 'number' &&
    'scores' in message &&
    Array.isArray(message.scores)
  );
}

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, (scores: LanguageScores[] | null) => void>();

function startWorker(): Worker {
  const started = new Worker(new URL('./language-id-worker.mjs', import.meta.url));
  // It holds the process open only while a request waits for it.
  started.unref();
  started.on('message', (message: unknown) => {
    if (!isReply(message)) return;
    pending.get(message.requestId)?.(message.scores);
    pending.delete(message.requestId);
    if (pending.size === 0) started.unref();
  });
  const failAll = (): void => {
    if (worker === started) worker = null;
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };
  started.on('error', failAll);
  started.on('exit', failAll);
  return started;
}

/** Starts the worker (it loads ELD's tables in the background) unless it runs already. */
export function startLanguageIdentification(): Worker {
  worker ??= startWorker();
  return worker;
}

/**
 * ELD's scores for each text, from a worker thread that keeps its tables out of the analysis thread's
 * heap; null when the worker could not answer. The worker stays for the next call but does not hold
 * the process open.
 */
export function identifyLanguages(texts: readonly string[]): Promise<LanguageScores[] | null> {
  const thread = startLanguageIdentification();
  const requestId = nextRequestId++;
  thread.ref();
  return new Promise((resolve) => {
    pending.set(requestId, resolve);
    thread.postMessage({ requestId, texts });
  });
}

/** ELD's languages (ISO 639-1): it says nothing about the others (Indonesian, Nepali, Sinhala, …). */
export const IDENTIFIABLE = new Set(
  'am ar az be bg bn ca cs da de el en es et eu fa fi fr gu he hi hr hu hy is it ja ka kn ko ku lo lt lv ml mr ms nl no or pa pl pt ro ru sk sl sq sr sv ta te th tl tr uk ur vi yo zh'.split(
    ' ',
  ),
);

type WordLists = Readonly<Record<string, readonly string[]>>;

function isWordLists(value: unknown): value is WordLists {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((list) => Array.isArray(list) && list.every((w) => typeof w === 'string'))
  );
}

let functionWords: WordLists | null = null;

/**
 * stopwords-iso's function words by ISO 639-1 code. A JSON package: required rather than imported,
 * since an import of JSON needs an attribute that the CLI's bundler drops.
 */
function functionWordLists(): WordLists {
  if (!functionWords) {
    const lists: unknown = createRequire(import.meta.url)('stopwords-iso');
    if (!isWordLists(lists)) throw new Error('stopwords-iso: expected lists of words by language');
    functionWords = lists;
  }
  return functionWords;
}

/** Languages that share a script with `lang`: the ones a sentence in that script could be mistaken for. */
function sameScriptLanguages(lang: string): string[] {
  const scripts = scriptsOf(lang);
  if (!scripts) return [];
  return [...IDENTIFIABLE].filter((other) => {
    const theirs = scriptsOf(other);
    return theirs !== null && [...theirs].some((script) => scripts.has(script));
  });
}

/**
 * For each function word of a script group, the languages that list it: "les" and "dans" only French,
 * "de" and "la" half the Romance languages.
 */
const listersByLanguage = new Map<string, ReadonlyMap<string, readonly string[]>>();

function functionWordListers(lang: string): ReadonlyMap<string, readonly string[]> {
  let listers = listersByLanguage.get(lang);
  if (!listers) {
    const byWord = new Map<string, string[]>();
    for (const member of sameScriptLanguages(lang))
      for (const word of functionWordLists()[member] ?? [])
        byWord.set(word, [...(byWord.get(word) ?? []), member]);
    listers = byWord;
    listersByLanguage.set(lang, listers);
  }
  return listers;
}

/**
 * Whether lower-case word types (each once) look like another language than `expected`: for some language of the
 * same script, more of its function words that the expected language does not use than the other way
 * round, and fewer than two of the latter. Cheap, and true for one clean sentence in twenty or fewer,
 * so that the n-gram identification runs on few.
 */
export function looksLikeAnotherLanguage(lowerWordTypes: Iterable<string>, expected: string): boolean {
  const listers = functionWordListers(expected);
  let expectedWords = 0;
  /** Per language: its function words here that the expected language lacks, and the expected language's it shares. */
  const theirs = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const word of lowerWordTypes) {
    const languages = listers.get(word);
    if (!languages) continue;
    const expectedToo = languages.includes(expected);
    if (expectedToo) expectedWords++;
    for (const language of languages) {
      if (language === expected) continue;
      const counts = expectedToo ? shared : theirs;
      counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  for (const [language, count] of theirs) {
    const ownAgainstIt = expectedWords - (shared.get(language) ?? 0);
    if (ownAgainstIt < 2 && count > ownAgainstIt) return true;
  }
  return false;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Spanish (es)": how a reviewer is told which language a sentence reads as. */
export function languageName(code: string): string {
  const name = languageNames.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
