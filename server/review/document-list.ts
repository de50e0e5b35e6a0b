import { stringify } from 'csv-stringify/sync';
import type { Repositories } from '../db/repositories';
import type { DocumentListEntry } from '../domain/api';
import { type DocumentReport, buildReport } from '../reports/model';
import { listDocuments } from './document-view';

/** What of a document's error report the documents list and the quality overview read. */
export type ReportSummary = Omit<DocumentReport, 'rows' | 'errors' | 'reviewers' | 'generatedAt'>;

interface Summary {
  /** The newest entry of the document's audit trail when the report was built. */
  stamp: number;
  summary: ReportSummary;
}

/**
 * Scores by database: a score stays right until the document's audit trail grows, since only reviewers'
 * doings (statuses, decisions, annotations, edits) move it; a list of many documents need not build
 * every report each time it is shown.
 */
const summaries = new WeakMap<Repositories, Map<number, Summary>>();

/** A document's error report in brief, built again only when its audit trail has grown. */
export function reportSummary(
  repos: Repositories,
  documentId: number,
  stamp = repos.events.lastByDocument().get(documentId) ?? 0,
): ReportSummary {
  const known = summaries.get(repos) ?? new Map<number, Summary>();
  summaries.set(repos, known);
  let entry = known.get(documentId);
  if (entry?.stamp !== stamp) {
    // The rows and the errors are the bulk of a report; the list and the overview need the sums.
    const { rows, errors, reviewers, generatedAt, ...summary } = buildReport(repos, documentId);
    entry = { stamp, summary };
    known.set(documentId, entry);
  }
  return entry.summary;
}

/** A document's MQM quality score so far, and how many units it covers. */
export function documentScore(
  repos: Repositories,
  documentId: number,
  stamp?: number,
): { qualityScore: number | null; scoredUnits: number } {
  const summary = reportSummary(repos, documentId, stamp);
  return { qualityScore: summary.qualityScore, scoredUnits: summary.reviewedUnits };
}

/** Every document with its MQM quality score so far, as the error report works it out. */
export function listDocumentsWithScores(repos: Repositories): DocumentListEntry[] {
  const stamps = repos.events.lastByDocument();
  return listDocuments(repos).map((summary) => ({
    ...summary,
    ...documentScore(repos, summary.id, stamps.get(summary.id) ?? 0),
  }));
}

/** The list as a spreadsheet a QA lead hands on: one row per document, its review and quality so far. */
export function documentListCsv(entries: readonly DocumentListEntry[]): string {
  return stringify(
    entries.map((doc) => ({
      id: doc.id,
      title: doc.title,
      sourceLang: doc.sourceLang,
      targetLang: doc.targetLang,
      units: doc.unitCount,
      flagged: doc.flaggedCount,
      reviewed: doc.reviewedCount,
      approved: doc.approvedCount,
      qualityScore: doc.qualityScore ?? '',
      scoredUnits: doc.scoredUnits,
      createdBy: doc.createdBy ?? '',
      createdAt: doc.createdAt,
      assignedTo: doc.assignedTo?.name ?? '',
      dueDate: doc.dueDate ?? '',
      archived: doc.archivedAt === null ? '' : 'yes',
    })),
    { header: true },
  );
}
