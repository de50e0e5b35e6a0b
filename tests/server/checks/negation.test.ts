import { describe, expect, it } from 'vitest';
import { negation } from '../../../server/checks/negation';
import { runExample } from '../../helpers/check-fixtures';

const flagsOf = (source: string, target: string, targetLang: string) =>
  runExample(negation, { source, target, sourceLang: 'en', targetLang }).flat();

describe('negation on one side only', () => {
  it('says a negation kept in English was not translated, and points at it in the translation', () => {
    const target = 'Ich hoffe , Sie don ' + "' t mind .";
    const [flag] = flagsOf('I hope you dont mind.', target, 'de');
    expect(flag?.category).toBe('Accuracy/Untranslated');
    expect(flag?.side).toBe('target');
    expect(flag?.message).toContain('not translated');
    expect(flag?.span && target.slice(flag.span.start, flag.span.end)).toBe("n ' t");
  });

  it('still calls a negation lost when nothing of it is left', () => {
    const [flag] = flagsOf('Please do not move the conversations.', 'Prosím, přesuňte rozhovory.', 'cs');
    expect(flag?.category).toBe('Accuracy/Mistranslation');
    expect(flag?.message).toBe('The source is negated (“not”) but the translation is not');
  });

  it('calls a one-word answer joined to the next sentence with nothing for it in the translation an omission', () => {
    const source = 'No. Electric cars pay the same rate, but they may charge for up to 4 hours.';
    const [flag] = flagsOf(
      source,
      'Elektroautos zahlen denselben Tarif, dürfen aber bis zu 4 Stunden laden.',
      'de',
    );
    expect(flag?.category).toBe('Accuracy/Omission');
    expect(flag?.side).toBe('source');
    expect(flag?.span && source.slice(flag.span.start, flag.span.end)).toBe('No.');
    // The answer turned round, with a sentence for each: a reversal, not an omission.
    const [reversed] = flagsOf(
      'No. Electric cars pay the same rate.',
      'Ja. Elektroautos zahlen denselben Tarif.',
      'de',
    );
    expect(reversed?.category).toBe('Accuracy/Mistranslation');
  });
});
