import { allMatches } from '../util/regexp';
import type { Flag } from '../domain/types';
import { findNames } from '../text/names';
import { fold } from '../text/normalize';
import { displayNames } from '../text/places';
import { perLanguage } from '../text/memo';
import { type DocumentCheck, flagFrom } from './types';
import { distance as editDistance } from 'fastest-levenshtein';

interface Rendering {
  unit: number;
  /** The name as this unit's source writes it. */
  source: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The name kept as written inside a longer name or title the translation copies from its source
 * ("American Civil Liberties Union", "Scientific American", "Muhammad I."): a title keeps its words,
 * however the name is rendered in running text ("amerikanische").
 */
function keptInTitle(rendering: Rendering, source: string, target: string): boolean {
  if (rendering.text !== rendering.source) return false;
  const before = /(\S+)\s+$/u.exec(target.slice(0, rendering.start))?.[1];
  const after = /^\s+(\S+)/u.exec(target.slice(rendering.end))?.[1];
  const copied = (phrase: string): boolean => source.includes(phrase);
  return (
    (before !== undefined && /^\p{Lu}/u.test(before) && copied(`${before} ${rendering.text}`)) ||
    (after !== undefined &&
      /^\p{Lu}/u.test(after) &&
      copied(`${rendering.text} ${after.replace(/\.$/u, '')}`))
  );
}

/** Both renderings keep their own source's spelling, and the sources differ ("Perez", "Pérez"): the source decided. */
function followsSource(a: Rendering, b: Rendering): boolean {
  return a.source !== b.source && a.text === a.source && b.text === b.source;
}

/** The language's names for languages, folded ("japanese", "norwegian"). */
const languageNamesOf = perLanguage(
  (lang): ReadonlySet<string> =>
    new Set([...displayNames(lang, 'language').values()].map((name) => fold(name))),
);

const CAPITALISED_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * The target word that renders a source name: capitalised and, diacritics folded and endings aside,
 * within a quarter of the name's letters of it ("Zełenskiemu" for "Zelensky", not "William" for "Willkie").
 */
function renderingOf(name: string, target: string): { text: string; start: number; end: number } | null {
  const folded = fold(name);
  const limit = Math.max(1, Math.floor(folded.length / 4));
  let best: { text: string; start: number; end: number; distance: number } | null = null;
  // Capitalised words straight from the text: this check runs after the per-sentence memos have
  // moved on, and tokenising every target again cost more than the rest of it.
  for (const match of allMatches(CAPITALISED_WORD, target)) {
    const text = match[0];
    if (fold(text[0] ?? '') !== folded[0]) continue;
    const distance = editDistance(fold(text).slice(0, folded.length), folded);
    if (distance <= limit && (!best || distance < best.distance))
      best = { text, start: match.index, end: match.index + text.length, distance };
  }
  return best;
}

/**
 * Two renderings are the same name when they agree up to the last letter of the source name's stem:
 * inflection ("Zełenski", "Zełenskiego") changes endings, a different transliteration ("Zełenski",
 * "Zelensky") changes the stem.
 */
function sameName(a: string, b: string, sourceName: string): boolean {
  const stem = Math.max(3, sourceName.length - 2);
  return a.toLowerCase().slice(0, stem) === b.toLowerCase().slice(0, stem);
}

export const nameVariants = {
  scope: 'document',
  id: 'name-variants',
  name: 'Name rendered two ways',
  category: 'Terminology',
  severity: 'minor',
  description:
    'A name that occurs in several source sentences is spelled differently in the translation ("Zełenski" in one sentence, "Zelensky" in another); inflected forms of one spelling are fine.',
  appliesTo: (ctx) => !['ja', 'zh', 'ko', 'th'].includes(ctx.targetLang),
  run(units, ctx): Flag[][] {
    const flags: Flag[][] = units.map(() => []);
    const mentions = new Map<string, { name: string; unit: number }[]>();
    units.forEach((unit, index) => {
      for (const name of findNames(unit.source, ctx.sourceLang)) {
        if (name.acronym || name.common || name.text.length < 5 || name.calendar) continue;
        // A people's or language's adjective is declined and made a noun or a country as the sentence
        // needs ("Norwegian" norwegischen, Norwegen; "Japanese" Japaner, japanische): no name to keep.
        if (languageNamesOf(ctx.sourceLang).has(fold(name.text))) continue;
        const key = fold(name.text);
        const list = mentions.get(key) ?? [];
        list.push({ name: name.text, unit: index });
        mentions.set(key, list);
      }
    });
    // Only a name the source mentions more than once can be rendered two ways: the rest need no search.
    const renderings = new Map<string, { name: string; seen: Rendering[] }>();
    for (const [key, list] of mentions) {
      if (list.length < 2) continue;
      for (const { name, unit } of list) {
        const target = units[unit]?.target ?? '';
        const rendering = renderingOf(name, target);
        if (!rendering) continue;
        if (keptInTitle({ unit, source: name, ...rendering }, units[unit]?.source ?? '', target)) continue;
        const entry = renderings.get(key) ?? { name, seen: [] };
        entry.seen.push({ unit, source: name, ...rendering });
        renderings.set(key, entry);
      }
    }
    for (const { name, seen } of renderings.values()) {
      const first = seen[0];
      if (!first) continue;
      for (const other of seen.slice(1)) {
        if (sameName(first.text, other.text, name) || followsSource(first, other)) continue;
        flags[other.unit]?.push(
          flagFrom(nameVariants, {
            side: 'target',
            span: { start: other.start, end: other.end },
            message: `“${name}” is “${first.text}” in unit ${first.unit + 1} but “${other.text}” here`,
          }),
        );
      }
    }
    return flags;
  },
} satisfies DocumentCheck;
