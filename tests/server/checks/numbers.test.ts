import { describe, expect, it } from 'vitest';
import { dates } from '../../../server/checks/dates';
import { numbers } from '../../../server/checks/numbers';
import { runExample } from '../../helpers/check-fixtures';

const flagsOf = (source: string, target: string) =>
  runExample(numbers, { source, target, sourceLang: 'en', targetLang: 'pl' }).flat();

const marked = (target: string, flag: { span: { start: number; end: number } | null } | undefined) =>
  flag?.span ? target.slice(flag.span.start, flag.span.end) : null;

describe('numbers differ', () => {
  it('reports a number changed into another once, on the translation, naming the source’s', () => {
    const target = 'Przyszło około 15 000 osób, a 300 wyszło.';
    const flags = flagsOf('About 1,500 people came and 200 left.', target);
    expect(flags.map((f) => f.message)).toEqual([
      '“15 000” in the translation where the source has “1,500”',
      '“300” in the translation where the source has “200”',
    ]);
    expect(flags.map((f) => marked(target, f))).toEqual(['15 000', '300']);
  });

  it('reports what is left over on either side as missing or added', () => {
    const flags = flagsOf('Prices rose 3% in May and 4% in June.', 'Ceny wzrosły o 5% w maju.');
    expect(flags.map((f) => f.message)).toEqual([
      '“5” in the translation where the source has “3”',
      '“4” from the source is not in the translation',
    ]);
  });

  it('leaves a changed day of a named month to the dates check', () => {
    const example = {
      source: 'The meeting is on 12 January.',
      target: 'Spotkanie odbędzie się 13 stycznia.',
      sourceLang: 'en',
      targetLang: 'pl',
    };
    expect(runExample(numbers, example).flat()).toEqual([]);
    expect(
      runExample(dates, example)
        .flat()
        .map((f) => f.message),
    ).toEqual(['The source says January 12; the translation has day 13']);
  });
});
