/**
 * Types shared by the server and the web UI, which imports them — and the lists of MQM categories,
 * severities and statuses, plain constants — from here; nothing here may import anything.
 */

export type Side = 'source' | 'target';
export type Severity = 'minor' | 'major' | 'critical';

export const MQM_CATEGORIES = [
  'Accuracy/Mistranslation',
  'Accuracy/Omission',
  'Accuracy/Addition',
  'Accuracy/Untranslated',
  'Fluency/Grammar',
  'Fluency/Spelling',
  'Fluency/Punctuation',
  'Fluency/Character encoding',
  'Terminology',
  'Locale convention',
  'Style',
  'Other',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export const SEVERITIES = ['minor', 'major', 'critical'] as const satisfies readonly Severity[];

/** The graver of two severities: what one error counts for when two findings describe it. */
export const graverSeverity = (a: Severity, b: Severity): Severity =>
  SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;

export interface Span {
  start: number;
  end: number;
}

export interface Flag {
  check: string;
  category: MqmCategory;
  severity: Severity;
  message: string;
  side: Side;
  span: Span | null;
  /**
   * What would mend the error in place of the span, when the check knows it for certain: a single
   * space for a double one, one word for a doubled one. A reviewer applies it with one click.
   */
  fix?: string;
}

/**
 * A team's glossary entry for a language pair: the approved translation of a term, or a rendering
 * that must not be used ("Kiev" where the newsroom writes "Kyiv").
 */
export interface GlossaryEntry {
  sourceTerm: string;
  targetTerm: string;
  /** The target term is a rendering to avoid, not the approved one. */
  forbidden: boolean;
  note: string;
}

export interface Sentence {
  index: number;
  text: string;
  /** UTF-16 offsets into the whole document text. */
  start: number;
  end: number;
  paragraph: number;
}

export interface AlignedUnit {
  id: string;
  source: string;
  target: string;
  sourceSentences: number[];
  targetSentences: number[];
}

export interface RiskReason {
  feature: string;
  /** What the feature means, for a reviewer. */
  label: string;
  contribution: number;
}

export interface AnalyzedUnit extends AlignedUnit {
  risk: number;
  flagged: boolean;
  similarity: number | null;
  flags: Flag[];
  reasons: RiskReason[];
}

export interface LanguageInfo {
  code: string;
  detected: boolean;
}

export interface AnalyzedDocument {
  sourceLang: LanguageInfo;
  targetLang: LanguageInfo;
  units: AnalyzedUnit[];
  checksRun: string[];
  checksSkipped: string[];
  threshold: number;
  modelUsed: string | null;
}

export const UNIT_STATUSES = ['new', 'flagged', 'corrected', 'no_error', 'approved', 'rejected'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const ROLES = ['translator', 'editor', 'qa_lead'] as const;
/** As long as a password must be: the command line, the API and the forms ask the same. */
export const MIN_PASSWORD = 8;
export type Role = (typeof ROLES)[number];

export type FlagDecision = 'open' | 'confirmed' | 'dismissed';
