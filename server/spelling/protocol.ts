/** Messages between the spelling service (main thread) and its worker. */
export type ToSpellWorker =
  | { type: 'check'; requestId: number; lang: string; words: string[] }
  | { type: 'suggest'; requestId: number; lang: string; word: string };

export type FromSpellWorker =
  | { type: 'checked'; requestId: number; wrong: boolean[] }
  | { type: 'suggested'; requestId: number; suggestions: string[] }
  | { type: 'unavailable'; requestId: number; reason: string };
