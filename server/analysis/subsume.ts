import { CHECKS } from '../checks';
import { type Flag, SEVERITIES, type Severity } from '../domain/types';

/** The checks that report a whole sentence with no counterpart, on its span. */
const WHOLE_SENTENCE = new Set(['omission', 'addition', 'sentence-unmatched', 'segmentation']);

const CHECK_NAMES = new Map(CHECKS.map((check) => [check.id, check.name]));

const coversSentence = (flag: Flag): boolean =>
  WHOLE_SENTENCE.has(flag.check) &&
  flag.span !== null &&
  ((flag.category === 'Accuracy/Omission' && flag.side === 'source') ||
    (flag.category === 'Accuracy/Addition' && flag.side === 'target'));

const inside = (flag: Flag, cover: Flag): boolean =>
  flag !== cover &&
  flag.side === cover.side &&
  flag.span !== null &&
  cover.span !== null &&
  flag.span.start >= cover.span.start &&
  flag.span.end <= cover.span.end;

/** A folded flag as the check's name and the words it was about: "Negation on one side only (“n't”)". */
function describe(flag: Flag, unit: { source: string; target: string }): string {
  const name = CHECK_NAMES.get(flag.check) ?? flag.check;
  const text = flag.span ? unit[flag.side].slice(flag.span.start, flag.span.end).trim() : '';
  return text === '' ? name : `${name} (“${text}”)`;
}

const graver = (a: Severity, b: Severity): Severity =>
  SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;

/**
 * One error, one flag: a sentence the translation leaves out (or adds) is an omission (addition), and
 * the negation, name, number or insult inside it is lost (added) with it, not a second error — MQM counts
 * the omission once, at the gravest severity of what it holds, and a reviewer rules on it once. The
 * flags inside are folded into the sentence's flag, named in its message. The risk is unchanged: it is
 * learned from every check's flags, before this.
 */
export function foldIntoWholeSentences(
  flags: readonly Flag[],
  unit: { source: string; target: string },
): Flag[] {
  const covers = flags.filter(coversSentence);
  if (covers.length === 0) return [...flags];
  const folded = new Map<Flag, Flag[]>();
  const kept: Flag[] = [];
  for (const flag of flags) {
    const cover = coversSentence(flag) ? undefined : covers.find((c) => inside(flag, c));
    if (!cover) kept.push(flag);
    else folded.set(cover, [...(folded.get(cover) ?? []), flag]);
  }
  return kept.map((flag) => {
    const within = folded.get(flag);
    if (!within) return flag;
    const findings = [...new Set(within.map((f) => describe(f, unit)))];
    return {
      ...flag,
      severity: within.reduce((severity, f) => graver(severity, f.severity), flag.severity),
      message: `${flag.message}. Within it: ${findings.join('; ')}`,
    };
  });
}
