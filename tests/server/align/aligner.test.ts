import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../../bench/align-tune';
import { readSentencePairs } from '../../../bench/synthetic';
import { alignSentences } from '../../../server/align/aligner';
import type { AlignParams } from '../../../server/align/params';
import { translationLexicon } from '../../../server/bilingual/lexicon';
import { segment } from '../../../server/text/segmenter';
import { SHARED_EVAL } from '../../helpers/cli';

const demo = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('aligner', () => {
  it('aligns the demo article as a reviewer would', () => {
    const source = segment(demo('demo-article.en.txt'), 'en');
    const target = segment(demo('demo-article.pl.txt'), 'pl');
    const beads = alignSentences(source, target).map((b) => [b.source, b.target]);
    expect(beads).toEqual([
      [[0], [0]], // World / Świat
      [[1], [1]], // headline
      [[2], [2]], // "Ukraina nie pozwoli Ukrainie"
      [[3], [3]],
      [[4], [4]], // January 12
      [[5], [5]], // January 13
      [[6], [6, 7]], // one source sentence cut in two: "…i omówić. Żądania Rosji…"
      [[7], [8]], // two source paragraphs merged into one target paragraph…
      [[8], [9]], // …still aligned sentence by sentence
      [[9], [10]],
      [[10], [11]],
      [[11], [12]],
      [[12], [13]], // credits
      [[], [14, 15, 16, 17, 18, 19, 20]], // the appended author bio: one addition
    ]);
  });

  it('reports a dropped source paragraph as one omission', () => {
    const source = segment(
      'First point is here.\nThe dropped paragraph says a lot. It has two sentences.\nThe last point is 42.',
      'en',
    );
    const target = segment('Pierwszy punkt jest tutaj.\nOstatni punkt to 42.', 'pl');
    const beads = alignSentences(source, target);
    expect(beads).toContainEqual({ source: [1, 2], target: [] });
  });

  it.each([
    [
      'ja',
      ['Tesla', 'Toyota', 'Siemens', 'Philips'],
      'テスラの取締役会は朝に集まり、何時間も話し合った。シーメンスの取締役会は朝に集まり、何時間も話し合った。フィリップスの取締役会は朝に集まり、何時間も話し合った。',
    ],
    [
      'zh',
      ['Tesla', 'Toyota', 'Siemens', 'Philips'],
      '特斯拉董事会早上开会，讨论了几个小时。西门子董事会早上开会，讨论了几个小时。飞利浦董事会早上开会，讨论了几个小时。',
    ],
    [
      'ru',
      // Names of five letters on both sides, so that the lengths say nothing either.
      ['Tesla', 'Volvo', 'Honda', 'Skoda'],
      'Совет компании Тесла собрался утром и совещался несколько часов. Совет компании Хонда собрался утром и совещался несколько часов. Совет компании Шкода собрался утром и совещался несколько часов.',
    ],
  ])('finds the dropped sentence by the names as they sound in %s', (lang, names, translation) => {
    // Four sentences alike but for a name: only the names tell which one the translation dropped.
    const source = segment(
      names.map((name) => `The board of ${name} met in the morning and talked for hours.`).join(' '),
      'en',
    );
    const beads = alignSentences(source, segment(translation, lang), {
      languages: { source: 'en', target: lang },
    });
    expect(beads).toContainEqual({ source: [1], target: [] });
  });

  // The clean article with a news sentence slipped in: the aligner must leave that sentence alone.
  const slippedIn = (lang: string, after: string, line: string, params: Partial<AlignParams>) => {
    const text = demo(`clean-article.${lang}.txt`);
    expect(text).toContain(after);
    const source = segment(demo('clean-article.en.txt'), 'en');
    const target = segment(text.replace(after, `${after}${line}`), lang);
    const added = target.find((sentence) => line.includes(sentence.text))?.index;
    const beads = alignSentences(source, target, {
      languages: { source: 'en', target: lang },
      translations: translationLexicon('en', lang),
      params,
    });
    return beads.find((bead) => added !== undefined && bead.target.includes(added));
  };

  it("does not pair a paragraph's first sentence with a line slipped in at the end of the paragraph before", () => {
    const after = ' le mardi 17 septembre.';
    const line =
      ' La mairie a annoncé mardi que la bibliothèque du centre-ville restera fermée pour travaux jusqu’au printemps.';
    // The line is closer to "Schools in the south…" in length than that sentence's translation is: only
    // the paragraph start and the weekday ("mardi", which that sentence lacks) keep them apart.
    expect(slippedIn('fr', after, line, { paragraphStartMissed: 0, strongWeight: 0 })?.source).toHaveLength(
      1,
    );
    expect(slippedIn('fr', after, line, {})?.source).toEqual([]);
  });

  it('leaves a news sentence on a line of its own alone when its weekday is all that tells it apart', () => {
    // "देश के दक्षिण में स्कूल अगली सूचना तक बंद रहेंगे।" is short for "Schools in the south of the
    // country will remain closed until further notice", and the library's closure "until spring" after
    // it is the better length match: only its Tuesday (मंगलवार), which that sentence lacks, speaks
    // against it, and at the old weight of 8 it did not speak loudly enough.
    const line = '\nनगर प्रशासन ने मंगलवार को घोषणा की कि शहर के केंद्र का पुस्तकालय मरम्मत के कारण वसंत तक बंद रहेगा।';
    expect(slippedIn('hi', 'तक बंद रहेंगे।', line, { strongWeight: 8 })?.source).toHaveLength(1);
    expect(slippedIn('hi', 'तक बंद रहेंगे।', line, {})?.source).toEqual([]);
  });

  it('leaves a "Read also" line alone that a terse sentence would take in by its length, into English', () => {
    // Read the other way round: the Hindi article is the source, and "Schools … until further notice",
    // the terse "अगली सूचना तक" in Hindi, is no closer in length to its English than to the label line.
    const line = 'Read also: The best recipes for autumn.';
    const english = demo('clean-article.en.txt');
    const after = 'could peak on Tuesday, September 17.';
    expect(english).toContain(after);
    const source = segment(demo('clean-article.hi.txt'), 'hi');
    const target = segment(english.replace(after, `${after} ${line}`), 'en');
    const added = target.find((sentence) => sentence.text === line)?.index;
    const beadOfLine = (params: Partial<AlignParams>) =>
      alignSentences(source, target, { languages: { source: 'hi', target: 'en' }, params }).find(
        (bead) => added !== undefined && bead.target.includes(added),
      );
    expect(beadOfLine({ labelMismatch: 0 })?.source).toHaveLength(1);
    expect(beadOfLine({})?.source).toEqual([]);
  });

  it('links a Japanese translation to its sentence by the loanwords they share, with no lexicon', () => {
    // The second sentence was dropped and an unrelated one put in after the third: by length alone the
    // aligner shifts every pair by one; "account"/アカウント, "comment"/コメント and "source"/ソース
    // keep "Please check the source…" with its translation.
    const english = [
      'The administrator blocked the account for a week after the third warning.',
      'It is merely a decorative icon and should sit on its own line.',
      'Please check the source before you add another comment to the talk page.',
      'The vote will close on Friday.',
    ].join(' ');
    const japanese = [
      '管理者は3回目の警告の後、そのアカウントを1週間ブロックした。',
      'トークページにコメントを追加する前に、ソースを確認してください。',
      '子供向けの番組では触れられなかった話題だから注目すべきだと思います。',
      '投票は金曜日に締め切られる。',
    ].join('');
    const beads = alignSentences(segment(english, 'en'), segment(japanese, 'ja'), {
      languages: { source: 'en', target: 'ja' },
    });
    expect(beads.some((bead) => bead.source.includes(2) && bead.target.includes(1))).toBe(true);
    expect(beads[0]).toEqual({ source: [0], target: [0] });
  });

  it('pairs a headline with the headline, not with a sentence slipped in after it', () => {
    const line = '\n市役所は火曜日、中心部の図書館が改装のため春まで閉館すると発表した。';
    // The end mark (the headline has none), the weekday (火曜日, which the headline lacks) and the region
    // both headlines name (中欧, "central Europe") each keep them apart; without all three, the length
    // pairs them.
    expect(
      slippedIn('ja', '数千人が避難', line, { endMarkMismatch: 0, strongWeight: 0, nameWeight: 0 })?.source,
    ).toHaveLength(1);
    expect(slippedIn('ja', '数千人が避難', line, { endMarkMismatch: 0 })?.source).toEqual([]);
    expect(slippedIn('ja', '数千人が避難', line, {})?.source).toEqual([]);
  });

  it.each([
    ['pl', 'do odwołania.', ' Przeczytaj także: Najlepsze przepisy na jesień.'],
    ['ko', '휴교한다.', ' 함께 읽기: 가을을 위한 최고의 요리법.'],
    // The quotation ends with its full stop inside »…«, as Slovene closes it: no headline.
    ['sl', 'tako hitro.«', ' Preberite tudi: Najboljši jesenski recepti.'],
  ])(
    'leaves a "Read also" line the DP joined to a short %s translation standing alone, as `align` prints it',
    (lang, after, line) => {
      // By length the line could be the rest of "Schools … until further notice"; it shares nothing with
      // it and opens with a label, which the alignment itself now says, not only the segmentation check.
      expect(slippedIn(lang, after, line, {})).toEqual({ source: [], target: [expect.any(Number)] });
    },
  );

  it('reports a sentence put in the place of a dropped one as an omission and an addition', () => {
    // Lengths alone pair the flood sentence with the opposition's criticism; the en–de lexicon knows
    // enough words on both sides to see that neither translates the other.
    const source = segment(
      'The government announced new measures to support small businesses during the economic crisis. The minister said the plan would cost about two billion euros. Opposition parties criticised the proposal as too little and too late. The parliament will vote on the package next week.',
      'en',
    );
    const target = segment(
      'Die Regierung kündigte neue Maßnahmen zur Unterstützung kleiner Unternehmen während der Wirtschaftskrise an. Der Minister sagte, der Plan werde etwa zwei Milliarden Euro kosten. Nach starkem Regen trat der Fluss über die Ufer und überschwemmte mehrere Dörfer im Tal. Das Parlament wird nächste Woche über das Paket abstimmen.',
      'de',
    );
    const options = { languages: { source: 'en', target: 'de' } };
    const withLexicon = alignSentences(source, target, {
      ...options,
      translations: translationLexicon('en', 'de'),
    }).map((b) => [b.source, b.target]);
    expect(withLexicon).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[], [2]],
      [[3], [3]],
    ]);
    // Without a lexicon for the pair, nothing tells the two apart.
    expect(alignSentences(source, target, options).map((b) => [b.source, b.target])).toContainEqual([
      [2],
      [2],
    ]);
  });

  it('also splits a shorter pair that shares no translated word, name, number or cognate', () => {
    // Four words of "Opposition parties criticised the proposal as too late." are in the lexicon, too
    // few for the unrelated check; but nothing at all links it to the flood sentence.
    const source = segment(
      'The government announced new measures to support small businesses during the economic crisis. The minister said the plan would cost about two billion euros. Opposition parties criticised the proposal as too late. The parliament will vote on the package next week.',
      'en',
    );
    const target = segment(
      'Die Regierung kündigte neue Maßnahmen zur Unterstützung kleiner Unternehmen während der Wirtschaftskrise an. Der Minister sagte, der Plan werde etwa zwei Milliarden Euro kosten. Im Tal trat der Fluss nach starkem Regen über die Ufer. Das Parlament wird nächste Woche über das Paket abstimmen.',
      'de',
    );
    const beads = alignSentences(source, target, {
      languages: { source: 'en', target: 'de' },
      translations: translationLexicon('en', 'de'),
    });
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[], [2]],
      [[3], [3]],
    ]);
  });

  it('property: the bounds that spare anchor comparisons never change the alignment', () => {
    // Real sentences (the clean article in English and German), dropped, repeated and shuffled in
    // places, so that the aligner meets omissions, additions and crossings.
    const english = segment(demo('clean-article.en.txt'), 'en').map((s) => s.text);
    const german = segment(demo('clean-article.de.txt'), 'de').map((s) => s.text);
    const pick = (pool: string[]) =>
      fc
        .array(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 30 })
        .map((picks) => picks.map((k) => pool[k] ?? '').join(' '));
    const similarity = (i: number, a: number, j: number, b: number): number =>
      Math.cos(i * 7 + a * 3 + j * 5 + b) / 2 + (Math.abs(i - j) < 3 ? 0.4 : 0);
    fc.assert(
      fc.property(pick(english), pick(german), fc.boolean(), fc.boolean(), (en, de, lexicon, model) => {
        const source = segment(en, 'en');
        const target = segment(de, 'de');
        const options = {
          languages: { source: 'en', target: 'de' },
          translations: lexicon ? translationLexicon('en', 'de') : null,
          ...(model ? { similarity } : {}),
        };
        expect(alignSentences(source, target, options)).toEqual(
          alignSentences(source, target, { ...options, exhaustive: true }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('handles empty sides', () => {
    const source = segment('One. Two.', 'en');
    expect(alignSentences(source, [])).toEqual([{ source: [0, 1], target: [] }]);
    expect(alignSentences([], [])).toEqual([]);
  });

  it('property: every sentence is in exactly one unit, in order, and the units give back each side', () => {
    const sentence = fc
      .tuple(
        fc.stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8}){0,8}$/),
        fc.constantFrom('.', '!', '?', ''),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([words, mark, digits]) => `${words}${digits > 0 ? ` ${10 ** digits}` : ''}${mark}`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    const documentText = fc.array(paragraph, { minLength: 0, maxLength: 8 }).map((p) => p.join('\n'));
    fc.assert(
      fc.property(documentText, documentText, (sourceText, targetText) => {
        const source = segment(sourceText, 'en');
        const target = segment(targetText, 'de');
        const beads = alignSentences(source, target);
        expect(beads.flatMap((b) => b.source)).toEqual(source.map((s) => s.index));
        expect(beads.flatMap((b) => b.target)).toEqual(target.map((t) => t.index));
        expect(beads.every((b) => b.source.length + b.target.length > 0)).toBe(true);
        const joined = (side: 'source' | 'target', sentences: typeof source) =>
          beads
            .flatMap((b) => b[side].map((i) => sentences[i]?.text ?? ''))
            .join(' ')
            .replace(/\s+/g, '');
        expect(joined('source', source)).toBe(sourceText.replace(/\s+/g, ''));
        expect(joined('target', target)).toBe(targetText.replace(/\s+/g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!existsSync(`${SHARED_EVAL}mlqe-hter-en-de-dev.tsv`))(
    'finds the links of perturbed documents built from real sentence pairs (dropped, merged, split, inserted sentences; drifting paragraphs)',
    () => {
      const pairs = readSentencePairs(`${SHARED_EVAL}mlqe-hter-en-de-dev.tsv`);
      const score = scoreAlignment(pairs, ['en', 'de'], { documents: 6, sentences: 40, seed: 3 });
      expect(score.f1).toBeGreaterThan(0.9);
      expect(score.omissionsFound / score.omissions).toBeGreaterThan(0.5);
    },
  );
});
