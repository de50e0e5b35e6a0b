import iconv from 'iconv-lite';
import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

/** U+FFFD, and UTF-8 read as Latin-1/Windows-1252 ("Ä…" for "ą", "Ã©" for "é", "â€™" for "’"). */
const BROKEN =
  /\uFFFD|[ÃÄÅÂ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0080-\u00BF™œ\u2018-\u201E¦¢]/u;

/**
 * The character that mojibake stands for: its letters encoded back to the Windows-1252 bytes they
 * were read from, and those read as UTF-8 ("Ä…" → "ą", "â€™" → "’"). Null when that gives no single
 * character (U+FFFD itself, or bytes that are no UTF-8).
 */
function repaired(mojibake: string): string | null {
  if (mojibake.includes('\uFFFD')) return null;
  const text = iconv.encode(mojibake, 'win1252').toString('utf8');
  return [...text].length === 1 && !text.includes('\uFFFD') ? text : null;
}

export const brokenCharacters = {
  scope: 'unit',
  id: 'broken-characters',
  name: 'Broken characters',
  category: 'Fluency/Character encoding',
  severity: 'major',
  description:
    'Replacement characters (�) or mojibake such as "Ä…" and "â€™": text decoded with the wrong encoding somewhere.',
  run(unit): Flag[] {
    const match = BROKEN.exec(unit.target);
    if (!match || BROKEN.test(unit.source)) return [];
    const fix = repaired(match[0]);
    return [
      flagFrom(brokenCharacters, {
        side: 'target',
        span: { start: match.index, end: match.index + match[0].length },
        message: `“${match[0]}” is a broken character`,
        ...(fix === null ? {} : { fix }),
      }),
    ];
  },
} satisfies UnitCheck;
