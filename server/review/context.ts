import type { Repositories } from '../db/repositories';
import type { Role } from '../domain/types';
import type { Embedder } from '../model/types';

/** What every review service needs: the tables and, when loaded, the model. */
export interface ServiceContext {
  repos: Repositories;
  embedder: Embedder | null;
}

export interface Actor {
  id: number;
  name: string;
  role: Role;
}
