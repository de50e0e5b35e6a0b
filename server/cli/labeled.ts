import { basename } from 'node:path';
import { featurizeUnits, pairLanguages, unitsFromPairs } from '../analysis/analyze';
import { loadPairsFile } from '../ingest/index';
import { InputError } from '../ingest/errors';
import { parseLabel } from '../scoring/metrics';
import { languagePairKey } from '../scoring/risk';
import type { TrainingSet } from '../scoring/train';
import type { Embedder } from '../model/types';
import type { SpellingService } from '../spelling/service';
import type { FeaturizedUnits } from '../analysis/analyze';
import type { LanguageInfo } from '../domain/types';

export interface LabeledFile extends TrainingSet {
  path: string;
  ids: string[];
  scores: (number | null)[];
  featurized: FeaturizedUnits;
  sourceLang: LanguageInfo;
  targetLang: LanguageInfo;
}

/** "ced-en-de-dev.tsv" → en, de: a convenience for files named by language pair; flags win over it. */
export function languagesFromFileName(path: string): { sourceLang?: string; targetLang?: string } {
  const match = /(?:^|[-_.])([a-z]{2})-([a-z]{2})(?=[-_.]|$)/.exec(basename(path));
  return match ? { sourceLang: match[1], targetLang: match[2] } : {};
}

/** Reads a pairs file with a label column and computes every unit's features. */
export async function readLabeledFile(
  path: string,
  langs: { sourceLang?: string; targetLang?: string },
  embedder: Embedder | null,
  spelling: SpellingService | null = null,
): Promise<LabeledFile> {
  const file = await loadPairsFile(path);
  const labels = file.extra.map((row, k) => {
    const label = parseLabel(row.label);
    if (label === null)
      throw new InputError(
        path,
        k + 2,
        `the label column must say ERR/NOT, 1/0 or true/false (got "${row.label ?? ''}")`,
      );
    return label;
  });
  const fromName = languagesFromFileName(path);
  const { sourceLang, targetLang } = await pairLanguages(file.pairs, {
    sourceLang: langs.sourceLang ?? file.sourceLang ?? fromName.sourceLang,
    targetLang: langs.targetLang ?? file.targetLang ?? fromName.targetLang,
  });
  const featurized = await featurizeUnits(
    unitsFromPairs(file.pairs),
    { source: sourceLang, target: targetLang },
    { embedder, spelling },
  );
  const scores = file.extra.map((row) =>
    row.score === undefined || row.score.trim() === '' ? null : Number(row.score),
  );
  return {
    name: basename(path),
    path,
    ids: file.pairs.map((p) => p.id),
    labels,
    scores,
    features: featurized.features,
    sources: { lang: sourceLang.code, texts: file.pairs.map((p) => p.source) },
    targets: { lang: targetLang.code, texts: file.pairs.map((p) => p.target) },
    languagePair: languagePairKey(sourceLang.code, targetLang.code),
    featurized,
    sourceLang,
    targetLang,
  };
}
