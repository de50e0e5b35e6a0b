import type { Repositories } from '../db/repositories';
import type { PairQuality, QualityOverview } from '../domain/api';
import type { Severity } from '../domain/types';
import { listDocuments } from '../review/document-view';
import { reportSummary } from '../review/document-list';
import type { CheckPrecision } from './model';

type CategoryCount = PairQuality['byCategory'][number];

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/** Adds one document's errors by category into the pair's. */
function addCategories(into: Map<string, CategoryCount>, counts: readonly CategoryCount[]): void {
  for (const count of counts) {
    const entry = into.get(count.category) ?? {
      category: count.category,
      minor: 0,
      major: 0,
      critical: 0,
      penalty: 0,
    };
    entry.minor += count.minor;
    entry.major += count.major;
    entry.critical += count.critical;
    entry.penalty += count.penalty;
    into.set(count.category, entry);
  }
}

/** Adds one document's rulings on each check's flags into the pair's. */
function addChecks(into: Map<string, CheckPrecision>, checks: readonly CheckPrecision[]): void {
  for (const check of checks) {
    const entry = into.get(check.check) ?? {
      check: check.check,
      raised: 0,
      confirmed: 0,
      dismissed: 0,
      precision: null,
    };
    entry.raised += check.raised;
    entry.confirmed += check.confirmed;
    entry.dismissed += check.dismissed;
    const ruled = entry.confirmed + entry.dismissed;
    entry.precision = ruled === 0 ? null : round(entry.confirmed / ruled, 3);
    into.set(check.check, entry);
  }
}

/**
 * The quality of each language pair's machine translation over every document (archived ones too: done
 * work is most of what there is to learn from), as MQM pools it: the penalty points of all reviewed units
 * over all their source words — not an average of the documents' scores, which would weigh a three-line
 * brief like a long feature. Each document's report comes from the cache the documents list keeps.
 */
export function qualityOverview(
  repos: Repositories,
  period: QualityOverview['period'] = { from: null, to: null },
): QualityOverview {
  const stamps = repos.events.lastByDocument();
  const imported = (doc: { createdAt: string }): boolean => {
    const day = doc.createdAt.slice(0, 10);
    return (period.from === null || day >= period.from) && (period.to === null || day <= period.to);
  };
  const byPair = new Map<
    string,
    {
      pair: PairQuality;
      categories: Map<string, CategoryCount>;
      checks: Map<string, CheckPrecision>;
      changedWords: number;
    }
  >();
  for (const doc of listDocuments(repos).filter(imported)) {
    const summary = reportSummary(repos, doc.id, stamps.get(doc.id) ?? 0);
    const key = `${doc.sourceLang}\u0000${doc.targetLang}`;
    const entry = byPair.get(key) ?? {
      pair: {
        sourceLang: doc.sourceLang,
        targetLang: doc.targetLang,
        documents: 0,
        reviewedDocuments: 0,
        reviewedUnits: 0,
        reviewedWords: 0,
        penalty: 0,
        qualityScore: null,
        errors: { minor: 0, major: 0, critical: 0 },
        byCategory: [],
        editRate: 0,
        editedUnits: 0,
        editedWords: 0,
        checks: [],
        perDocument: [],
      },
      categories: new Map<string, CategoryCount>(),
      checks: new Map<string, CheckPrecision>(),
      changedWords: 0,
    };
    byPair.set(key, entry);
    const { pair } = entry;
    pair.documents++;
    if (summary.reviewedUnits > 0) pair.reviewedDocuments++;
    pair.reviewedUnits += summary.reviewedUnits;
    pair.reviewedWords += summary.reviewedWords;
    pair.penalty += summary.penalty;
    pair.editedUnits += summary.editedUnits;
    pair.editedWords += summary.editedWords;
    entry.changedWords += summary.editRate * summary.editedWords;
    for (const count of summary.byCategory)
      for (const severity of ['minor', 'major', 'critical'] satisfies Severity[])
        pair.errors[severity] += count[severity];
    addCategories(entry.categories, summary.byCategory);
    addChecks(entry.checks, summary.checks);
    pair.perDocument.push({
      id: doc.id,
      title: doc.title,
      createdAt: doc.createdAt,
      archived: doc.archivedAt !== null,
      reviewedUnits: summary.reviewedUnits,
      units: summary.units,
      penalty: summary.penalty,
      qualityScore: summary.qualityScore,
    });
  }
  const pairs = [...byPair.values()].map(({ pair, categories, checks, changedWords }) => ({
    ...pair,
    qualityScore: pair.reviewedWords === 0 ? null : round(100 * (1 - pair.penalty / pair.reviewedWords), 3),
    editRate: pair.editedWords === 0 ? 0 : round(changedWords / pair.editedWords, 3),
    byCategory: [...categories.values()].sort((a, b) => b.penalty - a.penalty),
    checks: [...checks.values()].sort((a, b) => b.raised - a.raised),
    perDocument: pair.perDocument.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id),
  }));
  pairs.sort((a, b) => b.reviewedWords - a.reviewedWords || a.sourceLang.localeCompare(b.sourceLang));
  return { generatedAt: new Date().toISOString(), period, pairs };
}
