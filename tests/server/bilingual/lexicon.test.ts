import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../server/align/aligner';
import { stemKey, translationKeys } from '../../../server/bilingual/keys';
import { learnBilingualLexicon } from '../../../server/bilingual/learn';
import { lexiconFromFile, translationAnchors, translationLexicon } from '../../../server/bilingual/lexicon';
import { segment } from '../../../server/text/segmenter';

/** Six sentence pairs per word pair, each word among other words, in a made-up corpus. */
function corpus(): { source: string; target: string }[] {
  const words: [string, string][] = [
    ['house', 'Haus'],
    ['garden', 'Garten'],
    ['window', 'Fenster'],
    ['door', 'Tür'],
    ['table', 'Tisch'],
  ];
  const rows: { source: string; target: string }[] = [];
  words.forEach(([en, de], k) => {
    for (let n = 0; n < 6; n++) {
      const [other, otherDe] = words[(k + 1 + (n % 4)) % words.length] ?? ['', ''];
      rows.push({ source: `the ${en} and the ${other}`, target: `das ${de} und das ${otherDe}` });
    }
  });
  return rows;
}

describe('translation lexicon', () => {
  it('learns which word translates which from sentence pairs alone', () => {
    const entries = learnBilingualLexicon(corpus(), { source: 'en', target: 'de' });
    expect(entries[stemKey('house')]).toEqual([stemKey('Haus')]);
    expect(entries[stemKey('garden')]).toEqual([stemKey('Garten')]);
    expect(entries[stemKey('door')]).toEqual([stemKey('Tür')]);
    // Words in every sentence say nothing about which sentence is which: no entry.
    expect(entries.the).toBeUndefined();
  });

  it('leaves out pairs seen together too rarely', () => {
    const entries = learnBilingualLexicon(corpus().slice(0, 2), { source: 'en', target: 'de' });
    expect(entries[stemKey('house')]).toBeUndefined();
  });

  it('serves a lexicon either way round, and none for a pair never learned', () => {
    const roEn = translationLexicon('ro', 'en');
    const enRo = translationLexicon('en', 'ro');
    expect(roEn?.sourceLang).toBe('ro');
    expect(enRo?.sourceLang).toBe('en');
    expect(enRo?.targetLang).toBe('ro');
    expect(translationLexicon('xx', 'yy')).toBeNull();
    const deEn = translationLexicon('de', 'en');
    expect(deEn).not.toBeNull();
    if (deEn) expect(translationAnchors('Die Regierung', 'source', deEn)).toContain(stemKey('Regierung'));
  });

  it('names the file when a lexicon is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-lexicons-'));
    writeFileSync(
      join(dir, 'en-fr.json'),
      JSON.stringify({
        description: '',
        source: 'en',
        target: 'fr',
        trainedOn: [],
        sentencePairs: 1,
        entries: { house: 'maison' },
      }),
    );
    expect(() => translationLexicon('en', 'fr', pathToFileURL(`${dir}/`))).toThrow(
      `${join(dir, 'en-fr.json')}: not a translation lexicon (entries map each word to a list of words)`,
    );
  });

  it('lets the aligner find the dropped sentence between languages that share no words', () => {
    const source = segment(
      'The minister opened the new library. Farmers protested against the water prices. The river flooded several villages. Teachers demanded better salaries.',
      'en',
    );
    const target = segment('部长为新图书馆揭幕。河水淹没了几个村庄。教师要求提高工资。', 'zh');
    const pairs = [
      ['minister', '部长'],
      ['library', '图书馆'],
      ['farmers', '农民'],
      ['river', '河水'],
      ['villages', '村庄'],
      ['teachers', '教师'],
      ['salaries', '工资'],
    ] as const;
    const lexicon = lexiconFromFile(
      {
        description: 'hand-made',
        source: 'en',
        target: 'zh',
        trainedOn: [],
        sentencePairs: 0,
        entries: Object.fromEntries(pairs.map(([en, zh]) => [stemKey(en), [...translationKeys(zh, 'zh')]])),
      },
      'en',
    );
    const beads = alignSentences(source, target, {
      languages: { source: 'en', target: 'zh' },
      translations: lexicon,
    });
    expect(beads).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
      { source: [3], target: [2] },
    ]);
  });
});
