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

/** What a reviewer wrote (an annotation, a comment) is theirs to take back, and a QA lead's, who answers for the report. */
export function requireAuthorOrLead(authorId: number, actor: Actor, what: string): void {
  if (authorId !== actor.id && actor.role !== 'qa_lead')
    throw new ServiceError(403, 'forbidden', `only its author or a QA lead can remove ${what}`);
}
