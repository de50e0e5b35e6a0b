import type { Flag, Severity } from '../domain/types';
import { CHECKS } from './index';
import type { Check, CheckContext, CheckUnit } from './types';

export interface RunnerOptions {
  /** Only these checks run (all when absent). */
  enabled?: readonly string[];
  disabled?: readonly string[];
  severityOverrides?: Readonly<Record<string, Severity>>;
  checks?: readonly Check[];
  /**
   * Called after the unit checks have run on units [from, to): work on the same sentences done
   * here finds them still in the per-sentence memos.
   */
  afterBlock?: (from: number, to: number) => void;
}

export interface RunnerResult {
  flags: Flag[][];
  ran: string[];
  skipped: string[];
  /** Milliseconds spent in each check, summed over units. */
  timings: Record<string, number>;
}

/** Whether the options let the check run (its language pair may still rule it out). */
export function isSelected(check: Check, options: RunnerOptions): boolean {
  if (options.enabled && !options.enabled.includes(check.id)) return false;
  return !options.disabled?.includes(check.id);
}

/**
 * Unit checks run over blocks of this many units, every check on one block before the next: the
 * per-sentence memos (tokens, names) then still hold a block's sentences when the next check asks.
 */
const BLOCK = 500;

/** Runs the registry over the units: selection, applicability, severity overrides and timing live here, once. */
export function runChecks(
  units: readonly CheckUnit[],
  ctx: CheckContext,
  options: RunnerOptions = {},
): RunnerResult {
  const flags: Flag[][] = units.map(() => []);
  const ran: string[] = [];
  const skipped: string[] = [];
  const timings: Record<string, number> = {};
  const selected: Check[] = [];
  for (const check of options.checks ?? CHECKS) {
    if (!isSelected(check, options) || (check.appliesTo && !check.appliesTo(ctx))) skipped.push(check.id);
    else {
      ran.push(check.id);
      selected.push(check);
      timings[check.id] = 0;
    }
  }
  const record = (check: Check, index: number, produced: readonly Flag[]): void => {
    const override = options.severityOverrides?.[check.id];
    for (const flag of produced) flags[index]?.push(override ? { ...flag, severity: override } : flag);
  };
  for (let from = 0; from < units.length; from += BLOCK) {
    const to = Math.min(units.length, from + BLOCK);
    for (const check of selected) {
      if (check.scope === 'document') continue;
      const started = performance.now();
      for (let i = from; i < to; i++) {
        const unit = units[i];
        if (unit) record(check, i, check.run(unit, ctx));
      }
      timings[check.id] = (timings[check.id] ?? 0) + performance.now() - started;
    }
    options.afterBlock?.(from, to);
  }
  for (const check of selected) {
    if (check.scope !== 'document') continue;
    const started = performance.now();
    check.run(units, ctx).forEach((produced, i) => record(check, i, produced));
    timings[check.id] = (timings[check.id] ?? 0) + performance.now() - started;
  }
  return { flags, ran, skipped, timings };
}
