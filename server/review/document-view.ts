import type { Repositories } from '../db/repositories';
import type { DocumentSummaryRow } from '../db/queries/documents';
import type { GlossaryEntry } from '../domain/types';
import { glossaryFor } from './glossary-entries';
import { termsInSource } from './unit-terms';
import type { FlagRow } from '../db/queries/flags';
import type { IssueRow } from '../db/queries/issues';
import type { CommentRow } from '../db/queries/comments';
import type { UnitRow, UnitSentences } from '../db/queries/units';
import type { EventRow } from '../db/queries/events';
import { readStatusChange } from './history';
import type {
  ApiComment,
  ApiFlag,
  ApiIssue,
  ApiUnit,
  DocumentDetail,
  DocumentSummary,
  StatusCounts,
} from '../domain/api';
import type { MqmCategory, RiskReason } from '../domain/types';
import { MQM_CATEGORIES, UNIT_STATUSES, type UnitStatus } from '../domain/types';
import { notFound } from './errors';
import { approvableAtOnce } from './transitions';

function isCategory(value: string): value is MqmCategory {
  return (MQM_CATEGORIES as readonly string[]).includes(value);
}

function parseReasons(json: string): RiskReason[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value)
    ? value.filter((r): r is RiskReason => typeof r === 'object' && r !== null && 'feature' in r)
    : [];
}

export function flagView(row: FlagRow): ApiFlag {
  return {
    id: row.id,
    check: row.check_id,
    category: isCategory(row.category) ? row.category : 'Other',
    severity: row.severity,
    message: row.message,
    side: row.side,
    span:
      row.span_start === null || row.span_end === null ? null : { start: row.span_start, end: row.span_end },
    ...(row.fix === null ? {} : { fix: row.fix }),
    decision: row.decision,
    ...(row.reviewed_severity === null ? {} : { reviewedSeverity: row.reviewed_severity }),
    ...(row.reviewed_category !== null && isCategory(row.reviewed_category)
      ? { reviewedCategory: row.reviewed_category }
      : {}),
    ...(row.resolved === 1 ? { resolved: { marked: row.marked ?? '' } } : {}),
  };
}

function issueView(row: IssueRow): ApiIssue {
  return {
    id: row.id,
    category: row.category,
    severity: row.severity,
    side: row.side,
    span:
      row.span_start === null || row.span_end === null ? null : { start: row.span_start, end: row.span_end },
    comment: row.comment,
    createdBy: row.created_by_name ?? null,
    createdAt: row.created_at,
  };
}

const isStatus = (value: string): value is UnitStatus => (UNIT_STATUSES as readonly string[]).includes(value);

function statusCounts(json: string): StatusCounts {
  const counts: StatusCounts = { new: 0, flagged: 0, corrected: 0, no_error: 0, approved: 0, rejected: 0 };
  const stored: unknown = JSON.parse(json);
  if (typeof stored === 'object' && stored !== null) {
    for (const [status, count] of Object.entries(stored)) {
      if (isStatus(status) && typeof count === 'number') counts[status] = count;
    }
  }
  return counts;
}

function summaryView(repos: Repositories, row: DocumentSummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    sourceLangDetected: row.source_lang_detected === 1,
    targetLangDetected: row.target_lang_detected === 1,
    kind: row.kind,
    unitCount: row.units,
    flaggedCount: row.flagged,
    reviewedCount: row.reviewed,
    approvedCount: row.approved,
    progress: row.units === 0 ? 0 : Math.round((1000 * row.reviewed) / row.units) / 1000,
    statusCounts: statusCounts(row.status_counts),
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    assignedTo:
      row.assigned_to === null || row.assigned_to_name === null
        ? null
        : { id: row.assigned_to, name: row.assigned_to_name },
    dueDate: row.due_date,
  };
}

export function listDocuments(repos: Repositories): DocumentSummary[] {
  return repos.documents.list().map((row) => summaryView(repos, row));
}

interface UnitExtras {
  sentences: Map<number, { source: number[]; target: number[] }>;
  flags: Map<number, ApiFlag[]>;
  issues: Map<number, ApiIssue[]>;
  comments: Map<number, ApiComment[]>;
  users: Map<number, string>;
  /** The document's glossary and source language, for the terms each unit's source holds. */
  glossary: { entries: readonly GlossaryEntry[]; sourceLang: string };
  /** Each unit's latest status change in the audit trail. */
  statusChanges: Map<number, EventRow>;
}

function group<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

function commentView(row: CommentRow): ApiComment {
  return { id: row.id, body: row.body, createdBy: row.created_by_name, createdAt: row.created_at };
}

/** The comment of the status change that gave the unit the status it has, if it had one. */
function statusNote(row: UnitRow, change: EventRow | undefined): ApiUnit['statusNote'] {
  const said = change ? readStatusChange(change) : null;
  if (!change || !said || said.status !== row.status || said.comment.trim() === '') return null;
  return { status: row.status, comment: said.comment, by: change.user_name ?? null, at: change.at };
}

export function unitView(row: UnitRow, extras: UnitExtras): ApiUnit {
  const sentences = extras.sentences.get(row.id) ?? { source: [], target: [] };
  return {
    id: row.id,
    externalId: row.external_id,
    position: row.position,
    source: row.source,
    targetMt: row.target_mt,
    target: row.target,
    sourceSentences: sentences.source,
    targetSentences: sentences.target,
    risk: row.risk,
    flagged: row.flagged === 1,
    similarity: row.similarity,
    reasons: parseReasons(row.reasons),
    status: row.status,
    version: row.version,
    updatedBy: row.updated_by === null ? null : (extras.users.get(row.updated_by) ?? null),
    updatedAt: row.updated_at,
    flags: extras.flags.get(row.id) ?? [],
    issues: extras.issues.get(row.id) ?? [],
    comments: extras.comments.get(row.id) ?? [],
    terms: termsInSource(row.source, extras.glossary.sourceLang, extras.glossary.entries),
    statusNote: statusNote(row, extras.statusChanges.get(row.id)),
  };
}

function sentenceIndices(sentences: UnitSentences): { source: number[]; target: number[] } {
  return { source: sentences.source.map((s) => s.index), target: sentences.target.map((s) => s.index) };
}

/** The glossary of a document's language pair, as the units' terms are read against it. */
function documentGlossary(repos: Repositories, documentId: number): UnitExtras['glossary'] {
  const document = repos.documents.get(documentId);
  if (!document) return { entries: [], sourceLang: '' };
  return {
    entries: glossaryFor(repos, document.source_lang, document.target_lang),
    sourceLang: document.source_lang,
  };
}

function extrasFor(repos: Repositories, documentId: number): UnitExtras {
  const sentences = new Map(
    [...repos.units.sentencesByUnit(documentId)].map(([id, s]) => [id, sentenceIndices(s)]),
  );
  return {
    sentences,
    flags: new Map(
      [...group(repos.flags.byDocument(documentId), (f) => f.unit_id)].map(([id, rows]) => [
        id,
        rows.map(flagView),
      ]),
    ),
    issues: new Map(
      [...group(repos.issues.byDocument(documentId), (i) => i.unit_id)].map(([id, rows]) => [
        id,
        rows.map(issueView),
      ]),
    ),
    comments: new Map(
      [...group(repos.comments.byDocument(documentId), (c) => c.unit_id)].map(([id, rows]) => [
        id,
        rows.map(commentView),
      ]),
    ),
    users: new Map(repos.users.all().map((u) => [u.id, u.name])),
    glossary: documentGlossary(repos, documentId),
    statusChanges: new Map(
      repos.events
        .latestStatusByDocument(documentId)
        .flatMap((e) => (e.unit_id === null ? [] : [[e.unit_id, e]])),
    ),
  };
}

export function getDocumentSummary(repos: Repositories, documentId: number): DocumentSummary {
  const row = repos.documents.get(documentId);
  if (!row) throw notFound(`document ${documentId}`);
  return summaryView(repos, row);
}

export function getDocument(repos: Repositories, documentId: number): DocumentDetail {
  const row = repos.documents.get(documentId);
  if (!row) throw notFound(`document ${documentId}`);
  const extras = extrasFor(repos, documentId);
  const checksRun: unknown = JSON.parse(row.checks_run);
  const units = repos.units.byDocument(documentId).map((unit) => unitView(unit, extras));
  return {
    ...summaryView(repos, row),
    threshold: row.threshold,
    model: row.model,
    checksRun: Array.isArray(checksRun) ? checksRun.map(String) : [],
    units,
    originalFile: repos.originalFiles.name(documentId) ?? null,
    revision: row.revision,
    approvableAtOnce: units.filter((unit) =>
      approvableAtOnce(
        unit.status,
        unit.flags.map((flag) => flag.decision),
      ),
    ).length,
  };
}

/** Where the document's review stands, for a page that keeps itself up to date. */
export function documentRevision(repos: Repositories, documentId: number): { revision: number } {
  const revision = repos.documents.revision(documentId);
  if (revision === undefined) throw notFound(`document ${documentId}`);
  return { revision };
}

export function getUnit(repos: Repositories, unitId: number): ApiUnit {
  const row = repos.units.byId(unitId);
  if (!row) throw notFound(`unit ${unitId}`);
  // One unit's view, without building the whole document's.
  const sentences = repos.units.sentencesByUnit(row.document_id).get(unitId) ?? { source: [], target: [] };
  const editor = row.updated_by === null ? undefined : repos.users.byId(row.updated_by);
  return unitView(row, {
    sentences: new Map([[unitId, sentenceIndices(sentences)]]),
    flags: new Map([[unitId, repos.flags.byUnit(unitId).map(flagView)]]),
    issues: new Map([[unitId, repos.issues.byUnit(unitId).map(issueView)]]),
    comments: new Map([[unitId, repos.comments.byUnit(unitId).map(commentView)]]),
    users: new Map(editor ? [[editor.id, editor.name]] : []),
    glossary: documentGlossary(repos, row.document_id),
    statusChanges: new Map(
      [repos.events.latestStatusOfUnit(unitId)].flatMap((e) => (e === undefined ? [] : [[unitId, e]])),
    ),
  });
}
