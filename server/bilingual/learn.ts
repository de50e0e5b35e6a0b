import { translationKeys } from './keys';

export interface ParallelRow {
  source: string;
  target: string;
}

export interface BilingualOptions {
  /** EM iterations of IBM Model 1 in each direction. */
  iterations?: number;
  /** A key must occur in this many sentences to get an entry, and a pair must co-occur as often. */
  minCount?: number;
  /**
   * Keys in this share of the sentences or more (function words: "the", "und", "の") get no entry:
   * they say little about which sentence is which. At least 20 sentences, so a small corpus keeps its words.
   */
  commonShare?: number;
  /** Both directions' translation probabilities must reach this for a pair to be kept. */
  minProbability?: number;
  /** At most this many target keys per source key. */
  maxTranslations?: number;
}

interface Interned {
  ids: Map<string, number>;
  keys: string[];
  counts: number[];
}

function intern(table: Interned, keys: readonly string[]): Int32Array {
  return Int32Array.from(
    keys.map((key) => {
      let id = table.ids.get(key);
      if (id === undefined) {
        id = table.keys.length;
        table.ids.set(key, id);
        table.keys.push(key);
        table.counts.push(0);
      }
      table.counts[id] = (table.counts[id] ?? 0) + 1;
      return id;
    }),
  );
}

/**
 * IBM Model 1 (Brown et al. 1993): t(f | e), the probability that source key e is translated as target key f,
 * by expectation–maximisation over sentence pairs, with an empty word (id 0 here, keys from 1) on the
 * source side for target words that translate nothing. Every (e, f) pair that co-occurs gets a dense
 * slot, so the iterations run over typed arrays: keyed maps made a run on 15,000 pairs take a minute.
 */
function modelOne(
  sources: readonly Int32Array[],
  targets: readonly Int32Array[],
  width: number,
  iterations: number,
): Map<number, number> {
  const slots = new Map<number, number>();
  const slotSource: number[] = [];
  const slotOf = (e: number, f: number): number => {
    const key = e * width + f;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slotSource.length;
      slots.set(key, slot);
      slotSource.push(e);
    }
    return slot;
  };
  // For each sentence pair, for each target word, the slots of its source words (the empty word first).
  const sentenceSlots = sources.map((source, k) => {
    const target = targets[k] ?? new Int32Array(0);
    const row = new Int32Array(target.length * (source.length + 1));
    let n = 0;
    for (const f of target) {
      row[n++] = slotOf(0, f);
      for (const e of source) row[n++] = slotOf(e + 1, f);
    }
    return { row, span: source.length + 1 };
  });
  const probability = new Float64Array(slotSource.length).fill(1);
  const counts = new Float64Array(slotSource.length);
  const totals = new Float64Array(width + 1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    counts.fill(0);
    totals.fill(0);
    for (const { row, span } of sentenceSlots) {
      for (let start = 0; start < row.length; start += span) {
        let norm = 0;
        for (let k = start; k < start + span; k++) norm += probability[row[k] ?? 0] ?? 0;
        if (norm === 0) continue;
        for (let k = start; k < start + span; k++) {
          const slot = row[k] ?? 0;
          const share = (probability[slot] ?? 0) / norm;
          counts[slot] = (counts[slot] ?? 0) + share;
          const e = slotSource[slot] ?? 0;
          totals[e] = (totals[e] ?? 0) + share;
        }
      }
    }
    for (let slot = 0; slot < probability.length; slot++)
      probability[slot] = (counts[slot] ?? 0) / (totals[slotSource[slot] ?? 0] || 1);
  }
  const table = new Map<number, number>();
  for (const [key, slot] of slots) table.set(key, probability[slot] ?? 0);
  return table;
}

/**
 * Learns which target words translate which source words from sentence pairs, in both directions, and
 * keeps the pairs both directions agree on (a symmetrised lexicon is far more precise than either
 * direction alone).
 */
export function learnBilingualLexicon(
  rows: readonly ParallelRow[],
  languages: { source: string; target: string },
  options: BilingualOptions = {},
): Record<string, string[]> {
  const iterations = options.iterations ?? 5;
  const minCount = options.minCount ?? 3;
  const commonShare = options.commonShare ?? 0.035;
  const minProbability = options.minProbability ?? 0.1;
  const maxTranslations = options.maxTranslations ?? 4;
  const sourceTable: Interned = { ids: new Map(), keys: [], counts: [] };
  const targetTable: Interned = { ids: new Map(), keys: [], counts: [] };
  const sources = rows.map((row) => intern(sourceTable, translationKeys(row.source, languages.source)));
  const targets = rows.map((row) => intern(targetTable, translationKeys(row.target, languages.target)));
  const width = Math.max(sourceTable.keys.length, targetTable.keys.length) + 1;
  const forward = modelOne(sources, targets, width, iterations);
  const backward = modelOne(targets, sources, width, iterations);
  const together = new Map<number, number>();
  for (let k = 0; k < rows.length; k++)
    for (const e of sources[k] ?? [])
      for (const f of targets[k] ?? []) together.set(e * width + f, (together.get(e * width + f) ?? 0) + 1);
  const commonCount = Math.max(20, commonShare * rows.length);
  const common = (table: Interned): Set<number> =>
    new Set(table.counts.flatMap((count, id) => (count >= commonCount ? [id] : [])));
  const commonSource = common(sourceTable);
  const commonTarget = common(targetTable);
  const found = new Map<number, { f: number; score: number }[]>();
  for (const [key, coOccurrences] of together) {
    const e = Math.floor(key / width);
    const f = key % width;
    if (coOccurrences < minCount || commonSource.has(e) || commonTarget.has(f)) continue;
    const there = forward.get((e + 1) * width + f) ?? 0;
    const back = backward.get((f + 1) * width + e) ?? 0;
    if (there < minProbability || back < minProbability) continue;
    const translations = found.get(e) ?? [];
    translations.push({ f, score: there * back });
    found.set(e, translations);
  }
  const entries: Record<string, string[]> = {};
  for (const [e, translations] of [...found].sort(([a], [b]) =>
    (sourceTable.keys[a] ?? '') < (sourceTable.keys[b] ?? '') ? -1 : 1,
  )) {
    const best = Math.max(...translations.map((t) => t.score));
    // A word's own translation scores well above the words that merely keep it company.
    entries[sourceTable.keys[e] ?? ''] = translations
      .filter((t) => t.score >= best / 2)
      .sort((a, b) => b.score - a.score)
      .slice(0, maxTranslations)
      .map(({ f }) => targetTable.keys[f] ?? '');
  }
  return entries;
}
