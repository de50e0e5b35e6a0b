/** The aligner's weights. `AlignOptions.params` overrides them for tuning (bench/align-tune.ts). */
export interface AlignParams {
  /** Cost of a run of unmatched sentences (an omission or an addition)… */
  skipPrior: number;
  /**
   * …and of each further sentence in the run: insertions come in runs (an appended bio, a dropped
   * paragraph), but a run made cheap invites the aligner to gather two separate omissions into one
   * and mispair the sentence between them (3 rather than 1.2: a third fewer false reports on the
   * synthetic documents, the same on the articles).
   */
  skipContinuation: number;
  /** Gale & Church's variance of target length per source character. */
  lengthVariance: number;
  /**
   * Numbers, dates, acronyms and URLs. 11 rather than 8 once an organisation spelt out on one side met
   * its acronym on the other: an unrelated news sentence on a line of its own, whose weekday the
   * source lacks, reported in 747 of 750 places in the real articles rather than 737, with 76 rather
   * than 88 other reports, and 5 more of 554 inserted and dropped sentences found in the synthetic
   * documents (3 of them without a lexicon).
   */
  strongWeight: number;
  /**
   * Names and shared word starts (cognates) are all a language pair without a lexicon or a model has
   * besides length: 12 and 16 rather than 8 and 8 found 11 more of 567 dropped and inserted sentences
   * in synthetic documents aligned that way (link F1 0.937 → 0.940; with lexicons unchanged, and the
   * real articles' counts identical).
   */
  nameWeight: number;
  lexicalWeight: number;
  /** Words a learned translation lexicon pairs (server/bilingual), for language pairs that have one. */
  translationWeight: number;
  punctuationWeight: number;
  similarityWeight: number;
  /** One sentence translated as two (or two as one). */
  splitPrior: number;
  /** A bead that joins sentences across a paragraph break on one side. */
  paragraphCrossing: number;
  /**
   * A source sentence that starts a paragraph paired with a target sentence inside one. An unrelated
   * sentence slipped in after a paragraph's last sentence is no better a length match for the next
   * paragraph's first sentence than its translation is, and was taken for it (clean articles with a
   * news sentence inserted: 122 → 130 of 132 reported). Not the other way round: a dropped first
   * sentence leaves the next one starting the target's paragraph.
   */
  paragraphStartMissed: number;
  /**
   * One side's last sentence ends with a full stop, question mark or other end mark and the other's
   * does not: a headline or byline paired with a sentence.
   */
  endMarkMismatch: number;
  /**
   * One side opens a sentence with a short label and a colon ("Read also: …") and the other has no
   * colon: a news site's boilerplate, which a terse translation otherwise takes in by its length. 2,
   * measured on the real articles read into English: "Read also" lines reported 736 → 746 of 750,
   * other reports 83 → 77; from English 748 → 749; 2 more of 277 inserted and dropped sentences in
   * the synthetic documents.
   */
  labelMismatch: number;
}

export const DEFAULT_ALIGN_PARAMS: Readonly<AlignParams> = {
  skipPrior: 4.3,
  skipContinuation: 3,
  lengthVariance: 5,
  strongWeight: 11,
  nameWeight: 12,
  lexicalWeight: 16,
  translationWeight: 24,
  punctuationWeight: 2,
  similarityWeight: 8,
  paragraphCrossing: 4,
  paragraphStartMissed: 0.5,
  endMarkMismatch: 1,
  labelMismatch: 2,
  splitPrior: 3.1,
};

/** A bead joins `sourceCount` source sentences with `targetCount` target sentences. */
export interface BeadShape {
  sourceCount: number;
  targetCount: number;
  prior: number;
}

export const MAX_JOIN = 3;
const MAX_SKIP_RUN = 6;

/** Costs are negative log-probabilities in spirit; the priors follow Gale & Church's bead frequencies. */
export function beadShapes(params: AlignParams): BeadShape[] {
  return [
    { sourceCount: 1, targetCount: 1, prior: 0 },
    { sourceCount: 1, targetCount: 2, prior: params.splitPrior },
    { sourceCount: 2, targetCount: 1, prior: params.splitPrior },
    { sourceCount: 2, targetCount: 2, prior: 4.5 },
    { sourceCount: 1, targetCount: 3, prior: 6 },
    { sourceCount: 3, targetCount: 1, prior: 6 },
    { sourceCount: 2, targetCount: 3, prior: 6.5 },
    { sourceCount: 3, targetCount: 2, prior: 6.5 },
    ...Array.from({ length: MAX_SKIP_RUN }, (_, k) => [
      { sourceCount: k + 1, targetCount: 0, prior: params.skipPrior + params.skipContinuation * k },
      { sourceCount: 0, targetCount: k + 1, prior: params.skipPrior + params.skipContinuation * k },
    ]).flat(),
  ];
}
