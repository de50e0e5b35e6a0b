import { describe, expect, it } from 'vitest';
import type { ApiFlag, ApiUnit } from '../../server/domain/api';
import type { FlagDecision } from '../../server/domain/types';
import { anyHolds, checksFound, containsText, hasFindingOf, openFlagsAlike } from '../../web/src/unit-search';

function flag(check: string, decision: FlagDecision = 'open'): ApiFlag {
  return {
    id: 1,
    check,
    category: 'Accuracy/Mistranslation',
    severity: 'major',
    message: '',
    side: 'target',
    span: null,
    decision,
  };
}

function unit(source: string, target: string, flags: ApiFlag[] = [], targetMt = target): ApiUnit {
  return {
    id: 1,
    externalId: 'u1',
    position: 0,
    source,
    targetMt,
    target,
    sourceSentences: [0],
    targetSentences: [0],
    risk: 0,
    flagged: false,
    similarity: null,
    reasons: [],
    status: 'new',
    version: 1,
    updatedBy: null,
    updatedAt: '',
    flags,
    issues: [],
    comments: [],
    terms: [],
    statusNote: null,
  };
}

describe('finding units in the review page', () => {
  const demand = unit('Russia’s demands that NATO stop expanding.', 'Żądania Rosji, by NATO przestało.');

  it('finds words in the source or the translation, whatever their case and accents', () => {
    expect(containsText(demand, 'nato')).toBe(true);
    expect(containsText(demand, 'zadania rosji')).toBe(true);
    expect(containsText(demand, 'RUSSIA')).toBe(true);
    expect(containsText(demand, 'Ukraine')).toBe(false);
  });

  it('finds what the machine wrote after a translator corrected it', () => {
    const corrected = unit(
      'Ukraine will not be allowed to join.',
      'Ukrainie nie zostanie pozwolone…',
      [],
      'Ukraina nie pozwoli Ukrainie',
    );
    expect(containsText(corrected, 'pozwoli ukrainie')).toBe(true);
  });

  it('shows every unit for an empty search', () => {
    expect(containsText(demand, '  ')).toBe(true);
  });

  it('lists the checks with findings, most units first, and leaves dismissed findings out', () => {
    const units = [
      unit('a', 'b', [flag('numbers'), flag('numbers')]),
      unit('c', 'd', [flag('numbers'), flag('negation', 'dismissed')]),
      unit('e', 'f', [flag('truncated')]),
    ];
    expect(checksFound(units)).toEqual([
      { check: 'numbers', units: 2 },
      { check: 'truncated', units: 1 },
    ]);
    expect(units.filter((u) => hasFindingOf(u, 'negation'))).toHaveLength(0);
    expect(units.filter((u) => hasFindingOf(u, 'numbers'))).toHaveLength(2);
    expect(units.filter((u) => hasFindingOf(u, 'any'))).toHaveLength(3);
  });

  it('finds a glossary term by its translation or note, case and accents aside', () => {
    const entry = ['Kyiv', 'Kijów', 'house style since 2022'];
    expect(anyHolds(entry, 'kijow')).toBe(true);
    expect(anyHolds(entry, 'HOUSE')).toBe(true);
    expect(anyHolds(entry, 'Kiev')).toBe(false);
    expect(anyHolds(entry, '  ')).toBe(true);
  });

  it('reads letters with a stroke or two letters in one as the server does: "lodz" is "Łódź", "strasse" "Straße"', () => {
    expect(anyHolds(['Weather in Łódź'], 'lodz')).toBe(true);
    expect(anyHolds(['Die Straße'], 'strasse')).toBe(true);
    expect(anyHolds(['Søren Kierkegaard'], 'soren')).toBe(true);
  });

  it('counts the open flags alike: the same check on the same words, whichever unit they are in', () => {
    const spelling = (span: { start: number; end: number }, decision: FlagDecision = 'open'): ApiFlag => ({
      ...flag('spelling', decision),
      span,
    });
    const units = [
      unit('Zelensky spoke.', 'Zełenski przemówił.', [spelling({ start: 0, end: 9 })]),
      unit('Zelensky left.', 'Zełenski wyjechał.', [spelling({ start: 0, end: 9 })]),
      unit('Zelensky came.', 'Zełenski przyjechał.', [spelling({ start: 0, end: 9 }, 'dismissed')]),
      unit('Kyiv.', 'Kijów przyjechał.', [spelling({ start: 6, end: 16 })]),
    ];
    expect([...openFlagsAlike(units).values()].sort()).toEqual([1, 2]);
  });
});
