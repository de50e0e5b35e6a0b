import type { Repositories } from '../db/repositories';
import type { Role } from '../domain/types';
import type { Embedder } from '../model/types';
import type { SpellingService } from '../spelling/service';

/** What every review service needs: the tables and, when loaded, the model. */
export interface ServiceContext {
  repos: Repositories;
  embedder: Embedder | null;
  /** Dictionary look-ups for the spelling check; null turns it off. */
  spelling?: SpellingService | null;
}

export interface Actor {
  id: number;
  name: string;
  role: Role;
}
