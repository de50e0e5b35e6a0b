import { describe, expect, it } from 'vitest';
import { findInflected, stemOf, stemTable } from '../../../server/checks/lang/inflected';

describe('offensive entries as inflecting languages decline them', () => {
  it('takes a noun’s final vowel off and leaves verbs and short words alone', () => {
    expect(stemOf('kurva', 'cs')).toBe('kurv');
    expect(stemOf('prdel', 'cs')).toBe('prdel');
    expect(stemOf('idiot', 'cs')).toBe('idiot');
    expect(stemOf('jebat', 'cs')).toBeNull();
    expect(stemOf('pieprzyć', 'pl')).toBeNull();
    expect(stemOf('dupa', 'pl')).toBeNull();
    expect(stemOf('do prdele', 'cs')).toBeNull();
    expect(stemOf('kurva', 'de')).toBeNull();
  });

  it('reads a stem with one of the language’s endings, and nothing else', () => {
    const czech = stemTable(['kunda', 'hovno', 'prdel'], 'cs');
    const found = (text: string): string | undefined => findInflected(text, czech, () => false)?.text;
    expect(found('Je to kus hovna.')).toBe('hovna');
    expect(found('Jsme v prdeli.')).toBe('prdeli');
    expect(found('Milan Kundera psal.')).toBeUndefined();
    const russian = stemTable(['манда', 'блядь'], 'ru');
    expect(findInflected('Эти бляди', russian, () => false)?.text).toBe('бляди');
    expect(findInflected('Мандат истёк', russian, () => false)).toBeNull();
  });

  it('leaves a form the caller calls ordinary', () => {
    const polish = stemTable(['ciota'], 'pl');
    expect(findInflected('moja ciotka', polish, () => false)).toBeNull();
    expect(findInflected('te cioty', polish, (word) => word === 'cioty')).toBeNull();
  });
});
