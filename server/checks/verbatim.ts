import type { Flag } from '../domain/types';
import { allMatches } from '../util/regexp';
import { MARKUP_KINDS, type ProtectedKind, unmatchedProtected } from './markup';
import type { CheckUnit, UnitCheck } from './types';

/**
 * File extensions of documents, code, data, images, media and packages: a word with one of these after
 * its point is a file's name ("config.yaml", "README.md", "login.py"), which a translation keeps. Not
 * the extensions that are also words or abbreviations run on after a point ("article.so i know",
 * "3000 B.C.", ".pl" and ".cs" for Polish and Czech): so, c, h, cc, cs, pl, go, rs. Lower case only:
 * "it.So what" is a sentence run into the next.
 */
const EXTENSIONS =
  'ya?ml|json|jsonl|toml|ini|cfg|conf|env|lock|log|xml|html?|css|scss|js|mjs|cjs|jsx|ts|tsx|py|rb|java|swift|cpp|hpp|php|sh|bash|bat|ps1|sql|db|sqlite|md|rst|txt|csv|tsv|xlsx?|docx?|pptx?|odt|pdf|png|jpe?g|gif|svg|webp|ico|mp3|mp4|wav|ogg|ogv|webm|mov|zip|tar|gz|tgz|7z|rar|exe|msi|dmg|apk|ipa|dll|jar|whl|xliff|xlf|tmx|pot?';

/** What a translation copies from technical text: code, names in a program, options, files. */
const VERBATIM_KINDS: readonly ProtectedKind[] = [
  // Markdown's inline code: compared without its backticks, which a translation may drop.
  { kind: 'code', pattern: /`[^`\n]+`/gu, normalize: (text) => text.replace(/`/g, '') },
  // snake_case and SCREAMING_SNAKE_CASE names of four letters or more ("max_retries", "API_KEY",
  // "from_oldid"; not the face "o_0", nor the name before an address's @), and a name called as a
  // function that is plainly a program's: with a point, an underscore or a capital inside
  // ("getUserName()", "os.path.join()"; not "section()", a word run into its brackets). Case aside:
  // a translation may start its sentence with the name, and tokenised text spaces it out ("Snow _ Patrol").
  {
    kind: 'identifier',
    pattern:
      /(?<![\p{L}\p{N}_@])(?=(?:[^\p{L}\s]*\p{L}){4})[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\p{L}\p{N}_@])|(?<![\p{L}\p{N}_.])[A-Za-z_]\w*(?:[._]\w+|[a-z][A-Z]\w*)\(\)/gu,
    normalize: (text) => text.toLowerCase(),
  },
  // A command-line option: "--dry-run", "--no-model".
  { kind: 'command-line option', pattern: /(?<![\p{L}\p{N}_-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*/gu },
  {
    kind: 'file name',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_./\\\\-])[\\p{L}\\p{N}_-]+\\.(?:${EXTENSIONS})(?![\\p{L}\\p{N}_])`,
      'gu',
    ),
  },
];

/** An underscore, a backtick, a call's "()", an option's "--" or a point before letters: what every kind holds. */
const MAY_HOLD = /[_`]|\(\)|--[a-z]|\.[a-z]/iu;

const ADDRESS_KINDS = MARKUP_KINDS.filter((k) => k.kind === 'URL' || k.kind === 'e-mail address');

/** URLs and addresses hold names, underscores and file names of their own: the markup check compares them. */
function withoutAddresses(text: string): string {
  // Blanked, not cut: the flags' spans stay offsets into the text.
  let masked = text;
  for (const { pattern } of ADDRESS_KINDS)
    for (const match of allMatches(pattern, masked))
      masked =
        masked.slice(0, match.index) +
        ' '.repeat(match[0].length) +
        masked.slice(match.index + match[0].length);
  return masked;
}

function contains(outer: Flag, inner: Flag): boolean {
  return (
    outer.side === inner.side &&
    outer.span !== null &&
    inner.span !== null &&
    outer.span.start <= inner.span.start &&
    inner.span.end <= outer.span.end &&
    outer.span.end - outer.span.start > inner.span.end - inner.span.start
  );
}

export const verbatim = {
  scope: 'unit',
  id: 'verbatim',
  name: 'Code, option or file name differs',
  category: 'Accuracy/Mistranslation',
  // Instructions whose command, option or setting was translated no longer work.
  severity: 'major',
  description:
    'What technical text copies rather than translates must be in the target as in the source: inline code in backticks, a program\'s names written with underscores or called as functions ("max_retries", "API_KEY", "getUserName()"), command-line options ("--dry-run") and file names ("config.yaml", "README.md"). URLs and e-mail addresses are the markup check\'s. One changed where none is lost or added beside it carries the source\'s as its fix ("--speichern-dev" → "--save-dev").',
  run(unit: CheckUnit): Flag[] {
    if (!MAY_HOLD.test(unit.source) && !MAY_HOLD.test(unit.target)) return [];
    const masked = { source: withoutAddresses(unit.source), target: withoutAddresses(unit.target) };
    const flags = unmatchedProtected(masked, VERBATIM_KINDS, verbatim, MAY_HOLD);
    // A name inside changed code is that change, reported once.
    return flags.filter((flag) => !flags.some((other) => other !== flag && contains(other, flag)));
  },
} satisfies UnitCheck;
