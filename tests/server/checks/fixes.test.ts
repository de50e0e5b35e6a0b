import { describe, expect, it } from 'vitest';
import { brokenCharacters } from '../../../server/checks/broken-characters';
import { dates } from '../../../server/checks/dates';
import { doubleSpace } from '../../../server/checks/double-space';
import { doubledWords } from '../../../server/checks/doubled-words';
import { localeFormat } from '../../../server/checks/locale-format';
import { lowercaseStart } from '../../../server/checks/lowercase-start';
import { markup } from '../../../server/checks/markup';
import { numbers } from '../../../server/checks/numbers';
import { placeholders } from '../../../server/checks/placeholders';
import { terminology } from '../../../server/checks/terminology';
import { units } from '../../../server/checks/units';
import { verbatim } from '../../../server/checks/verbatim';
import { contextInto, oneSentenceUnit, withFix } from '../../helpers/one-sentence';

const ctx = contextInto('de');

describe('fixes a check knows for certain', () => {
  it('mends a doubled word and a double space, and the check then finds nothing', () => {
    const doubled = 'Die Preise sind sind gestiegen.';
    const [word] = doubledWords.run(oneSentenceUnit('Prices have risen.', doubled), ctx);
    expect(withFix(doubled, word)).toBe('Die Preise sind gestiegen.');
    expect(doubledWords.run(oneSentenceUnit('Prices have risen.', withFix(doubled, word)), ctx)).toEqual([]);

    const spaced = 'Die Preise  sind gestiegen.';
    const [space] = doubleSpace.run(oneSentenceUnit('Prices have risen.', spaced), ctx);
    expect(withFix(spaced, space)).toBe('Die Preise sind gestiegen.');

    const beforeComma = 'Die Preise sind gestiegen , sagte er.';
    const [comma] = doubleSpace.run(oneSentenceUnit('Prices have risen, he said.', beforeComma), ctx);
    expect(withFix(beforeComma, comma)).toBe('Die Preise sind gestiegen, sagte er.');

    const decimal = 'Die Preise stiegen um 3.5 Prozent.';
    const [separator] = localeFormat.run(oneSentenceUnit('Prices rose by 3.5 percent.', decimal), ctx);
    expect(withFix(decimal, separator)).toBe('Die Preise stiegen um 3,5 Prozent.');
  });

  it('capitalises a sentence start in the target language, and repairs mojibake to the letter it stands for', () => {
    const lower = 'die Preise sind gestiegen.';
    const [start] = lowercaseStart.run(oneSentenceUnit('Prices have risen.', lower), ctx);
    expect(withFix(lower, start)).toBe('Die Preise sind gestiegen.');
    const turkish = 'istanbul’da fiyatlar yükseldi.';
    const [dotted] = lowercaseStart.run(oneSentenceUnit('Prices rose in Istanbul.', turkish), {
      ...ctx,
      targetLang: 'tr',
    });
    expect(withFix(turkish, dotted)).toBe('İstanbul’da fiyatlar yükseldi.');

    const polish = 'RosjÄ™ i UkrainÄ™.';
    const [broken] = brokenCharacters.run(oneSentenceUnit('Russia and Ukraine.', polish));
    expect(withFix(polish, broken)).toBe('Rosję i UkrainÄ™.');
    const apostrophe = 'Itâ€™s late.';
    const [quote] = brokenCharacters.run(oneSentenceUnit('It is late.', apostrophe));
    expect(withFix(apostrophe, quote)).toBe('It’s late.');
    const [replacement] = brokenCharacters.run(oneSentenceUnit('It is late.', 'It\uFFFDs late.'));
    expect(replacement?.fix).toBeUndefined();
  });

  it('rewrites a quotation with the marks of the target language, both of them', () => {
    const polish = { ...ctx, targetLang: 'pl' };
    const straight = 'Powiedział "dość" i wyszedł.';
    const [quote] = localeFormat.run(oneSentenceUnit('He said "enough" and left.', straight), polish);
    expect(withFix(straight, quote)).toBe('Powiedział „dość” i wyszedł.');
    expect(
      localeFormat.run(oneSentenceUnit('He said "enough" and left.', withFix(straight, quote)), polish),
    ).toEqual([]);
    // An apostrophe inside closes no double quote.
    const apostrophe = 'Napisał "don’t panic" na ścianie.';
    const [inner] = localeFormat.run(
      oneSentenceUnit('He wrote "don’t panic" on the wall.', apostrophe),
      polish,
    );
    expect(withFix(apostrophe, inner)).toBe('Napisał „don’t panic” na ścianie.');
    // No closing mark in the unit: the flag stays on the opening one, with no fix to offer.
    const open = localeFormat.run(oneSentenceUnit('He said "enough', 'Powiedział "dość'), polish);
    expect(open[0]).toMatchObject({ span: { start: 11, end: 12 } });
    expect(open[0]?.fix).toBeUndefined();
  });

  it('puts the approved term in place of a forbidden one written as the glossary has it, not of an inflected one', () => {
    const glossary = [
      { sourceTerm: 'Kyiv', targetTerm: 'Kijów', forbidden: false, note: '' },
      { sourceTerm: 'Kyiv', targetTerm: 'Kijew', forbidden: true, note: '' },
    ];
    const pl = { ...ctx, targetLang: 'pl', glossary };
    const plain = 'Prezydent przyjechał do Kijew we wtorek.';
    const [forbidden] = terminology.run(
      oneSentenceUnit('The president arrived in Kyiv on Tuesday.', plain),
      pl,
    );
    expect(withFix(plain, forbidden)).toBe('Prezydent przyjechał do Kijów we wtorek.');
    expect(
      terminology.run(oneSentenceUnit('The president arrived in Kyiv.', withFix(plain, forbidden)), pl),
    ).toEqual([]);
    const inflected = 'Prezydent był w Kijewie.';
    const [noFix] = terminology.run(oneSentenceUnit('The president was in Kyiv.', inflected), pl);
    expect(noFix).toMatchObject({ check: 'terminology', span: { start: 16, end: 23 } });
    expect(noFix?.fix).toBeUndefined();
  });

  it('writes the source’s number in place of the one number the translation changed, as the translation writes numbers', () => {
    const pl = { ...ctx, targetLang: 'pl' };
    const thousands = 'Ponad 13 000 osób opuściło domy.';
    const [changed] = numbers.run(
      oneSentenceUnit('More than 12,000 people left their homes.', thousands),
      pl,
    );
    expect(withFix(thousands, changed)).toBe('Ponad 12 000 osób opuściło domy.');
    expect(
      numbers.run(oneSentenceUnit('More than 12,000 people left.', withFix(thousands, changed)), pl),
    ).toEqual([]);
    const decimal = 'Die Preise stiegen um 3 Prozent.';
    const [point] = numbers.run(oneSentenceUnit('Prices rose by 2.5 percent.', decimal), ctx);
    expect(withFix(decimal, point)).toBe('Die Preise stiegen um 2,5 Prozent.');
    const scaled = 'Das Projekt kostet 6 Milliarden Dollar.';
    const [billions] = numbers.run(oneSentenceUnit('The project costs $5 billion.', scaled), ctx);
    expect(withFix(scaled, billions)).toBe('Das Projekt kostet 5 Milliarden Dollar.');
  });

  it('offers no number when the mend is not certain', () => {
    const noFix = (source: string, target: string) => {
      const flags = numbers.run(oneSentenceUnit(source, target), ctx);
      expect(flags.length, target).toBeGreaterThan(0);
      return flags.map((flag) => flag.fix);
    };
    // Another scale, another unit, a time of day, a decade, two numbers changed, another number altogether.
    expect(noFix('The project costs $5 billion.', 'Das Projekt kostet 5 Millionen Dollar.')).toEqual([
      undefined,
    ]);
    expect(noFix('It weighs 5 kg.', 'Es wiegt 6 Pfund.')).toEqual([undefined]);
    expect(noFix('The museum closes at 6 p.m.', 'Das Museum schließt um 16:00 Uhr.')).toEqual([undefined]);
    expect(noFix('Built in the 1900s.', 'Im 19. Jahrhundert gebaut.')).toEqual([undefined]);
    expect(noFix('From 3 to 5 people.', 'Von 4 bis 6 Personen.')).toEqual([undefined, undefined]);
    expect(noFix('He wrote it in 1931.', 'Wie in Absatz 6 festgelegt.')).toEqual([undefined]);
  });

  it('puts the source’s day in a date whose day the translation changed', () => {
    const pl = { ...ctx, targetLang: 'pl' };
    const polish = 'Spotkanie odbędzie się 13 stycznia.';
    const [day] = dates.run(oneSentenceUnit('The meeting will take place on January 12.', polish), pl);
    expect(polish.slice(day?.span?.start, day?.span?.end)).toBe('13 stycznia');
    expect(withFix(polish, day)).toBe('Spotkanie odbędzie się 12 stycznia.');
    const german = 'Das Treffen ist am 13. Januar.';
    const [ordinal] = dates.run(oneSentenceUnit('The meeting is on January 3.', german), ctx);
    expect(withFix(german, ordinal)).toBe('Das Treffen ist am 3. Januar.');
    const japanese = '会議は1月13日に開かれる。';
    const [kanji] = dates.run(oneSentenceUnit('The meeting is on January 12.', japanese), {
      ...ctx,
      targetLang: 'ja',
    });
    expect(withFix(japanese, kanji)).toBe('会議は1月12日に開かれる。');
  });

  it('copies back what the translation should have copied: an option, a file name, a placeholder, a URL, a tag', () => {
    const option = 'Führen Sie npm install mit der Option --speichern-dev aus.';
    const [flag] = verbatim.run(oneSentenceUnit('Run npm install with the --save-dev option.', option));
    expect(withFix(option, flag)).toBe('Führen Sie npm install mit der Option --save-dev aus.');
    const file = 'Bearbeiten Sie konfig.yaml und starten Sie neu.';
    const [name] = verbatim.run(oneSentenceUnit('Edit config.yaml and restart.', file));
    expect(withFix(file, name)).toBe('Bearbeiten Sie config.yaml und starten Sie neu.');
    const variable = 'Sie haben {anzahl} ungelesene Nachrichten.';
    const [placeholder] = placeholders.run(oneSentenceUnit('You have {count} unread messages.', variable));
    expect(withFix(variable, placeholder)).toBe('Sie haben {count} ungelesene Nachrichten.');
    const tagged = 'Der <strong>neue</strong> Tarif.';
    const tags = markup.run(oneSentenceUnit('The <b>new</b> plan.', tagged));
    expect(tags.map((tag) => tag.fix)).toEqual(['<b>', '</b>']);
    const link = 'Mehr unter https://example.com/hlep.';
    const [url] = markup.run(oneSentenceUnit('More at https://example.com/help.', link));
    expect(withFix(link, url)).toBe('Mehr unter https://example.com/help.');
  });

  it('leaves a translated hashtag, and a string with others lost or added beside it, to the reviewer', () => {
    const [hashtag] = markup.run(
      oneSentenceUnit('Shop now! #BlackFriday', 'Jetzt kaufen! #SchwarzerFreitag'),
    );
    expect(hashtag?.fix).toBeUndefined();
    const flags = markup.run(
      oneSentenceUnit('See https://example.com/a and https://example.com/b.', 'Siehe https://example.com/c.'),
    );
    expect(flags.length).toBeGreaterThan(1);
    expect(flags.every((flag) => flag.fix === undefined)).toBe(true);
  });

  it('writes the source’s unit where it is written alike in every language, and leaves a unit’s name alone', () => {
    const dose = 'Jede Tablette enthält 500 g Paracetamol.';
    const [mass] = units.run(oneSentenceUnit('Each tablet contains 500 mg of paracetamol.', dose), ctx);
    expect(withFix(dose, mass)).toBe('Jede Tablette enthält 500 mg Paracetamol.');
    const price = 'Kostenloser Versand für Bestellungen über 50 $.';
    const [currency] = units.run(oneSentenceUnit('Free shipping on orders over €50.', price), ctx);
    expect(withFix(price, currency)).toBe('Kostenloser Versand für Bestellungen über 50 €.');
    const [named] = units.run(oneSentenceUnit('Rest for 10 minutes.', '10 Stunden ruhen lassen.'), ctx);
    expect(named).toMatchObject({ check: 'units' });
    expect(named?.fix).toBeUndefined();
  });

  it('names the source’s weekday where the language does not inflect it, and leaves a Polish one alone', () => {
    const german = 'Das Museum ist am Dienstag geschlossen.';
    const [day] = dates.run(oneSentenceUnit('The museum is closed on Monday.', german), ctx);
    expect(withFix(german, day)).toBe('Das Museum ist am Montag geschlossen.');
    const vietnamese = 'Bộ trưởng đã từ chức vào thứ Tư.';
    const [tu] = dates.run(oneSentenceUnit('The minister resigned on Friday.', vietnamese), {
      ...ctx,
      targetLang: 'vi',
    });
    expect(withFix(vietnamese, tu)).toBe('Bộ trưởng đã từ chức vào thứ Sáu.');
    // "we wtorek" would need "w poniedziałek"; a range's two days are not paired by guess.
    const [polish] = dates.run(oneSentenceUnit('Closed on Monday.', 'Zamknięte we wtorek.'), {
      ...ctx,
      targetLang: 'pl',
    });
    expect(polish).toMatchObject({ check: 'dates' });
    expect(polish?.fix).toBeUndefined();
    const [range] = dates.run(
      oneSentenceUnit('Open Tuesday and Thursday.', 'Geöffnet Mittwoch und Donnerstag.'),
      ctx,
    );
    expect(range?.fix).toBeUndefined();
  });
});
