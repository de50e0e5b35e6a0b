import type { SpellingSuggestions } from '../domain/api';
import type { ServiceContext } from './context';
import { ServiceError, notFound } from './errors';

/**
 * Hunspell's corrections for the word a spelling flag marks in the translation, for the reviewer to
 * pick from beside the flag.
 */
export async function flagSuggestions(ctx: ServiceContext, flagId: number): Promise<SpellingSuggestions> {
  const flag = ctx.repos.flags.byId(flagId);
  if (!flag) throw notFound(`flag ${flagId}`);
  if (
    flag.check_id !== 'spelling' ||
    flag.side !== 'target' ||
    flag.span_start === null ||
    flag.span_end === null
  )
    throw new ServiceError(422, 'not_a_spelling_flag', `flag ${flagId} marks no misspelt word`);
  const unit = ctx.repos.units.byId(flag.unit_id);
  if (!unit) throw notFound(`unit ${flag.unit_id}`);
  const document = ctx.repos.documents.get(unit.document_id);
  if (!document) throw notFound(`document ${unit.document_id}`);
  const word = unit.target.slice(flag.span_start, flag.span_end);
  if (!ctx.spelling)
    throw new ServiceError(
      503,
      'spelling_off',
      'spelling is turned off on this server (MT_REVIEW_SPELLING=0)',
    );
  const suggestions = await ctx.spelling.suggestions(document.target_lang, word);
  return { word, suggestions: suggestions ? [...suggestions] : [] };
}
