import type { Repositories } from '../db/repositories';
import type { Role } from '../domain/types';
import type { Embedder } from '../model/types';
import type { SpellingService } from '../spelling/service';
import { ServiceError } from './errors';

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

/**
 * Editors and QA leads decide what the team works with — glossary, memories, which documents, who has
 * them; translators do not. `null` is the command line, run by whoever runs the server.
 */
export function requireEditorOrLead(actor: Actor | null, doing: string): void {
  if (actor?.role === 'translator')
    throw new ServiceError(403, 'forbidden', `only an editor or a QA lead can ${doing}`);
}
