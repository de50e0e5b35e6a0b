import { describe, expect, it } from 'vitest';
import { matchesAsInitialism } from '../../../server/checks/lang/initialisms';
import { findNames } from '../../../server/text/names';

/** Whether `word` of the English `source` stands in `target` as an acronym, or the other way round. */
const matches = (source: string, word: string, target: string, targetLang = 'en'): boolean => {
  const names = findNames(source, 'en');
  const name = names.find((n) => n.text === word);
  if (!name) throw new Error(`no name "${word}" in "${source}"`);
  return matchesAsInitialism(
    name,
    { text: source, names },
    { text: target, names: () => findNames(target, targetLang) },
  );
};
const abbreviated = (source: string, word: string, target: string): boolean => matches(source, word, target);
const spelledOutIn = (acronym: string, target: string): boolean =>
  matches(`They said ${acronym} would.`, acronym, target, 'pl');

describe('names and their acronyms', () => {
  it('finds a multi-word name written as its acronym, in either word order', () => {
    expect(abbreviated('The European Union said so.', 'European', 'EU meddelade det.')).toBe(true);
    expect(abbreviated('The European Union said so.', 'Union', "L'UE l'a dit.")).toBe(true);
    expect(abbreviated('The World Health Organization warned.', 'Health', 'Die WHO warnte.')).toBe(true);
  });

  it('does not take other capitals or a lone name for an acronym', () => {
    expect(abbreviated('The European Union said so.', 'European', "L'ONU l'a dit.")).toBe(false);
    expect(abbreviated('The European Union said so.', 'European', 'Die EZB sagte das.')).toBe(false);
    expect(abbreviated('Anna went to Europe.', 'Europe', 'Anna fuhr in die EU.')).toBe(false);
  });

  it('finds an acronym written out as a name with its initials', () => {
    expect(spelledOutIn('EU', 'Unia Europejska oświadczyła, że jest gotowa.')).toBe(true);
    expect(spelledOutIn('UN', 'Unia Europejska oświadczyła, że jest gotowa.')).toBe(false);
    expect(spelledOutIn('EU', 'Europejska komisja.')).toBe(false);
  });
});
