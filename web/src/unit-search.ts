import type { ApiFlag, ApiUnit } from '../../server/domain/api';
import { alikeKey } from '../../server/domain/flag-alike';
import { foldText } from '../../server/domain/fold';

/** Lower case without accents: a reviewer typing "zadania" looks for "Żądania" too, "lodz" for "Łódź". */
const folded = foldText;

/**
 * Whether the unit's source, its translation as it stands, or the machine's original translation holds
 * the words looked for (case and accents aside); an empty query holds everywhere.
 */
export function containsText(unit: ApiUnit, query: string): boolean {
  return anyHolds([unit.source, unit.target, unit.targetMt], query);
}

/** Whether one of the texts holds the words looked for, case and accents aside; an empty query holds everywhere. */
export function anyHolds(texts: readonly string[], query: string): boolean {
  const wanted = folded(query.trim());
  if (wanted === '') return true;
  return texts.some((text) => folded(text).includes(wanted));
}

/** A finding that stands: not dismissed, and not an error the translation has been mended of. */
export function isFinding(flag: ApiFlag): boolean {
  return flag.decision !== 'dismissed' && !flag.resolved;
}

/** Whether a finding of `check` that no one has dismissed stands on the unit; 'any' matches every unit. */
export function hasFindingOf(unit: ApiUnit, check: string): boolean {
  return check === 'any' || unit.flags.some((flag) => flag.check === check && isFinding(flag));
}

/** The checks with a finding not dismissed in the document, most units first, each with how many units it is on. */
export function checksFound(units: readonly ApiUnit[]): { check: string; units: number }[] {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const checks = new Set(unit.flags.filter(isFinding).map((f) => f.check));
    for (const check of checks) counts.set(check, (counts.get(check) ?? 0) + 1);
  }
  return [...counts]
    .map(([check, count]) => ({ check, units: count }))
    .sort((a, b) => b.units - a.units || a.check.localeCompare(b.check));
}

/** What makes flags alike, as the server reads it for one decision on all of them (server/domain/flag-alike.ts). */
export const flagKey = (unit: ApiUnit, flag: ApiFlag): string => alikeKey(flag, unit);

/** How many open flags of the document each kind of flag (flagKey) has. */
export function openFlagsAlike(units: readonly ApiUnit[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const unit of units)
    for (const flag of unit.flags)
      if (flag.decision === 'open' && !flag.resolved)
        counts.set(flagKey(unit, flag), (counts.get(flagKey(unit, flag)) ?? 0) + 1);
  return counts;
}
