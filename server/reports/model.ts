import type { Repositories } from '../db/repositories';
import type { DocumentDetail } from '../domain/api';
import type { Severity } from '../domain/types';
import { getDocument } from '../review/document-view';
import { wordEditRate } from './edit-distance';
import { type ReviewerWork, reviewerWork } from './reviewers';

/** MQM penalty points per error (MQM 2.0 scoring: minor 1, major 5, critical 25). */
export const PENALTY: Record<Severity, number> = { minor: 1, major: 5, critical: 25 };

export interface ReportError {
  unit: number;
  category: string;
  severity: Severity;
  /** A reviewer's annotation, or a flag a reviewer confirmed. */
  origin: 'annotation' | 'confirmed flag';
  text: string;
  comment: string;
  /** A confirmed flag's error the translation no longer has: counted, and no longer to do. */
  mended: boolean;
}

export interface CheckPrecision {
  check: string;
  raised: number;
  confirmed: number;
  dismissed: number;
  /** confirmed / (confirmed + dismissed); null until a reviewer has ruled on one. */
  precision: number | null;
}

export interface DocumentReport {
  document: { id: number; title: string; sourceLang: string; targetLang: string };
  generatedAt: string;
  units: number;
  sourceWords: number;
  statusCounts: DocumentDetail['statusCounts'];
  errors: ReportError[];
  byCategory: { category: string; minor: number; major: number; critical: number; penalty: number }[];
  penalty: number;
  /**
   * Units a reviewer has looked at: past the flagger's status (corrected, no error, approved,
   * rejected), edited, annotated, or with a flag confirmed or dismissed…
   */
  reviewedUnits: number;
  /** …and their source words, the evaluation word count MQM divides the penalty by. */
  reviewedWords: number;
  /**
   * 100 × (1 − penalty ÷ reviewed source words), the MQM overall quality score of the part evaluated so
   * far (below 0 when errors outweigh words); null until a unit is reviewed — an unread translation has
   * no errors recorded, which is no score of 100.
   */
  qualityScore: number | null;
  /** Share of MT words changed by reviewers (word-level edit distance ÷ MT words), over edited units. */
  editRate: number;
  editedUnits: number;
  /** The machine translation's words in the edited units, which the edit rate is a share of. */
  editedWords: number;
  checks: CheckPrecision[];
  /** Who reviewed the document and how much, from its audit trail. */
  reviewers: ReviewerWork[];
  rows: ReportRow[];
}

export interface ReportRow {
  unit: number;
  id: string;
  status: string;
  risk: number;
  source: string;
  machineTranslation: string;
  corrected: string;
  editRate: number;
  flags: string;
  annotations: string;
  /** What the reviewer who gave the unit its status said: "rejected by editor: the subject is wrong". */
  reviewerNote: string;
  /** The unit's discussion, a line per comment: "translator: the source says 12,000". */
  comments: string;
}

const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

const UNREVIEWED: ReadonlySet<string> = new Set(['new', 'flagged']);

function isReviewed(unit: DocumentDetail['units'][number]): boolean {
  return (
    !UNREVIEWED.has(unit.status) ||
    unit.target !== unit.targetMt ||
    unit.issues.length > 0 ||
    unit.flags.some((flag) => flag.decision !== 'open')
  );
}

/** The error report of a document: MQM errors and score, edit rate, per-check precision, one row per unit. */
export function buildReport(repos: Repositories, documentId: number): DocumentReport {
  const doc = getDocument(repos, documentId);
  const errors: ReportError[] = [];
  const checks = new Map<string, CheckPrecision>();
  for (const unit of doc.units) {
    for (const issue of unit.issues) {
      const text = issue.span
        ? (issue.side === 'source' ? unit.source : unit.targetMt).slice(issue.span.start, issue.span.end)
        : '';
      errors.push({
        unit: unit.position + 1,
        category: issue.category,
        severity: issue.severity,
        origin: 'annotation',
        text,
        comment: issue.comment,
        mended: false,
      });
    }
    for (const flag of unit.flags) {
      const entry = checks.get(flag.check) ?? {
        check: flag.check,
        raised: 0,
        confirmed: 0,
        dismissed: 0,
        precision: null,
      };
      entry.raised++;
      if (flag.decision === 'confirmed') {
        entry.confirmed++;
        // A mended error's span points into the translation as it was: it keeps the words it marked.
        const text =
          flag.resolved?.marked ??
          (flag.span
            ? (flag.side === 'source' ? unit.source : unit.target).slice(flag.span.start, flag.span.end)
            : '');
        errors.push({
          unit: unit.position + 1,
          category: flag.reviewedCategory ?? flag.category,
          severity: flag.reviewedSeverity ?? flag.severity,
          origin: 'confirmed flag',
          text,
          comment: flag.message,
          mended: flag.resolved !== undefined,
        });
      }
      if (flag.decision === 'dismissed') entry.dismissed++;
      checks.set(flag.check, entry);
    }
  }
  for (const entry of checks.values()) {
    const ruled = entry.confirmed + entry.dismissed;
    entry.precision = ruled === 0 ? null : entry.confirmed / ruled;
  }
  const categories = new Map<
    string,
    { category: string; minor: number; major: number; critical: number; penalty: number }
  >();
  for (const error of errors) {
    const entry = categories.get(error.category) ?? {
      category: error.category,
      minor: 0,
      major: 0,
      critical: 0,
      penalty: 0,
    };
    entry[error.severity]++;
    entry.penalty += PENALTY[error.severity];
    categories.set(error.category, entry);
  }
  const penalty = errors.reduce((sum, e) => sum + PENALTY[e.severity], 0);
  const sourceWords = doc.units.reduce((sum, u) => sum + countWords(u.source), 0);
  const reviewed = doc.units.filter(isReviewed);
  const reviewedWords = reviewed.reduce((sum, u) => sum + countWords(u.source), 0);
  const edited = doc.units.filter((u) => u.target !== u.targetMt);
  const mtWords = edited.reduce((sum, u) => sum + Math.max(1, countWords(u.targetMt)), 0);
  const changedWords = edited.reduce(
    (sum, u) => sum + wordEditRate(u.targetMt, u.target) * Math.max(1, countWords(u.targetMt)),
    0,
  );
  return {
    document: { id: doc.id, title: doc.title, sourceLang: doc.sourceLang, targetLang: doc.targetLang },
    generatedAt: new Date().toISOString(),
    units: doc.units.length,
    sourceWords,
    statusCounts: doc.statusCounts,
    errors,
    byCategory: [...categories.values()].sort((a, b) => b.penalty - a.penalty),
    penalty,
    reviewedUnits: reviewed.length,
    reviewedWords,
    qualityScore:
      reviewedWords === 0 ? null : Math.round(1000 * (100 * (1 - penalty / reviewedWords))) / 1000,
    editRate: mtWords === 0 ? 0 : Math.round((1000 * changedWords) / mtWords) / 1000,
    editedUnits: edited.length,
    editedWords: mtWords,
    checks: [...checks.values()].sort((a, b) => b.raised - a.raised),
    reviewers: reviewerWork(repos.events.byDocument(documentId)),
    rows: doc.units.map((u) => ({
      unit: u.position + 1,
      id: u.externalId,
      status: u.status,
      risk: u.risk,
      source: u.source,
      machineTranslation: u.targetMt,
      corrected: u.target,
      editRate: Math.round(1000 * wordEditRate(u.targetMt, u.target)) / 1000,
      flags: u.flags
        .map(
          (f) =>
            `${f.reviewedSeverity ?? f.severity} ${f.reviewedCategory ?? f.category} [${f.check}${f.decision === 'open' ? '' : `, ${f.decision}`}${f.resolved ? ', mended' : ''}]: ${f.message}`,
        )
        .join('\n'),
      annotations: u.issues
        .map((i) => `${i.severity} ${i.category}${i.comment ? `: ${i.comment}` : ''}`)
        .join('\n'),
      reviewerNote: u.statusNote
        ? `${u.statusNote.status.replace('_', ' ')} by ${u.statusNote.by ?? 'a reviewer'}: ${u.statusNote.comment}`
        : '',
      comments: u.comments.map((c) => `${c.createdBy ?? 'a reviewer'}: ${c.body}`).join('\n'),
    })),
  };
}
