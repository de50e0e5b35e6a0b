import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../../server/analysis/analyze';
import { foldIntoWholeSentences } from '../../../server/analysis/subsume';
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
    const length = flag('length-ratio', { category: 'Accuracy/Omission', severity: 'minor', side: 'target' });
    const folded = foldIntoWholeSentences([omission, negation, insult, length], unit);
    expect(folded).toHaveLength(2);
    expect(folded[0]).toMatchObject({ check: 'sentence-unmatched', severity: 'critical' });
    expect(folded[0]?.message).toContain(
      'Within it: Negation on one side only (“not”); Offensive word on one side only (“idiot”)',
    );
    // A flag with no span, or on the other side, or outside the sentence, stays a flag of its own.
    expect(folded[1]).toBe(length);
    const outside = flag('entity-missing', { span: spanOf('talks') });
    const otherSide = flag('numbers', { side: 'target', span: { start: 0, end: 7 } });
    expect(foldIntoWholeSentences([omission, outside, otherSide], unit)).toHaveLength(3);
  });

  it('leaves the flags alone when no whole sentence is reported', () => {
    const flags = [flag('negation', { span: spanOf('not') }), flag('numbers', { span: spanOf('40') })];
    expect(foldIntoWholeSentences(flags, unit)).toEqual(flags);
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
