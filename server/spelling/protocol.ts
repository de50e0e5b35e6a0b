/** Messages between the spelling service (main thread) and its worker. */
export type ToSpellWorker = { type: 'check'; requestId: number; lang: string; words: string[] };

export type FromSpellWorker =
  | { type: 'checked'; requestId: number; wrong: boolean[] }
  | { type: 'unavailable'; requestId: number; reason: string };
