import { describe, expect, it } from 'vitest';
import { abbreviatedIn, spelledOutIn } from '../../../server/checks/lang/initialisms';
import { findNames } from '../../../server/text/names';

const abbreviated = (source: string, word: string, target: string): boolean => {
  const names = findNames(source, 'en');
  return abbreviatedIn(
    source,
    names,
    names.findIndex((name) => name.text === word),
    target,
  );
};

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
    const target = 'Unia Europejska oświadczyła, że jest gotowa.';
    expect(spelledOutIn('EU', findNames(target, 'pl'), target)).toBe(true);
    expect(spelledOutIn('UN', findNames(target, 'pl'), target)).toBe(false);
    expect(spelledOutIn('EU', findNames('Europejska komisja.', 'pl'), 'Europejska komisja.')).toBe(false);
  });
});
