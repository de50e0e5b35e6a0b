import { describe, expect, it } from 'vitest';
import { markup } from '../../../server/checks/markup';
import { placeholders } from '../../../server/checks/placeholders';
import { runExample } from '../../helpers/check-fixtures';

describe('URLs, mentions, hashtags and placeholders', () => {
  it('reports one changed into another once, on the translation, naming the source’s', () => {
    const target = 'Mehr unter https://example.org/report-2023 und bei @MeteoDE.';
    const flags = runExample(markup, {
      source: 'More at https://example.org/report-2024 and from @MetOffice.',
      target,
      sourceLang: 'en',
      targetLang: 'de',
    }).flat();
    expect(flags.map((f) => f.message)).toEqual([
      'The URL “https://example.org/report-2023” in the translation where the source has “https://example.org/report-2024”',
      'The mention “@MeteoDE” in the translation where the source has “@MetOffice”',
    ]);
    expect(flags.map((f) => f.side)).toEqual(['target', 'target']);
  });

  it('reports what is left over as missing or added', () => {
    const flags = runExample(placeholders, {
      source: 'You have {count} new messages from {sender}.',
      target: 'Sie haben {anzahl} neue Nachrichten.',
      sourceLang: 'en',
      targetLang: 'de',
    }).flat();
    expect(flags.map((f) => f.message)).toEqual([
      'The placeholder “{anzahl}” in the translation where the source has “{count}”',
      'The placeholder “{sender}” is missing from the translation',
    ]);
  });
});
