import type { Flag, GlossaryEntry } from '../domain/types';
import { fold } from '../text/normalize';
import { findTerm } from '../text/term-match';
import { indexed } from './lang/glossary-index';
import { type UnitCheck, flagFrom } from './types';

const quoted = (terms: readonly string[]): string => terms.map((term) => `“${term}”`).join(' or ');
const withNote = (message: string, entries: readonly GlossaryEntry[]): string => {
  const notes = [...new Set(entries.map((entry) => entry.note.trim()).filter((note) => note !== ''))];
  return notes.length > 0 ? `${message} (${notes.join('; ')})` : message;
};

/**
 * The approved term in place of a forbidden one, when that is certain: one approved translation, and
 * the forbidden term written as the glossary has it, not inflected ("Kijew" → "Kijów", but not
 * "Kijewie", whose ending the approved term would need in its own form). A capital stays a capital.
 */
function certainFix(written: string, forbidden: string, approved: readonly GlossaryEntry[]): string | null {
  const [only] = approved;
  if (approved.length !== 1 || !only || fold(written) !== fold(forbidden)) return null;
  const capital = written.charAt(0) !== written.charAt(0).toLowerCase();
  return capital ? only.targetTerm.charAt(0).toUpperCase() + only.targetTerm.slice(1) : only.targetTerm;
}

export const terminology = {
  scope: 'unit',
  id: 'terminology',
  name: 'Glossary term not followed',
  category: 'Terminology',
  severity: 'major',
  description:
    'The team\'s glossary for the language pair (the Glossary page, `POST /api/glossary`, or `--glossary FILE` on the command line) is not followed: the source has a term and the translation none of its approved translations, or the translation uses a rendering the glossary forbids ("Kiev" where the newsroom writes "Kyiv"). Terms are matched case aside, as whole words, with room for the endings inflecting languages add to longer words ("Radzie Bezpieczeństwa" for "Rada Bezpieczeństwa"). Runs when the pair has a glossary.',
  appliesTo: (ctx) => (ctx.glossary?.length ?? 0) > 0,
  run(unit, ctx): Flag[] {
    const { forbidden, approvedBySource } = indexed(ctx.glossary ?? []);
    const flags: Flag[] = [];
    const settled = new Set<string>();
    // A forbidden rendering first: it is the error, and the approved term's absence is the same one.
    for (const entry of forbidden) {
      const found = findTerm(unit.target, entry.targetTerm, ctx.targetLang);
      if (!found) continue;
      const approved = approvedBySource.get(entry.sourceTerm) ?? [];
      settled.add(entry.sourceTerm);
      const written = unit.target.slice(found.start, found.end);
      const fix = certainFix(written, entry.targetTerm, approved);
      flags.push(
        flagFrom(terminology, {
          side: 'target',
          span: found,
          ...(fix === null ? {} : { fix }),
          message: withNote(
            approved.length > 0
              ? `“${written}” is not to be used: the glossary has ${quoted(approved.map((e) => e.targetTerm))} for “${entry.sourceTerm}”`
              : `“${written}” is not to be used, says the glossary`,
            [entry],
          ),
        }),
      );
    }
    for (const [sourceTerm, approved] of approvedBySource) {
      if (settled.has(sourceTerm)) continue;
      const found = findTerm(unit.source, sourceTerm, ctx.sourceLang);
      if (!found) continue;
      if (approved.some((entry) => findTerm(unit.target, entry.targetTerm, ctx.targetLang))) continue;
      flags.push(
        flagFrom(terminology, {
          side: 'source',
          span: found,
          message: withNote(
            `The glossary translates “${unit.source.slice(found.start, found.end)}” as ${quoted(approved.map((e) => e.targetTerm))}, which the translation does not use`,
            approved,
          ),
        }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
