import { translationLexicon } from '../../server/bilingual/lexicon';
import { readFileSync } from 'node:fs';
import { computeLengthStats } from '../../server/checks/length-ratio';
import { runChecks } from '../../server/checks/runner';
import type { Check, CheckUnit } from '../../server/checks/types';
import { offTargetCandidate } from '../../server/checks/lang/off-target';
import type { LanguageScores } from '../../server/text/language-id';
import type { Flag, GlossaryEntry } from '../../server/domain/types';
import { segment } from '../../server/text/segmenter';
import { type RememberedPair, memoryFromPairs } from '../../server/memory/translation-memory';

interface UnitExample {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  targetSentences?: string[];
  similarity?: number;
  similarityStats?: { median: number; spread: number; count: number };
  spellingAvailable?: boolean;
  misspellings?: { word: string; start: number; end: number }[];
  /** The team's glossary for the pair (the terminology check). */
  glossary?: GlossaryEntry[];
  /** Sentences the team approved before (the translation-memory check). */
  memory?: RememberedPair[];
}

interface DocumentExample {
  sourceLang: string;
  targetLang: string;
  units: { source: string; target: string }[];
  /** Pre-aligned pairs (a pairs file, XLIFF, TMX): each side of a unit is one text, as the pipeline passes it, not split into sentences. */
  pairs?: boolean;
}

export interface CheckFixture {
  pass: (UnitExample | DocumentExample)[];
  fail: (UnitExample | DocumentExample)[];
}

export function loadFixture(id: string): CheckFixture {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/checks/${id}.json`, import.meta.url), 'utf8'),
  ) as CheckFixture;
}

function isDocument(example: UnitExample | DocumentExample): example is DocumentExample {
  return 'units' in example;
}

/** As the pipeline asks: ELD's scores for a target whose words look like another language's. */
function identifiedTarget(
  pair: { source: string; target: string },
  example: { sourceLang: string; targetLang: string },
  identify: ((text: string) => LanguageScores) | undefined,
): LanguageScores | null {
  const candidate = offTargetCandidate(pair.source, pair.target, example.sourceLang, example.targetLang);
  return candidate === null || !identify ? null : identify(candidate);
}

/** Runs one check (through the runner, as the pipeline does) over one fixture example; returns each unit's flags. */
export function runExample(
  check: Check,
  example: UnitExample | DocumentExample,
  identify?: (text: string) => LanguageScores,
): Flag[][] {
  const pairs = isDocument(example) ? example.units : [example];
  const preAligned = isDocument(example) && example.pairs === true;
  const sentences = (text: string, lang: string): string[] =>
    !text ? [] : preAligned ? [text] : segment(text, lang).map((s) => s.text);
  const units: CheckUnit[] = pairs.map((pair, index) => ({
    index,
    source: pair.source,
    target: pair.target,
    sourceSentences: sentences(pair.source, example.sourceLang),
    targetSentences:
      'targetSentences' in pair && Array.isArray(pair.targetSentences)
        ? pair.targetSentences
        : sentences(pair.target, example.targetLang),
    similarity: 'similarity' in pair && typeof pair.similarity === 'number' ? pair.similarity : null,
    misspellings: 'misspellings' in pair && Array.isArray(pair.misspellings) ? pair.misspellings : null,
    targetLanguageScores: identifiedTarget(pair, example, identify),
  }));
  const ctx = {
    sourceLang: example.sourceLang,
    targetLang: example.targetLang,
    lengthStats: computeLengthStats(units),
    similarityStats: 'similarityStats' in example && example.similarityStats ? example.similarityStats : null,
    spellingAvailable: 'spellingAvailable' in example && example.spellingAvailable === true,
    translations: translationLexicon(example.sourceLang, example.targetLang),
    glossary: 'glossary' in example && Array.isArray(example.glossary) ? example.glossary : [],
    memory: 'memory' in example && Array.isArray(example.memory) ? memoryFromPairs(example.memory) : null,
  };
  return runChecks(units, ctx, { checks: [check] }).flags;
}
