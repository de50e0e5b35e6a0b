import { dictionaryFiles } from '../text/lexicon';

const FLAG_DIRECTIVES = ['ONLYINCOMPOUND', 'NEEDAFFIX'] as const;

/**
 * A Hunspell dictionary prepared for nspell. nspell keeps only the last entry of a word listed
 * twice, and it does not compound: German lists "hoch" plainly and again as a compound part
 * ("hoch/Sozm", ONLYINCOMPOUND), so nspell rejected "hoch", "macht" and "erwarten" — half the
 * unknown words on German MT output were such everyday words. The compound-only and needs-an-affix
 * flags are taken off every entry, which leaves each word valid on its own, as it is outside compounds.
 */
export function spellerFiles(lang: string): { aff: string; dic: string } | null {
  const files = dictionaryFiles(lang);
  return files ? withoutCompoundFlags(files.aff.toString('utf8'), files.dic.toString('utf8')) : null;
}

/** The .aff and .dic texts with the compound-only and needs-an-affix flags taken off every entry. */
export function withoutCompoundFlags(aff: string, dic: string): { aff: string; dic: string } {
  const flags = FLAG_DIRECTIVES.flatMap(
    (directive) => new RegExp(`^${directive}\\s+(\\S+)`, 'm').exec(aff)?.[1] ?? [],
  );
  if (flags.length === 0) return { aff, dic };
  const dropped = new Set(flags);
  const format = /^FLAG\s+(\S+)/m.exec(aff)?.[1] ?? 'char';
  const lines = dic.split('\n').map((line, k) => {
    const slash = line.indexOf('/');
    if (k === 0 || slash < 0) return line;
    const rest = line.slice(slash + 1);
    const end = rest.search(/\s/);
    const wordFlags = end < 0 ? rest : rest.slice(0, end);
    const kept = splitFlags(wordFlags, format)
      .filter((flag) => !dropped.has(flag))
      .join(format === 'num' ? ',' : '');
    const tail = end < 0 ? '' : rest.slice(end);
    return kept === '' ? `${line.slice(0, slash)}${tail}` : `${line.slice(0, slash)}/${kept}${tail}`;
  });
  return { aff, dic: lines.join('\n') };
}

/** An entry's flags by the .aff's FLAG format: one character each, two (long), or numbers (num). */
function splitFlags(flags: string, format: string): string[] {
  if (format === 'long') return flags.match(/../gsu) ?? [];
  if (format === 'num') return flags.split(',');
  return [...flags];
}
