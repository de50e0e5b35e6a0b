import type { Flag } from '../domain/types';
import { searchable } from '../text/normalize';
import { type UnitCheck, flagFrom } from './types';

const same = (a: string, b: string): boolean => searchable(a) === searchable(b);
const shortened = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

export const translationMemory = {
  scope: 'unit',
  id: 'translation-memory',
  name: 'Approved translation not used',
  category: 'Terminology',
  severity: 'minor',
  description:
    "The team approved a translation of this very sentence before (in another document, or in the TMX given with `check --memory FILE`), and the machine translated it otherwise: news repeats its background paragraphs, and a story's second day should read as its first did. The approved translation is offered as the fix when there is one; the flag says where it was approved. Sentences are matched case, accents and spacing aside.",
  appliesTo: (ctx) => ctx.memory !== undefined && ctx.memory !== null,
  run(unit, ctx): Flag[] {
    if (!ctx.memory || unit.source.trim() === '' || unit.target.trim() === '') return [];
    const approved = ctx.memory(unit.source);
    if (approved.length === 0 || approved.some((entry) => same(entry.target, unit.target))) return [];
    const translations = [...new Map(approved.map((entry) => [searchable(entry.target), entry])).values()];
    const [first] = translations;
    if (!first) return [];
    const others = translations.length - 1;
    return [
      flagFrom(translationMemory, {
        side: 'target',
        span: { start: 0, end: unit.target.length },
        // One approved translation is the mend; two that disagree leave the choice to the reviewer.
        ...(others === 0 ? { fix: first.target } : {}),
        message:
          others === 0
            ? `The team approved another translation of this sentence (${first.origin}): “${shortened(first.target)}”`
            : `The team approved ${translations.length} other translations of this sentence (${translations.map((t) => t.origin).join('; ')})`,
      }),
    ];
  },
} satisfies UnitCheck;
