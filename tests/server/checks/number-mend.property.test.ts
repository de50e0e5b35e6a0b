import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbers } from '../../../server/checks/numbers';
import { contextInto, oneSentenceUnit, withFix } from '../../helpers/one-sentence';

/** A sentence around a number, in the languages a translation is written in. */
const TARGETS: Readonly<Record<string, (n: string) => string>> = {
  de: (n) => `Etwa ${n} Menschen kamen zum Treffen.`,
  pl: (n) => `Na spotkanie przyszło około ${n} osób.`,
  fr: (n) => `Environ ${n} personnes sont venues à la réunion.`,
  es: (n) => `Unas ${n} personas vinieron a la reunión.`,
  ja: (n) => `会合には約${n}人が来た。`,
  zh: (n) => `大约${n}人来参加了会议。`,
  ru: (n) => `На встречу пришли около ${n} человек.`,
  hi: (n) => `बैठक में लगभग ${n} लोग आए।`,
};

describe('a changed number’s fix', () => {
  it('is read back as the source’s number: applied, the numbers check finds nothing more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom(...Object.keys(TARGETS)),
        (whole, decimals, other, lang) => {
          const value = whole / 10 ** decimals;
          const written = new Intl.NumberFormat('en', { minimumFractionDigits: decimals }).format(value);
          const wrong = new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(other);
          const say = TARGETS[lang] ?? ((n: string) => n);
          const source = `About ${written} people came to the meeting.`;
          const target = say(wrong);
          const ctx = contextInto(lang);
          const [flag] = numbers.run(oneSentenceUnit(source, target), ctx);
          if (flag?.fix === undefined) return;
          const mended = withFix(target, flag);
          expect(numbers.run(oneSentenceUnit(source, mended), ctx), mended).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
