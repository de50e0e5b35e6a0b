import { createRequire } from 'node:module';
import type { AlignedUnit, AnalyzedUnit, LanguageInfo } from '../domain/types';

const require = createRequire(import.meta.url);

/** Loaded for --format csv only. */
const csvStringify = (): typeof import('csv-stringify/sync').stringify =>
  require('csv-stringify/sync').stringify;

export const UNIT_FORMATS = ['jsonl', 'json', 'csv', 'table'] as const;
export type UnitFormat = (typeof UNIT_FORMATS)[number];

export function isUnitFormat(value: string): value is UnitFormat {
  return (UNIT_FORMATS as readonly string[]).includes(value);
}

/** What `check` (units with risk) and `align` (units without) print. */
export interface Printable {
  sourceLang: LanguageInfo;
  targetLang: LanguageInfo;
  units: readonly (AlignedUnit | AnalyzedUnit)[];
  threshold?: number;
  checksRun?: string[];
  checksSkipped?: string[];
  modelUsed?: string | null;
}

function isAnalyzed(unit: AlignedUnit | AnalyzedUnit): unit is AnalyzedUnit {
  return 'risk' in unit;
}

/** The public shape of a unit (../shared/interfaces.md). */
export function unitJson(unit: AlignedUnit | AnalyzedUnit): Record<string, unknown> {
  const base = {
    id: unit.id,
    source: unit.source,
    target: unit.target,
    sourceSentences: unit.sourceSentences,
    targetSentences: unit.targetSentences,
  };
  if (!isAnalyzed(unit)) return base;
  return {
    ...base,
    risk: unit.risk,
    flagged: unit.flagged,
    similarity: unit.similarity,
    flags: unit.flags,
    reasons: unit.reasons,
  };
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

function languageLabel(lang: LanguageInfo): string {
  return `${lang.code}${lang.detected ? ' (detected)' : ''}`;
}

const NO_SOURCE = '(no source)';
const NO_TRANSLATION = '(no translation)';

/** What an alignment alone says: how many units are an omission or an addition. */
function unmatchedSummary(units: readonly AlignedUnit[]): string {
  const omissions = units.filter((u) => u.targetSentences.length === 0).length;
  const additions = units.filter((u) => u.sourceSentences.length === 0).length;
  return `, ${omissions} with no translation, ${additions} with no source`;
}

function table(doc: Printable): string {
  const analyzed = doc.units.filter(isAnalyzed);
  const withRisk = analyzed.length > 0;
  const width = Math.max(30, Math.floor(((process.stdout.columns || 140) - (withRisk ? 26 : 14)) / 2));
  const summary = withRisk
    ? `, ${analyzed.filter((u) => u.flagged).length} flagged at risk ≥ ${doc.threshold ?? ''}`
    : unmatchedSummary(doc.units);
  const lines = [
    `${languageLabel(doc.sourceLang)} → ${languageLabel(doc.targetLang)}, ${doc.units.length} units${summary}`,
  ];
  // Checks without resources for the language pair (unknown languages, no word lists) are named, not silently missing.
  if (withRisk && doc.checksSkipped && doc.checksSkipped.length > 0) {
    lines.push(`checks that do not apply here: ${doc.checksSkipped.join(', ')}`);
  }
  for (const unit of doc.units) {
    const head = isAnalyzed(unit) ? `${unit.flagged ? '!' : ' '} ${unit.risk.toFixed(2)} ` : '';
    const source = unit.sourceSentences.length === 0 ? NO_SOURCE : unit.source;
    const target = unit.targetSentences.length === 0 ? NO_TRANSLATION : unit.target;
    lines.push(`${head}${unit.id.padEnd(6)} ${clip(source, width)} │ ${clip(target, width)}`);
    if (!isAnalyzed(unit)) continue;
    for (const flag of unit.flags) {
      // The mend a flag carries, as the review page's Fix button offers it.
      const fix = flag.fix === undefined ? '' : ` → fix: “${flag.fix}”`;
      lines.push(
        `${' '.repeat(head.length + 7)}↳ ${flag.severity} ${flag.category} [${flag.check}]: ${flag.message}${fix}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function csvRow(unit: AlignedUnit | AnalyzedUnit): Record<string, string | number | boolean> {
  const base = {
    id: unit.id,
    source: unit.source,
    target: unit.target,
    sourceSentences: unit.sourceSentences.join(' '),
    targetSentences: unit.targetSentences.join(' '),
  };
  if (!isAnalyzed(unit)) return base;
  return {
    ...base,
    risk: unit.risk,
    flagged: unit.flagged,
    similarity: unit.similarity ?? '',
    flags: unit.flags.map((f) => `${f.check}:${f.severity}`).join('; '),
    categories: unit.flags.map((f) => f.category).join('; '),
    messages: unit.flags.map((f) => f.message).join('; '),
  };
}

export function formatDocument(doc: Printable, format: UnitFormat): string {
  switch (format) {
    case 'jsonl':
      return doc.units.map((u) => `${JSON.stringify(unitJson(u))}\n`).join('');
    case 'json':
      return `${JSON.stringify(
        {
          sourceLang: doc.sourceLang,
          targetLang: doc.targetLang,
          threshold: doc.threshold,
          checksRun: doc.checksRun,
          checksSkipped: doc.checksSkipped,
          model: doc.modelUsed,
          units: doc.units.map(unitJson),
        },
        null,
        2,
      )}\n`;
    case 'csv':
      return csvStringify()(doc.units.map(csvRow), { header: true });
    case 'table':
      return table(doc);
  }
}
