import type { ApiGlossaryTerm, GlossaryTermRequest } from '../domain/api';
import type { Repositories } from '../db/repositories';
import type { GlossaryRow } from '../db/queries/glossary';
import { type Actor, type ServiceContext, requireEditorOrLead } from './context';
import { notFound } from './errors';
import { recheckPair } from './recheck';

function apiTerm(row: GlossaryRow): ApiGlossaryTerm {
  return {
    id: row.id,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    sourceTerm: row.source_term,
    targetTerm: row.target_term,
    forbidden: row.forbidden === 1,
    note: row.note,
    createdBy: row.created_by_name ?? null,
    createdAt: row.created_at,
  };
}

export function listGlossary(repos: Repositories): ApiGlossaryTerm[] {
  return repos.glossary.all().map(apiTerm);
}

export async function addGlossaryTerms(
  ctx: ServiceContext,
  request: { sourceLang: string; targetLang: string; terms: readonly GlossaryTermRequest[] },
  actor: Actor,
): Promise<ApiGlossaryTerm[]> {
  requireEditorOrLead(actor, 'change the glossary');
  const rows = ctx.repos.db.transaction(() =>
    request.terms.map((term) =>
      ctx.repos.glossary.save({
        sourceLang: request.sourceLang,
        targetLang: request.targetLang,
        sourceTerm: term.sourceTerm.trim(),
        targetTerm: term.targetTerm.trim(),
        forbidden: term.forbidden ?? false,
        note: (term.note ?? '').trim(),
        createdBy: actor.id,
      }),
    ),
  )();
  await recheckPair(ctx, request.sourceLang, request.targetLang);
  // A new term is the actor's: no second read for its name. A term saved again keeps its first author.
  return rows.map((row) =>
    apiTerm(
      row.created_by === actor.id
        ? { ...row, created_by_name: actor.name }
        : (ctx.repos.glossary.get(row.id) ?? row),
    ),
  );
}

export async function removeGlossaryTerm(ctx: ServiceContext, id: number, actor: Actor): Promise<void> {
  requireEditorOrLead(actor, 'change the glossary');
  const row = ctx.repos.glossary.get(id);
  if (!row) throw notFound(`glossary term ${id}`);
  ctx.repos.glossary.remove(id);
  await recheckPair(ctx, row.source_lang, row.target_lang);
}
