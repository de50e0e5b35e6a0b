import type { TranslationLexicon } from '../bilingual/lexicon';
import type { Flag, GlossaryEntry, MqmCategory, Severity, Side, Span } from '../domain/types';
import type { LanguageScores } from '../text/language-id';

/** One aligned unit as the checks see it. */
export interface CheckUnit {
  index: number;
  source: string;
  target: string;
  /** The sentences the aligner joined into this unit (one each for pre-aligned pairs). */
  sourceSentences: readonly string[];
  targetSentences: readonly string[];
  /** Cross-lingual cosine similarity from the model; null when no model ran or a side is empty. */
  similarity: number | null;
  /** Target words the target language's dictionary does not know; null when spelling was not checked. */
  misspellings?: readonly { word: string; start: number; end: number }[] | null;
  /**
   * Language identification of the target's own words, asked by the pipeline only when they look
   * like another language than the target's (checks/lang/off-target); null or absent otherwise.
   */
  targetLanguageScores?: LanguageScores | null;
}

/** The document's own similarity baseline: one MT system on one article scores alike. */
export interface SimilarityStats {
  median: number;
  spread: number;
  count: number;
}

export interface LengthStats {
  /** Mean and spread of log(target length / source length) over the units that have both sides. */
  meanLogRatio: number;
  sdLogRatio: number;
  count: number;
  /**
   * The median source length (visible characters) of those units: the spread holds for sentences of
   * about this length, and shorter ones vary more.
   */
  typicalLength?: number;
}

/** A translation the team approved before, and where: "US and Russia open security talks, unit 3". */
export interface MemoryEntry {
  target: string;
  origin: string;
}

/** The approved translations of a source sentence, found case, accents and spacing aside. */
export type TranslationMemory = (source: string) => readonly MemoryEntry[];

export interface CheckContext {
  sourceLang: string;
  targetLang: string;
  lengthStats: LengthStats;
  similarityStats: SimilarityStats | null;
  /** Whether the units carry dictionary look-ups (a dictionary for the target language was asked). */
  spellingAvailable?: boolean;
  /** The language pair's learned translation lexicon (server/bilingual), when there is one. */
  translations?: TranslationLexicon | null;
  /** Whether the document's targets are mostly tokenised text (spaces around punctuation, between CJK words). */
  targetTokenised?: boolean;
  /** The team's glossary for the language pair: approved and forbidden translations of terms. */
  glossary?: readonly GlossaryEntry[];
  /** The team's approved translations of whole sentences (other documents, or a TMX on the command line). */
  memory?: TranslationMemory | null;
}

interface CheckMeta {
  id: string;
  name: string;
  category: MqmCategory;
  severity: Severity;
  description: string;
  /** When false for a language pair the runner skips the check and reports it as skipped. */
  appliesTo?: (ctx: CheckContext) => boolean;
}

export interface UnitCheck extends CheckMeta {
  scope: 'unit';
  run: (unit: CheckUnit, ctx: CheckContext) => Flag[];
}

/** Looks across units (consistency); returns the flags for each unit, index-aligned with `units`. */
export interface DocumentCheck extends CheckMeta {
  scope: 'document';
  run: (units: readonly CheckUnit[], ctx: CheckContext) => Flag[][];
}

export type Check = UnitCheck | DocumentCheck;

export interface FlagInit {
  side: Side;
  span: Span | null;
  message: string;
  severity?: Severity;
  category?: MqmCategory;
  fix?: string;
}

/** Builds a flag carrying the check's id, category and default severity. */
export function flagFrom(check: CheckMeta, init: FlagInit): Flag {
  return {
    check: check.id,
    category: init.category ?? check.category,
    severity: init.severity ?? check.severity,
    message: init.message,
    side: init.side,
    span: init.span,
    ...(init.fix === undefined ? {} : { fix: init.fix }),
  };
}
