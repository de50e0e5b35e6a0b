import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../../server/analysis/analyze';
import { oneFlagPerError } from '../../../server/analysis/one-flag-per-error';
import type { Flag } from '../../../server/domain/types';

const unit = {
  source: 'The talks went well. He did not say where the 40 delegates would meet, the idiot.',
  target: 'Rozmowy przebiegły dobrze.',
};
const dropped = { start: unit.source.indexOf('He did'), end: unit.source.length };
const spanOf = (words: string): { start: number; end: number } => {
  const start = unit.source.indexOf(words);
  return { start, end: start + words.length };
};

const flag = (check: string, fields: Partial<Flag>): Flag => ({
  check,
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  message: `${check} says so`,
  side: 'source',
  span: null,
  ...fields,
});

describe('one error, one flag', () => {
  it('folds what a dropped sentence held into its omission, at the gravest severity', () => {
    const omission = flag('sentence-unmatched', {
      category: 'Accuracy/Omission',
      message: 'The translation has nothing for “He did not say…”',
      span: dropped,
    });
    const negation = flag('negation', { span: spanOf('not') });
    const insult = flag('offensive', { severity: 'critical', span: spanOf('idiot') });
    const length = flag('length-ratio', {
      category: 'Accuracy/Omission',
      severity: 'minor',
      side: 'target',
      message: 'The translation is much shorter than usual',
    });
    const folded = oneFlagPerError([omission, negation, insult, length], unit);
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ check: 'sentence-unmatched', severity: 'critical' });
    expect(folded[0]?.message).toBe(
      'The translation has nothing for “He did not say…”. Within it: Negation on one side only (“not”); Offensive word on one side only (“idiot”). Also: The translation is much shorter than usual',
    );
    // A flag outside the sentence, or on the other side, stays a flag of its own; so does a length note
    // that says the translation is longer.
    const outside = flag('entity-missing', { span: spanOf('talks') });
    const otherSide = flag('numbers', { side: 'target', span: { start: 0, end: 7 } });
    const longer = { ...length, category: 'Accuracy/Addition' as const };
    expect(oneFlagPerError([omission, outside, otherSide, longer], unit)).toHaveLength(4);
  });

  it('folds a changed URL’s digits, a doubled word in a loop and a copy’s "reads as English" into the finding that holds them', () => {
    const target = 'Details: https://example.org/report-2023 — kontrolliert kontrolliert kontrolliert';
    const at = (words: string): { start: number; end: number } => {
      const start = target.indexOf(words);
      return { start, end: start + words.length };
    };
    const url = flag('markup', { side: 'target', span: at('https://example.org/report-2023') });
    const year = flag('numbers', { side: 'target', span: at('2023') });
    const loop = flag('repetition-loop', {
      side: 'target',
      span: at('kontrolliert kontrolliert kontrolliert'),
    });
    const doubled = flag('doubled-words', {
      side: 'target',
      severity: 'minor',
      span: at('kontrolliert kontrolliert'),
    });
    const folded = oneFlagPerError([url, year, loop, doubled], { source: unit.source, target });
    expect(folded.map((f) => f.message)).toEqual([
      'markup says so. Within it: Numbers differ (“2023”)',
      'repetition-loop says so. Within it: Doubled word (“kontrolliert kontrolliert”)',
    ]);
    const copied = flag('untranslated', {
      side: 'target',
      category: 'Accuracy/Untranslated',
      span: at('Details'),
    });
    const english = flag('wrong-language', {
      side: 'target',
      category: 'Accuracy/Untranslated',
      span: { start: 0, end: target.length },
      message: 'This reads as English (en), not German (de)',
    });
    expect(oneFlagPerError([copied, english], { source: unit.source, target }).map((f) => f.message)).toEqual(
      ['untranslated says so. Also: This reads as English (en), not German (de)'],
    );
  });

  it('reports a name replaced by another once, and two names lost as two', async () => {
    const replaced = await analyzePairs(
      [
        {
          id: '1',
          source: 'The minister will travel to Vienna on Friday.',
          target: 'Minister w piątek uda się do Pragi.',
        },
      ],
      { sourceLang: 'en', targetLang: 'pl' },
    );
    expect(replaced.units[0]?.flags.map((f) => `${f.check}: ${f.message}`)).toEqual([
      'entity-missing: “Vienna” from the source is not in the translation. Also: “Pragi” is in the translation but not in the source',
    ]);
    const missing = flag('entity-missing', { span: spanOf('talks') });
    const added = flag('entity-added', { side: 'target', span: { start: 0, end: 7 } });
    const alsoMissing = flag('entity-missing', { span: spanOf('delegates') });
    expect(oneFlagPerError([missing, alsoMissing, added], unit)).toHaveLength(3);
  });

  it('folds the final punctuation of a last sentence left out into its omission, not of one before', () => {
    const question = { source: 'I want to talk to someone. Is that you?', target: 'Chci s někým mluvit.' };
    const last = flag('sentence-unmatched', {
      category: 'Accuracy/Omission',
      span: { start: 27, end: question.source.length },
    });
    const first = { ...last, span: { start: 0, end: 26 } };
    const mark = flag('end-punctuation', {
      category: 'Fluency/Punctuation',
      severity: 'minor',
      side: 'target',
      message: 'The source ends with a question mark, the translation with a full stop',
    });
    expect(oneFlagPerError([last, mark], question)).toHaveLength(1);
    expect(oneFlagPerError([first, mark], question)).toHaveLength(2);
  });

  it('leaves the flags alone when no whole sentence is reported', () => {
    const flags = [flag('negation', { span: spanOf('not') }), flag('numbers', { span: spanOf('40') })];
    expect(oneFlagPerError(flags, unit)).toEqual(flags);
  });

  it('reports a sentence dropped from a segment once, not again for the number and negation in it', async () => {
    const analysis = await analyzePairs(
      [
        {
          id: '1',
          source:
            'The minister met the unions on Monday. She said that 40 schools would not reopen before the end of the month.',
          target: 'Ministr se v pondělí sešel s odbory.',
        },
      ],
      { sourceLang: 'en', targetLang: 'cs' },
    );
    const flags = analysis.units[0]?.flags ?? [];
    expect(flags.map((f) => f.check)).not.toContain('numbers');
    expect(flags.map((f) => f.check)).not.toContain('negation');
    const omission = flags.find((f) => f.check === 'sentence-unmatched');
    expect(omission?.message).toMatch(/Within it: .*Numbers differ \(“40”\)/);
    expect(analysis.units[0]?.flagged).toBe(true);
  });
});
