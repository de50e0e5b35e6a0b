import { stringify } from 'csv-stringify/sync';
import type { Repositories } from '../db/repositories';
import type { DocumentListEntry } from '../domain/api';
import { buildReport } from '../reports/model';
import { listDocuments } from './document-view';

interface Score {
  /** The newest entry of the document's audit trail when the score was worked out. */
  stamp: number;
  qualityScore: number | null;
  scoredUnits: number;
}

/**
 * Scores by database: a score stays right until the document's audit trail grows, since only reviewers'
 * doings (statuses, decisions, annotations, edits) move it; a list of many documents need not build
 * every report each time it is shown.
 */
const scores = new WeakMap<Repositories, Map<number, Score>>();

/** A document's MQM quality score so far, worked out again only when its audit trail has grown. */
export function documentScore(
  repos: Repositories,
  documentId: number,
  stamp = repos.events.lastByDocument().get(documentId) ?? 0,
): { qualityScore: number | null; scoredUnits: number } {
  const known = scores.get(repos) ?? new Map<number, Score>();
  scores.set(repos, known);
  let score = known.get(documentId);
  if (score?.stamp !== stamp) {
    const report = buildReport(repos, documentId);
    score = { stamp, qualityScore: report.qualityScore, scoredUnits: report.reviewedUnits };
    known.set(documentId, score);
  }
  return { qualityScore: score.qualityScore, scoredUnits: score.scoredUnits };
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
      archived: doc.archivedAt === null ? '' : 'yes',
    })),
    { header: true },
  );
}
