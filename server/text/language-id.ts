import { Worker } from 'node:worker_threads';

/**
 * Which language a sentence is in, for telling an off-target translation (Spanish where French was
 * asked for, Slovak for Czech) from the language asked for. franc needs long stretches of text; ELD's
 * n-gram tables tell Romance, Germanic and Slavic languages apart on one sentence (98 % of the fixture
 * sentences of 6–11 words against franc's 67 %). Its smallest table takes about 0.25 s to load, so it
 * is asked only about targets that show signs of another language (function-words.ts).
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

function runningWorker(): Worker {
  worker ??= startWorker();
  return worker;
}

/** Starts the worker unless it runs already: it loads ELD's tables while the caller goes on. */
export function startLanguageIdentification(): void {
  runningWorker();
}

/**
 * ELD's scores for each text, from a worker thread that keeps its tables out of the analysis thread's
 * heap; null when the worker could not answer. The worker stays for the next call but does not hold
 * the process open.
 */
export function identifyLanguages(texts: readonly string[]): Promise<LanguageScores[] | null> {
  const thread = runningWorker();
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

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Spanish (es)": how a reviewer is told which language a sentence reads as. */
export function languageName(code: string): string {
  const name = languageNames.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
