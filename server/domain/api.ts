/**
 * The HTTP API's request and response types, keyed by route. The web client imports these with
 * `import type`, so both sides agree without code generation.
 */
import type {
  Flag,
  FlagDecision,
  MqmCategory,
  RiskReason,
  Role,
  Severity,
  Side,
  Span,
  UnitStatus,
} from './types';

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

export interface Me {
  id: number;
  name: string;
  role: Role;
  csrfToken: string;
  allowedStatuses: UnitStatus[];
}

export interface StatusCounts {
  new: number;
  flagged: number;
  corrected: number;
  no_error: number;
  approved: number;
  rejected: number;
}

export interface DocumentSummary {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceLangDetected: boolean;
  targetLangDetected: boolean;
  kind: 'document' | 'pairs';
  unitCount: number;
  flaggedCount: number;
  reviewedCount: number;
  approvedCount: number;
  /** Share of units a reviewer has dealt with (corrected, no error, approved or rejected). */
  progress: number;
  statusCounts: StatusCounts;
  createdBy: string | null;
  createdAt: string;
  /** When the document was archived (taken off the list); null while it is in use. */
  archivedAt: string | null;
  /** Who the document is with; null when no one was named. */
  assignedTo: { id: number; name: string } | null;
  /** The day it is due, YYYY-MM-DD; null when none was set. */
  dueDate: string | null;
}

/** A document as the list shows it: with its MQM quality score so far. */
export interface DocumentListEntry extends DocumentSummary {
  /** The error report's MQM score over the units reviewed so far; null before any is. */
  qualityScore: number | null;
  /** How many units the score covers. */
  scoredUnits: number;
}

export interface ApiFlag extends Flag {
  id: number;
  decision: FlagDecision;
  /** The severity and category the reviewer who confirmed the flag gave the error, where not the check's. */
  reviewedSeverity?: Severity;
  reviewedCategory?: MqmCategory;
  /**
   * A confirmed flag whose error the translation no longer has (it was mended): still an error of the
   * machine translation, with the words it marked then; its span points into that earlier text.
   */
  resolved?: { marked: string };
}

export interface ApiIssue {
  id: number;
  category: string;
  severity: Severity;
  side: Side;
  span: { start: number; end: number } | null;
  comment: string;
  createdBy: string | null;
  createdAt: string;
}

/** A reviewer's remark on a unit, in the unit's discussion. */
export interface ApiComment {
  id: number;
  body: string;
  createdBy: string | null;
  createdAt: string;
}

export interface ApiUnit {
  id: number;
  externalId: string;
  position: number;
  source: string;
  targetMt: string;
  target: string;
  sourceSentences: number[];
  targetSentences: number[];
  risk: number;
  flagged: boolean;
  similarity: number | null;
  reasons: RiskReason[];
  status: UnitStatus;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
  flags: ApiFlag[];
  issues: ApiIssue[];
  /** The reviewers' discussion of the unit, oldest first. */
  comments: ApiComment[];
  /** The glossary's terms in the source, with their approved translations: what a translator writes. */
  terms: ApiUnitTerm[];
  /**
   * What the reviewer who gave the unit its status said ("Rejected: the subject is still wrong"), while
   * it has that status; null without a comment.
   */
  statusNote: { status: UnitStatus; comment: string; by: string | null; at: string } | null;
}

export interface ApiUnitTerm {
  sourceTerm: string;
  /** Where it stands in the source. */
  span: { start: number; end: number };
  approved: string[];
  /** Renderings not to use. */
  forbidden: string[];
  note: string;
}

export interface DocumentDetail extends DocumentSummary {
  threshold: number;
  model: string | null;
  checksRun: string[];
  units: ApiUnit[];
  /** The units `POST /api/documents/:id/approve-clean` would approve: untouched, no finding open. */
  approvableAtOnce: number;
  /** The XLIFF the document was imported from, which `export?format=original` writes the review into. */
  originalFile: string | null;
  /** Moves on with every change to the review or the findings: a page compares it with `GET /api/documents/:id/revision`. */
  revision: number;
}

export interface CreateDocumentJson {
  title: string;
  sourceLang?: string;
  targetLang?: string;
  sourceText: string;
  targetText: string;
}

export interface ModelStatusResponse {
  state: 'ready' | 'downloading' | 'loading' | 'unavailable' | 'idle';
  modelId: string;
  reason?: string;
  progress?: { percent: number; loadedBytes: number; totalBytes: number; file?: string };
}

export interface CheckInfo {
  id: string;
  name: string;
  category: MqmCategory;
  severity: Severity;
  description: string;
  scope: 'unit' | 'document';
}

/** A reviewer's correction of the alignment: split a unit, merge it with the next, or move a sentence. */
export type RealignRequest =
  | { action: 'split'; sourceKeep: number; targetKeep: number }
  | { action: 'merge-next' }
  | { action: 'move'; side: Side; to: 'previous' | 'next' };

/** Corrections for the word a spelling flag marks, likeliest first. */
export interface SpellingSuggestions {
  word: string;
  suggestions: string[];
}

/** A glossary entry as the API shows it. */
export interface ApiGlossaryTerm {
  id: number;
  sourceLang: string;
  targetLang: string;
  sourceTerm: string;
  targetTerm: string;
  /** The target term is a rendering not to be used. */
  forbidden: boolean;
  note: string;
  createdBy: string | null;
  createdAt: string;
}

export interface GlossaryTermRequest {
  sourceTerm: string;
  targetTerm: string;
  forbidden?: boolean;
  note?: string;
}

/** One entry of the audit trail, as the history shows it. */
export interface HistoryEntry {
  id: number;
  at: string;
  user: string | null;
  /** edit, status, flag-decision, issue, issue-removed, comment, comment-removed, realign, import, assign, archive, restore. */
  kind: string;
  unitId: number | null;
  /** The unit's number as the review page shows it now; null for the document's own entries. */
  unit: number | null;
  /** What happened, in words: "set the status to approved", "confirmed the numbers flag". */
  summary: string;
  comment?: string | undefined;
  /** An edit's translation before and after it. */
  before?: string;
  after?: string;
}

/** Words to replace in a document's translations, and how to find them. */
export interface ReplaceRequest {
  find: string;
  /** Written literally; empty deletes the words. */
  replacement: string;
  matchCase: boolean;
  /** Not inside a longer word; ignored for languages written without spaces. */
  wholeWords: boolean;
}

/** What a replacement would change: each unit whose translation holds the words, before and after. */
export interface ReplacePreview {
  units: {
    id: number;
    position: number;
    /** The version to send back, so that a unit changed since the preview is not overwritten. */
    version: number;
    target: string;
    replaced: string;
    count: number;
    /** False for an approved unit and a translator, who cannot change it. */
    editable: boolean;
  }[];
  /** How many occurrences the units the reviewer may change hold. */
  occurrences: number;
}

/** A unit of any document found by the team's search: where it is, what it says, how far it is reviewed. */
export interface MemoryHit {
  unitId: number;
  documentId: number;
  documentTitle: string;
  sourceLang: string;
  targetLang: string;
  /** The unit's number as the review page shows it. */
  unit: number;
  source: string;
  /** The translation as it stands (a reviewer's correction, where there is one). */
  target: string;
  status: UnitStatus;
  updatedBy: string | null;
  updatedAt: string;
}

/** Which side a concordance search reads. */
export type ConcordanceSide = 'source' | 'target' | 'both';

/** A concordance hit, with where the words looked for stand on each side. */
export interface ConcordanceHit extends MemoryHit {
  spans: { source: Span[]; target: Span[] };
}

export interface ConcordanceResult {
  query: string;
  hits: ConcordanceHit[];
  /** More units hold the words than were returned. */
  more: boolean;
}

/** A reviewed translation of a sentence like the unit's source, from the translation memory. */
export interface MemoryMatch extends MemoryHit {
  /** 1 for the same source text; 0.99 for the same but for case or accents; below, by edit distance. */
  similarity: number;
}

/** A translation memory the team imported: its sentence pairs are approved translations. */
export interface MemoryImport {
  id: number;
  /** The file it came from. */
  title: string;
  sourceLang: string;
  targetLang: string;
  entries: number;
  createdBy: string | null;
  createdAt: string;
}

/** One language pair's machine-translation quality over every document, MQM errors pooled. */
export interface PairQuality {
  sourceLang: string;
  targetLang: string;
  documents: number;
  /** Documents with at least one unit reviewed. */
  reviewedDocuments: number;
  reviewedUnits: number;
  /** The reviewed units' source words, which the penalty is divided by. */
  reviewedWords: number;
  penalty: number;
  /** 100 × (1 − penalty ÷ reviewed source words); null before anything is reviewed. */
  qualityScore: number | null;
  errors: Record<Severity, number>;
  byCategory: { category: string; minor: number; major: number; critical: number; penalty: number }[];
  /** Share of the machine translation's words reviewers changed, over the edited units. */
  editRate: number;
  editedUnits: number;
  editedWords: number;
  /** How often each check's flags were confirmed when a reviewer ruled on them. */
  checks: { check: string; raised: number; confirmed: number; dismissed: number; precision: number | null }[];
  /** Oldest first. */
  perDocument: {
    id: number;
    title: string;
    createdAt: string;
    archived: boolean;
    units: number;
    reviewedUnits: number;
    penalty: number;
    qualityScore: number | null;
  }[];
}

export interface QualityOverview {
  generatedAt: string;
  /** The documents imported on these days (YYYY-MM-DD, both included); null for no bound. */
  period: { from: string | null; to: string | null };
  /** The pair with the most reviewed words first. */
  pairs: PairQuality[];
}

/** A reviewer as the team page lists them. */
export interface TeamMember {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
}

export interface ApiRoutes {
  'GET /api/health': { request: never; response: { ok: true; version: string } };
  'POST /api/auth/login': { request: { username: string; password: string }; response: Me };
  'POST /api/auth/logout': { request: never; response: { ok: true } };
  'GET /api/me': { request: never; response: Me };
  /** Anyone, with their current password; their other sessions end. */
  'POST /api/me/password': { request: { current: string; password: string }; response: { ok: true } };
  /** QA leads manage the team. */
  'GET /api/users': { request: never; response: { users: TeamMember[] } };
  'POST /api/users': { request: { name: string; role: Role; password: string }; response: TeamMember };
  'PATCH /api/users/:id': { request: { role?: Role; password?: string }; response: TeamMember };
  'GET /api/documents': { request: never; response: { documents: DocumentListEntry[] } };
  'POST /api/documents': { request: CreateDocumentJson; response: DocumentDetail };
  'GET /api/documents/:id': { request: never; response: DocumentDetail };
  /** The error report's MQM score so far, without the rest of the report. */
  'GET /api/documents/:id/quality': {
    request: never;
    response: { qualityScore: number | null; scoredUnits: number };
  };
  'POST /api/documents/:id/archive': { request: { archived: boolean }; response: DocumentSummary };
  /** Approves every unit untouched since import that has no finding open; editors and QA leads. */
  'POST /api/documents/:id/approve-clean': {
    request: never;
    response: { approved: number; document: DocumentDetail };
  };
  'GET /api/documents/:id/history': { request: never; response: { entries: HistoryEntry[] } };
  'GET /api/documents/:id/revision': { request: never; response: { revision: number } };
  /** Anyone signed in; 201 with the unit. */
  'POST /api/units/:id/comments': { request: { body: string }; response: ApiUnit };
  /** Its author or a QA lead. */
  'DELETE /api/comments/:id': { request: never; response: ApiUnit };
  'GET /api/units/:id/history': { request: never; response: { entries: HistoryEntry[] } };
  /** Query: q, side (source, target, both), sourceLang and targetLang (optional), limit. */
  'GET /api/memory': { request: never; response: ConcordanceResult };
  'GET /api/memory/imports': { request: never; response: { memories: MemoryImport[] } };
  /** Multipart: file, sourceLang, targetLang. Editors and QA leads; 201. */
  'POST /api/memory/imports': { request: FormData; response: MemoryImport };
  'DELETE /api/memory/imports/:id': { request: never; response: { ok: true } };
  /** Editors and QA leads: who the document is with, and by when (nulls take either back). */
  'PATCH /api/documents/:id/assignment': {
    request: { assignedTo: number | null; dueDate: string | null };
    response: DocumentSummary;
  };
  /** Every language pair's quality over all documents (?from=, ?to= days of import); ?format=xlsx for a workbook. */
  'GET /api/quality': { request: never; response: QualityOverview };
  /** Reviewed translations of sentences like the unit's source, in any document of its language pair. */
  'GET /api/units/:id/memory': { request: never; response: { matches: MemoryMatch[] } };
  'POST /api/documents/:id/replace/preview': { request: ReplaceRequest; response: ReplacePreview };
  /** Replaces in the chosen units, each at the version the preview showed; all or nothing (409). */
  'POST /api/documents/:id/replace': {
    request: ReplaceRequest & { units: { id: number; version: number }[] };
    response: { replaced: number; document: DocumentDetail };
  };
  /** `flag`: the flag whose fix or suggestion the edit applies, which applying confirms. */
  'PATCH /api/units/:id': { request: { target: string; version: number; flag?: number }; response: ApiUnit };
  'POST /api/units/:id/status': {
    request: { status: UnitStatus; version: number; comment?: string };
    response: ApiUnit;
  };
  'POST /api/units/:id/issues': {
    request: {
      category: MqmCategory;
      severity: Severity;
      side: Side;
      start?: number;
      end?: number;
      comment?: string;
    };
    response: ApiUnit;
  };
  /** An annotation's author or a QA lead takes it back. */
  'DELETE /api/issues/:id': { request: never; response: ApiUnit };
  'POST /api/units/:id/alignment': { request: RealignRequest; response: DocumentDetail };
  /** `alike`: the same for every open flag of the document that is the same check on the same words. */
  /** `severity`, `category`: a confirmation's judgement of the error, where not the check's. */
  'POST /api/flags/:id/decision': {
    request: { decision: FlagDecision; alike?: boolean; severity?: Severity; category?: MqmCategory };
    response: ApiUnit;
  };
  'GET /api/flags/:id/suggestions': { request: never; response: SpellingSuggestions };
  'GET /api/model': { request: never; response: ModelStatusResponse };
  'GET /api/checks': { request: never; response: { checks: CheckInfo[] } };
  'GET /api/glossary': { request: never; response: { terms: ApiGlossaryTerm[] } };
  /** JSON with the terms, or a multipart upload of one glossary "file" with sourceLang and targetLang. */
  'POST /api/glossary': {
    request: { sourceLang: string; targetLang: string; terms: GlossaryTermRequest[] };
    response: { terms: ApiGlossaryTerm[] };
  };
  'DELETE /api/glossary/:id': { request: never; response: { ok: true } };
}
