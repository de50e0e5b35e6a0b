import { describe, expect, it } from 'vitest';
import { crossedUnmatched, hiddenUnmatched } from '../../../server/align/unmatched-in-joined';
import type { LengthStats } from '../../../server/checks/types';

// A document whose translations run as long as their sources, give or take a little.
const stats: LengthStats = { meanLogRatio: 0, sdLogRatio: 0.15, count: 40, typicalLength: 60 };

const joined = (source: string, targetSentences: string[]) => ({
  source,
  target: targetSentences.join(' '),
  sourceSentences: [source],
  targetSentences,
});

describe('a sentence with no counterpart inside a joined unit', () => {
  it('is found by contrast: the other sentence shares a name and a number, this one nothing', () => {
    const unit = joined('The Vienna council approved a budget of 120 million euros on Tuesday.', [
      'Der Wiener Gemeinderat hat am Dienstag ein Budget von 120 Millionen Euro beschlossen.',
      'Unterdessen eröffnete im Süden ein neues Schwimmbad für Familien.',
    ]);
    expect(hiddenUnmatched(unit, stats, null)).toEqual({ side: 'target', index: 1, byLengthAlone: false });
  });

  it('is only a length finding when neither side shares anything with the other', () => {
    // Russian and Greek share no letters, names or numbers here: only the lengths single the second out.
    const unit = joined('Совет утвердил бюджет города на следующий год после долгих и жарких споров.', [
      'Το συμβούλιο ενέκρινε τον προϋπολογισμό της πόλης μετά από μακρές συζητήσεις.',
      'Ένα νέο κολυμβητήριο άνοιξε στα νότια.',
    ]);
    expect(hiddenUnmatched(unit, stats, null)).toEqual({ side: 'target', index: 1, byLengthAlone: true });
  });
});

describe('a dropped sentence beside an inserted one, joined by the aligner', () => {
  it('is told apart by the cognates the true pair shares, however each language spells them', () => {
    // "congregants"/"Kongreganten" and "Carolina"/"Karolina": c and k are one sound in the stems compared.
    const unit = {
      source:
        'They constantly flew overhead. Southern slaves in Carolina attended white churches with many congregants.',
      target:
        'Sklaven in Karolina besuchten weiße Kirchen mit vielen Kongreganten. Ihre Begleiter waren ein gelenkter Zerstörer und eine Fregatte.',
      sourceSentences: [
        'They constantly flew overhead.',
        'Southern slaves in Carolina attended white churches with many congregants.',
      ],
      targetSentences: [
        'Sklaven in Karolina besuchten weiße Kirchen mit vielen Kongreganten.',
        'Ihre Begleiter waren ein gelenkter Zerstörer und eine Fregatte.',
      ],
    };
    expect(crossedUnmatched(unit, stats, null)).toEqual({ source: 0, target: 1 });
  });
});
