import { CHECKS } from '../checks';
import { type Flag, graverSeverity } from '../domain/types';

/** The checks that report a whole sentence with no counterpart, on its span. */
const WHOLE_SENTENCE = new Set(['omission', 'addition', 'sentence-unmatched', 'segmentation']);

/**
 * Checks whose finding spans the words other checks then report again: text left untranslated, a
 * phrase repeated in a loop ("controlado controlado controlado" is also a doubled word), a URL or
 * hashtag changed (its digits differ too), an amount with another unit ("16 MB": "GB" is missing too),
 * a model number, a placeholder. First the gravest container: a flag folds into the first that holds it.
 */
const CONTAINERS = ['untranslated', 'repetition-loop', 'markup', 'units', 'codes', 'placeholders'];

const NAME_MISSING = new Set(['entity-missing', 'entity-missing-transliterated']);
const NAME_ADDED = new Set(['entity-added', 'entity-added-transliterated']);

const CHECK_NAMES = new Map(CHECKS.map((check) => [check.id, check.name]));

const coversSentence = (flag: Flag): boolean =>
  WHOLE_SENTENCE.has(flag.check) &&
  flag.span !== null &&
  ((flag.category === 'Accuracy/Omission' && flag.side === 'source') ||
    (flag.category === 'Accuracy/Addition' && flag.side === 'target'));

/** How early a flag holds others (lower first); Infinity for a flag that holds none. */
function containerRank(flag: Flag): number {
  if (coversSentence(flag)) return 0;
  const rank = CONTAINERS.indexOf(flag.check);
  return rank < 0 || flag.span === null ? Infinity : rank + 1;
}

const inside = (flag: Flag, container: Flag): boolean =>
  flag.check !== container.check &&
  flag.side === container.side &&
  flag.span !== null &&
  container.span !== null &&
  flag.span.start >= container.span.start &&
  flag.span.end <= container.span.end;

/** A folded flag as the check's name and the words it was about: "Negation on one side only (“n't”)". */
function describe(flag: Flag, unit: { source: string; target: string }): string {
  const name = CHECK_NAMES.get(flag.check) ?? flag.check;
  const text = flag.span ? unit[flag.side].slice(flag.span.start, flag.span.end).trim() : '';
  return text === '' ? name : `${name} (“${text}”)`;
}

/**
 * What a flag of the whole unit says about a finding that already has its flag: the length note of a
 * unit with a sentence left out or cut off (or added, or looping), the "reads as English" of a
 * translation with source text copied into it, the name a translation put in place of the one it lost,
 * the final punctuation of a last sentence left out or added.
 */
function consequenceOf(
  flag: Flag,
  kept: readonly Flag[],
  unit: { source: string; target: string },
): Flag | undefined {
  if (flag.check === 'length-ratio' && flag.span === null)
    return kept.find((f) => f !== flag && f.span !== null && f.category === flag.category);
  if (flag.check === 'wrong-language' && flag.category === 'Accuracy/Untranslated')
    return kept.find((f) => f.check === 'untranslated' && f.side === 'target');
  // The last sentence left out (or added) takes its question or exclamation mark with it.
  if (flag.check === 'end-punctuation')
    return kept.find(
      (f) => coversSentence(f) && f.span !== null && unit[f.side].slice(f.span.end).trim() === '',
    );
  // A country put in place of another says what the missing and the added name say.
  if (NAME_ADDED.has(flag.check) || NAME_MISSING.has(flag.check)) {
    const replaced = kept.find((f) => f.check === 'country-changed');
    if (replaced) return replaced;
  }
  // One name missing and one added in its place ("Austria" → "Saksa"): a name replaced.
  if (NAME_ADDED.has(flag.check)) {
    const missing = kept.filter((f) => NAME_MISSING.has(f.check));
    const added = kept.filter((f) => NAME_ADDED.has(f.check));
    return missing.length === 1 && added.length === 1 ? missing[0] : undefined;
  }
  return undefined;
}

/**
 * One error, one flag. A sentence the translation leaves out (or adds) is an omission (addition), and
 * the negation, name, number or insult inside it is lost (added) with it, not a second error; so are
 * the digits of a changed URL, a doubled word inside a loop, a unit's symbol of an amount whose unit
 * changed; and a unit's length note or "reads as English" says again what the omission or the copied
 * text says. MQM counts the error once, at the gravest severity of what it holds, and a reviewer rules
 * on it once: the flags inside are folded into it, named in its message. The risk is unchanged: it is
 * learned from every check's flags, before this.
 */
export function oneFlagPerError(flags: readonly Flag[], unit: { source: string; target: string }): Flag[] {
  // Most units have no flag or one: nothing to fold.
  if (flags.length < 2) return [...flags];
  const containers = flags
    .filter((flag) => containerRank(flag) < Infinity)
    .sort((a, b) => containerRank(a) - containerRank(b));
  const within = new Map<Flag, Flag[]>();
  const also = new Map<Flag, Flag[]>();
  const add = (table: Map<Flag, Flag[]>, host: Flag, flag: Flag): void => {
    table.set(host, [...(table.get(host) ?? []), flag]);
  };
  const kept: Flag[] = [];
  for (const flag of flags) {
    const rank = containerRank(flag);
    const host = containers.find((c) => containerRank(c) < rank && inside(flag, c));
    if (host) add(within, host, flag);
    else kept.push(flag);
  }
  const result: Flag[] = [];
  for (const flag of kept) {
    const host = consequenceOf(flag, kept, unit);
    if (host) add(also, host, flag);
    else result.push(flag);
  }
  return result.map((flag) => {
    const inner = within.get(flag) ?? [];
    const besides = also.get(flag) ?? [];
    if (inner.length === 0 && besides.length === 0) return flag;
    const findings = [...new Set(inner.map((f) => describe(f, unit)))];
    const parts = [
      flag.message,
      ...(findings.length > 0 ? [`Within it: ${findings.join('; ')}`] : []),
      ...besides.map((f) => `Also: ${f.message}`),
    ];
    return {
      ...flag,
      severity: [...inner, ...besides].reduce(
        (severity, f) => graverSeverity(severity, f.severity),
        flag.severity,
      ),
      message: parts.join('. '),
    };
  });
}
