/**
 * Grid search over the aligner's weights on synthetic documents built from training sentence pairs
 * (`npx tsx bench/align-tune.ts`). Reports link F1 and how many inserted and dropped sentences were
 * found; the defaults in server/align/params.ts come from here.
 */
import { existsSync } from 'node:fs';
import { alignSentences } from '../server/align/aligner';
import { translationLexicon } from '../server/bilingual/lexicon';
import type { AlignParams } from '../server/align/params';
import { unitsFromBeads } from '../server/analysis/analyze';
import { computeLengthStats } from '../server/checks/length-ratio';
import { segmentation } from '../server/checks/segmentation';
import { segment } from '../server/text/segmenter';
import { random } from '../server/util/random';
import {
  type SentencePair,
  buildDocument,
  linkScore,
  predictedLinks,
  readSentencePairs,
  singleSentencePairs,
  trueLinks,
} from './synthetic';

export interface AlignmentScore {
  f1: number;
  precision: number;
  recall: number;
  additionsFound: number;
  /** Of those, the ones the alignment itself leaves without a source (what `mt-review align` prints). */
  additionsAligned: number;
  additions: number;
  omissionsFound: number;
  omissionsAligned: number;
  omissions: number;
  /** Sentences reported as added (omitted) that have a counterpart after all. */
  falseAdditions: number;
  falseOmissions: number;
}

/** Aligns `documents` synthetic documents of `sentences` sentences and scores them against the truth. */
export function scoreAlignment(
  pairs: readonly SentencePair[],
  langs: [string, string],
  options: {
    documents: number;
    sentences: number;
    seed: number;
    params?: Partial<AlignParams>;
    /** Only pairs that are one sentence on each side (files of multi-sentence comments). */
    singleSentences?: boolean;
    /** Align as for a language pair with no translation lexicon (most pairs users bring). */
    withoutLexicon?: boolean;
  },
): AlignmentScore {
  const rng = random(options.seed);
  const usable = options.singleSentences ? singleSentencePairs(pairs, langs) : pairs;
  const total = {
    f1: 0,
    precision: 0,
    recall: 0,
    additionsFound: 0,
    additionsAligned: 0,
    additions: 0,
    omissionsFound: 0,
    omissionsAligned: 0,
    omissions: 0,
    falseAdditions: 0,
    falseOmissions: 0,
  };
  for (let d = 0; d < options.documents; d++) {
    const doc = buildDocument(usable, usable, rng, options.sentences);
    const source = segment(doc.source, langs[0]);
    const target = segment(doc.target, langs[1]);
    const languages = { source: langs[0], target: langs[1] };
    const translations = options.withoutLexicon ? null : translationLexicon(langs[0], langs[1]);
    const beads = alignSentences(
      source,
      target,
      options.params ? { params: options.params, languages, translations } : { languages, translations },
    );
    const truth = trueLinks(doc, source, target);
    const score = linkScore(predictedLinks(beads), truth);
    total.f1 += score.f1 / options.documents;
    total.precision += score.precision / options.documents;
    total.recall += score.recall / options.documents;
    const linkedSource = new Set([...truth].map((l) => Number(l.split(':')[0])));
    const linkedTarget = new Set([...truth].map((l) => Number(l.split(':')[1])));
    const unmatchedSource = new Set(beads.filter((b) => b.target.length === 0).flatMap((b) => b.source));
    const unmatchedTarget = new Set(beads.filter((b) => b.source.length === 0).flatMap((b) => b.target));
    const alignedSource = new Set(unmatchedSource);
    const alignedTarget = new Set(unmatchedTarget);
    // The segmentation check reports additions and omissions hidden inside joined units: count those too.
    const units = unitsFromBeads(beads, source, target).map((u, index) => ({
      index,
      source: u.source,
      target: u.target,
      sourceSentences: u.sourceTexts,
      targetSentences: u.targetTexts,
      similarity: null,
    }));
    const ctx = {
      sourceLang: langs[0],
      targetLang: langs[1],
      lengthStats: computeLengthStats(units),
      similarityStats: null,
      translations,
    };
    units.forEach((unit, k) => {
      const bead = beads[k];
      if (!bead) return;
      for (const flag of segmentation.run(unit, ctx)) {
        if (flag.category === 'Accuracy/Addition') {
          const at = unit.targetSentences.findIndex(
            (t) => flag.span && unit.target.slice(flag.span.start, flag.span.end) === t,
          );
          const j = bead.target[at];
          if (j !== undefined) unmatchedTarget.add(j);
        }
        if (flag.category === 'Accuracy/Omission') {
          const at = unit.sourceSentences.findIndex(
            (t) => flag.span && unit.source.slice(flag.span.start, flag.span.end) === t,
          );
          const i = bead.source[at];
          if (i !== undefined) unmatchedSource.add(i);
        }
      }
    });
    unmatchedSource.forEach((i) => {
      if (linkedSource.has(i)) total.falseOmissions++;
    });
    unmatchedTarget.forEach((j) => {
      if (linkedTarget.has(j)) total.falseAdditions++;
    });
    source.forEach((_, i) => {
      if (linkedSource.has(i)) return;
      total.omissions++;
      if (unmatchedSource.has(i)) total.omissionsFound++;
      if (alignedSource.has(i)) total.omissionsAligned++;
    });
    target.forEach((_, j) => {
      if (linkedTarget.has(j)) return;
      total.additions++;
      if (unmatchedTarget.has(j)) total.additionsFound++;
      if (alignedTarget.has(j)) total.additionsAligned++;
    });
  }
  return total;
}

const SETS: [string, [string, string]][] = [
  ['mlqe-hter-en-de', ['en', 'de']],
  ['mlqe-hter-ro-en', ['ro', 'en']],
  ['ced-en-cs', ['en', 'cs']],
  ['ced-en-zh', ['en', 'zh']],
];

if (process.argv[1]?.endsWith('align-tune.ts')) {
  const sets = SETS.filter(([name]) => existsSync(`../shared/eval/${name}-train.tsv`)).map(
    ([name, langs]) => ({
      name,
      langs,
      pairs: readSentencePairs(`../shared/eval/${name}-train.tsv`),
    }),
  );
  const grid: Partial<AlignParams>[] = [];
  for (const skipPrior of [4.3, 5.3])
    for (const skipContinuation of [1.2, 3, 4])
      for (const nameWeight of [4, 8])
        for (const lexicalWeight of [4, 8, 12])
          grid.push({ skipPrior, skipContinuation, nameWeight, lexicalWeight });
  for (const params of grid) {
    const scores = sets.map((set) =>
      scoreAlignment(set.pairs, set.langs, { documents: 8, sentences: 40, seed: 11, params }),
    );
    const f1 = scores.reduce((s, x) => s + x.f1, 0) / scores.length;
    const found =
      scores.reduce((s, x) => s + x.additionsFound + x.omissionsFound, 0) /
      scores.reduce((s, x) => s + x.additions + x.omissions, 0);
    console.log(
      JSON.stringify(params),
      'F1',
      f1.toFixed(3),
      'found',
      found.toFixed(3),
      scores.map((x) => x.f1.toFixed(3)).join(' '),
    );
  }
}
