import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/analysis/analyze';
import { translationsOf } from '../../../bench/articles';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

/** The pipeline over two fixture files, e.g. `check('clean-article.en.txt', 'en', 'clean-article.de.txt', 'de')`. */
const check = (source: string, sourceLang: string, target: string, targetLang: string) =>
  analyze({ source: fixture(source), target: fixture(target), sourceLang, targetLang });

/** Every flag as "unit check: message", which reads well in a failed assertion. */
const flagLines = (units: readonly { id: string; flags: readonly { check: string; message: string }[] }[]) =>
  units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check}: ${f.message}`));

/**
 * A careful human translation of a news article (quotes in the target's style, exonyms such as
 * Donau/Dunaj and Vídeň, a sentence that starts with a weekday, decimal commas) must not send the
 * reviewer chasing errors that are not there.
 */
/** Translations whose "Schools … until further notice" the length check calls short. */
const TERSE_UNTIL_FURTHER_NOTICE = ['hi', 'ur'];

describe('a clean translation of a news article', () => {
  // Korean and Thai join two sentences, and Hindi and Urdu have one the length check calls short:
  // their tests are below. (Latvian writes Central Europe as one
  // word, "Centrāleiropā": Europe is found after the compass word.)
  for (const lang of translationsOf('clean-article').filter(
    (l) => !['ko', 'th', ...TERSE_UNTIL_FURTHER_NOTICE].includes(l),
  )) {
    it(`raises no flag at all in ${lang}`, async () => {
      const result = await check('clean-article.en.txt', 'en', `clean-article.${lang}.txt`, lang);
      expect(result.units).toHaveLength(12);
      expect(
        result.units.every((u) => u.sourceSentences.length === 1 && u.targetSentences.length === 1),
      ).toBe(true);
      expect(flagLines(result.units)).toEqual([]);
      expect(result.units.filter((u) => u.flagged)).toEqual([]);
    });
  }
});

describe('a clean Korean translation that joins the two quoted sentences into one', () => {
  it('reports the join and nothing else: the numbers written in myriads (5천만, 1만 2천) match', async () => {
    const result = await check('clean-article.en.txt', 'en', 'clean-article.ko.txt', 'ko');
    expect(result.units).toHaveLength(11);
    expect(flagLines(result.units)).toEqual([
      'u5 segmentation: 2 source sentences were merged into one target sentence',
    ]);
  });
});

describe('a translation that splits, joins and re-paragraphs sentences as translators do', () => {
  for (const lang of translationsOf('restructured-article')) {
    it(`links each source sentence to its whole translation in ${lang}, and notes the splits and joins as style`, async () => {
      const result = await check('clean-article.en.txt', 'en', `restructured-article.${lang}.txt`, lang);
      expect(result.units.map((u) => [u.sourceSentences, u.targetSentences])).toEqual([
        [[0], [0]],
        [[1], [1]],
        [[2], [2, 3]],
        [[3], [4]],
        [[4, 5], [5]],
        [[6], [6]],
        [[7], [7]],
        [[8, 9], [8]],
        [[10], [9, 10]],
        [[11], [11]],
      ]);
      // "Das teilten die Behörden am Sonntag mit." and "官员周日公布了这一消息。" are sentences of their own,
      // not fragments cut off; "Метеорологи ожидают, что дождь ослабнет к среде." shares the weekday and
      // the meteorologists with the source, so it is no addition.
      expect(
        result.units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check} ${f.category} ${f.severity}`)),
      ).toEqual([
        'u3 segmentation Style minor',
        'u5 segmentation Style minor',
        'u8 segmentation Style minor',
        'u9 segmentation Style minor',
      ]);
      // No unit flagged: the Chinese quote's words ("nobody", "seen") lifted u5 over the threshold until
      // the risk lexicon asked for fifteen sentences before a word counts.
      expect(result.units.filter((u) => u.flagged).map((u) => u.id)).toEqual([]);
    });
  }
});

describe('a clean translation with one terse sentence', () => {
  // "until further notice" is two or three words ("अगली सूचना तक", "تاحکم ثانی"): the sentence is 0.6 of
  // the source's length where the rest of the article is about 1 — beyond 2.8 spreads even once a dozen
  // sentences' spread gives way to translation's in general, which a length check cannot tell from a
  // dropped clause (the French article's dropped clause, which must stay reported, is no further out: a
  // limit raised for a spread measured on twelve sentences lost it). Persian's and the rest's terse
  // sentences are no longer reported. Everything else —
  // digits of other scripts, crores, Sinhala's English month names — reads as the source.
  for (const lang of TERSE_UNTIL_FURTHER_NOTICE) {
    it(`raises only the length check's note on "Schools … until further notice" in ${lang}`, async () => {
      const result = await check('clean-article.en.txt', 'en', `clean-article.${lang}.txt`, lang);
      expect(result.units).toHaveLength(12);
      expect(flagLines(result.units)).toEqual([
        expect.stringMatching(/^u10 length-ratio: The translation is much shorter than usual/),
      ]);
    });
  }
});

describe('a clean Thai translation, which marks no sentence ends', () => {
  it('raises no flag: the two quoted sentences share a line, and rescue (กู้ภัย) starts like a rude word (กู)', async () => {
    const result = await check('clean-article.en.txt', 'en', 'clean-article.th.txt', 'th');
    expect(result.units).toHaveLength(11);
    expect(result.units[4]?.sourceSentences).toEqual([4, 5]);
    expect(flagLines(result.units)).toEqual([]);
  });
});

describe('a markets story: a question for a headline, a dateline, a list of figures, a byline in brackets', () => {
  for (const lang of ['de', 'es', 'ru']) {
    it(`aligns sentence to sentence and raises no flag in ${lang}`, async () => {
      const result = await check('markets-article.en.txt', 'en', `markets-article.${lang}.txt`, lang);
      expect(result.units).toHaveLength(16);
      expect(
        result.units.every((u) => u.sourceSentences.length === 1 && u.targetSentences.length === 1),
      ).toBe(true);
      expect(flagLines(result.units)).toEqual([]);
    });
  }
  it('reads "a quarter-point cut" as the 0.25 of the Japanese, and its headline as one sentence', async () => {
    const result = await check('markets-article.en.txt', 'en', 'markets-article.ja.txt', 'ja');
    expect(result.units).toHaveLength(15);
    // The Japanese headline asks with か and goes on after an ideographic space. The Bundesbank is
    // ドイツ連邦銀行, named by what it is, inside a run of characters: organisations.json knows it.
    expect(flagLines(result.units)).toEqual([
      'u1 segmentation: 2 source sentences were merged into one target sentence',
    ]);
  });
});

describe('a press release, another domain', () => {
  for (const lang of ['de', 'fr', 'ja', 'tr']) {
    it(`raises no flag in ${lang}: prices in billions, a date line, an address and a URL at the end of a sentence`, async () => {
      const result = await check('press-release.en.txt', 'en', `press-release.${lang}.txt`, lang);
      expect(result.units).toHaveLength(10);
      expect(
        result.units.every((u) => u.sourceSentences.length === 1 && u.targetSentences.length === 1),
      ).toBe(true);
      expect(flagLines(result.units)).toEqual([]);
    });
    it(`raises none as the source of the English from ${lang}`, async () => {
      const result = await check(`press-release.${lang}.txt`, lang, 'press-release.en.txt', 'en');
      expect(flagLines(result.units)).toEqual([]);
    });
  }
});

describe('questions and answers with a list, another kind of text', () => {
  for (const lang of ['de', 'pl']) {
    it(`raises no flag in ${lang}: "No." answering a question, list items ending on "p.m." against "16 Uhr"`, async () => {
      const result = await check('faq.en.txt', 'en', `faq.${lang}.txt`, lang);
      expect(result.units).toHaveLength(14);
      expect(
        result.units.every((u) => u.sourceSentences.length === 1 && u.targetSentences.length === 1),
      ).toBe(true);
      expect(flagLines(result.units)).toEqual([]);
    });
  }
});

describe('terms of service, another domain', () => {
  for (const lang of ['de', 'fr']) {
    it(`raise no flag in ${lang}: numbered headings, clause numbers (1.1, 2.2, (a)), "see Art. 5", "without limitation" as "unbeschränkt"`, async () => {
      const result = await check('terms.en.txt', 'en', `terms.${lang}.txt`, lang);
      // "1. Scope" is one heading, "(see Art. 5)." no sentence of its own.
      expect(result.units.map((u) => u.source)).toContain('1. Scope');
      expect(result.units).toHaveLength(11);
      expect(
        result.units.every((u) => u.sourceSentences.length === 1 && u.targetSentences.length === 1),
      ).toBe(true);
      expect(flagLines(result.units)).toEqual([]);
    });
  }
});

describe('release notes, another domain', () => {
  for (const lang of ['de', 'fr']) {
    it(`raise no flag in ${lang}: UI paths, versions, a quoted error message, an address, a handle, a placeholder`, async () => {
      const result = await check('release-notes.en.txt', 'en', `release-notes.${lang}.txt`, lang);
      expect(result.units).toHaveLength(7);
      expect(flagLines(result.units)).toEqual([]);
    });
  }
});

describe('release notes machine-translated with errors', () => {
  it('reports the changed version and numbers, the changed address, the lost handle and placeholder', async () => {
    const result = await check('release-notes.en.txt', 'en', 'release-notes-mt-errors.de.txt', 'de');
    const messages = result.units.flatMap((u) => u.flags.map((f) => `${f.check}: ${f.message}`));
    expect(messages).toEqual(
      expect.arrayContaining([
        'numbers: “2.4” in the translation where the source has “2.4.1”',
        'numbers: “16” in the translation where the source has “17”',
        'numbers: “503” from the source is not in the translation',
        'markup: The URL “https://example.de/hilfe” in the translation where the source has “https://example.com/help”',
        'markup: The mention “@maria_dev” is missing from the translation',
        'placeholders: The placeholder “{count}” is missing from the translation',
      ]),
    );
  });
});

/**
 * Read the other way round, the English article is a translation of each of them. Where it is not
 * word for word, Korean's joined quote is reported (Hindi's and Urdu's terse "until further notice",
 * read as an English sentence too long for its source, stays within the length check's 2.8 spreads). (Czech's and Danish's long EU sentence and the Japanese headline were
 * reported too until a dozen sentences' spread gave way to translation's in general.)
 */
const KNOWN_INTO_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  ko: ['u5 segmentation'],
};

describe('the clean article translated into English', () => {
  for (const lang of translationsOf('clean-article')) {
    it(`raises no flag from ${lang} but the known ones: German nouns, Russian names, Khmer dates, Pashto weekdays`, async () => {
      const result = await check(`clean-article.${lang}.txt`, lang, 'clean-article.en.txt', 'en');
      const flags = result.units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check}`));
      expect(flags).toEqual(KNOWN_INTO_ENGLISH[lang] ?? []);
    });
  }
});

describe('a "Read also" line slipped into a paragraph', () => {
  it('is reported as an addition even where the translation before it is short enough to take it in (Korean, Ukrainian)', async () => {
    for (const [lang, after, line] of [
      ['ko', '당국이 일요일 밝혔다.', '함께 읽기: 가을을 위한 최고의 요리법.'],
      ['uk', 'повідомили в неділю посадовці.', 'Читайте також: Найкращі рецепти для осені.'],
    ] as const) {
      const target = fixture(`clean-article.${lang}.txt`).replace(after, `${after} ${line}`);
      const result = await analyze({
        source: fixture('clean-article.en.txt'),
        target,
        sourceLang: 'en',
        targetLang: lang,
      });
      const added = result.units.flatMap((u) =>
        u.flags
          .filter((f) => f.category === 'Accuracy/Addition' && f.span)
          .map((f) => u.target.slice(f.span?.start, f.span?.end)),
      );
      expect(added, lang).toContain(line);
    }
  });
});

describe('the Korean article as the source of the English', () => {
  it('calls its one sentence of two quotations, translated as two, a split: a quotation is no fragment', async () => {
    const result = await check('clean-article.ko.txt', 'ko', 'clean-article.en.txt', 'en');
    expect(flagLines(result.units)).toEqual([
      'u5 segmentation: One source sentence became 2 target sentences',
    ]);
    expect(result.units.filter((u) => u.flagged)).toEqual([]);
  });
});

describe('the same article machine-translated with typical errors', () => {
  it('puts each planted error on the unit that holds it, under the check that names it', async () => {
    const result = await check('clean-article.en.txt', 'en', 'mt-errors-article.de.txt', 'de');
    const checksOf = (sourceStart: string): string[] =>
      result.units.find((u) => u.source.startsWith(sourceStart))?.flags.map((f) => f.check) ?? [];
    expect(checksOf('Heavy rain')).toContain('numbers'); // 12,000 → 1.200
    expect(checksOf('"We have not seen')).toContain('negation'); // the negation is lost
    expect(checksOf('The Czech Hydrometeorological')).toContain('dates'); // September 17 → 18
    expect(checksOf('Schools in the south')).toEqual(['omission']); // dropped
    expect(checksOf('Meteorologists')).toContain('repetition-loop');
    expect(checksOf('The European Union')).toContain('untranslated');
    const bio = result.units.find((u) => u.source === '');
    expect(bio?.flags.map((f) => f.check)).toEqual(['addition']);
    // The units without a planted error stay quiet.
    const quiet = result.units.filter((u) =>
      ['Floods', 'By Anna', 'The Danube', '"Nobody', "Austria's", 'In Prague'].some((s) =>
        u.source.startsWith(s),
      ),
    );
    expect(quiet).toHaveLength(6);
    expect(quiet.flatMap((u) => u.flags)).toEqual([]);
    expect(result.units.filter((u) => u.flagged).length).toBeGreaterThanOrEqual(6);
  });
});

describe('the article machine-translated into French with other errors', () => {
  it('finds a lost negation, an added one, a wrong amount, a wrong month, an added name and an English clause', async () => {
    const result = await check('clean-article.en.txt', 'en', 'mt-errors-article.fr.txt', 'fr');
    const checksOf = (sourceStart: string): string[] =>
      result.units.find((u) => u.source.startsWith(sourceStart))?.flags.map((f) => f.check) ?? [];
    expect(checksOf('Heavy rain')).toContain('entity-missing'); // "and the Czech Republic" dropped
    expect(checksOf('The Danube')).toContain('length-ratio'); // the evacuation clause dropped
    expect(checksOf('"We have not seen')).toEqual(expect.arrayContaining(['negation', 'entity-missing'])); // Huber → Müller
    expect(checksOf("Austria's")).toEqual(expect.arrayContaining(['numbers', 'entity-added'])); // 50 → 15, Sebastian Kurz
    expect(checksOf('In Prague')).toContain('negation'); // "n'ont pas fermé"
    expect(checksOf('The Czech Hydrometeorological')).toContain('dates'); // septembre → octobre
    expect(checksOf('Meteorologists')).toContain('untranslated');
    for (const clean of ['Floods', 'By Anna', '"Nobody', 'Schools', 'The European Union'])
      expect(checksOf(clean), clean).toEqual([]);
  });
});

describe('the article machine-translated into Chinese with errors', () => {
  it('reads numbers, myriads, dates and negation in Chinese, and finds the dropped and untranslated sentences', async () => {
    const result = await check('clean-article.en.txt', 'en', 'mt-errors-article.zh.txt', 'zh');
    const checksOf = (sourceStart: string): string[] =>
      result.units.find((u) => u.source.startsWith(sourceStart))?.flags.map((f) => f.check) ?? [];
    expect(checksOf('Heavy rain')).toContain('numbers'); // 12,000 → 1,200
    expect(checksOf('"We have not seen')).toContain('negation'); // 从未见过 → 见过
    expect(checksOf("Austria's")).toContain('numbers'); // €50 million → 500万
    expect(checksOf('In Prague')).toContain('negation'); // 没有关闭
    expect(checksOf('The Czech Hydrometeorological')).toContain('dates'); // 9月17日 → 9月18日
    expect(checksOf('Schools in the south')).toEqual(['omission']);
    expect(checksOf('The European Union')).toContain('untranslated');
    for (const clean of ['Floods', 'By Anna', 'The Danube', '"Nobody', 'Meteorologists'])
      expect(checksOf(clean), clean).toEqual([]);
  });
});

/**
 * The clean article with one of its translated sentences removed, or with an unrelated line ("Read
 * also: …") slipped into a paragraph: what a reviewer must be told, wherever in the article it happens.
 */
describe('a sentence dropped from or slipped into the clean article', () => {
  const READ_ALSO: Record<string, string> = {
    de: 'Lesen Sie auch: Die besten Rezepte für den Herbst.',
    fr: 'À lire aussi : les meilleures recettes pour l’automne.',
    pl: 'Przeczytaj także: Najlepsze przepisy na jesień.',
  };
  /** The article with `line` slipped in after the sentence `anchor`, analysed, and the text of each addition reported. */
  const insertAfter = async (source: string, target: string, lang: string, anchor: string, line: string) => {
    const result = await analyze({
      source,
      target: target.replace(anchor, `${anchor} ${line}`),
      sourceLang: 'en',
      targetLang: lang,
    });
    const additions = result.units.flatMap((u) =>
      u.flags
        .filter((f) => f.category === 'Accuracy/Addition')
        .map((f) => (f.span ? u.target.slice(f.span.start, f.span.end) : u.target)),
    );
    return { result, additions };
  };
  const omitted = (units: readonly { source: string; flags: readonly { category: string }[] }[]) =>
    units.filter((u) => u.flags.some((f) => f.category === 'Accuracy/Omission')).map((u) => u.source);
  for (const lang of ['de', 'fr']) {
    it(`reports every dropped sentence of the ${lang} release notes on its own source ("PDF-Dateien" keeps PDF an anchor)`, async () => {
      const source = fixture('release-notes.en.txt');
      const target = fixture(`release-notes.${lang}.txt`);
      const full = await analyze({ source, target, sourceLang: 'en', targetLang: lang });
      for (const unit of full.units) {
        const result = await analyze({
          source,
          target: target.replace(unit.target, ''),
          sourceLang: 'en',
          targetLang: lang,
        });
        expect(omitted(result.units).join(' ')).toContain(unit.source);
      }
    });
  }
  for (const lang of Object.keys(READ_ALSO)) {
    it(`reports every dropped ${lang} sentence as an omission`, async () => {
      const source = fixture('clean-article.en.txt');
      const target = fixture(`clean-article.${lang}.txt`);
      const full = await analyze({ source, target, sourceLang: 'en', targetLang: lang });
      for (const unit of full.units) {
        const without = target.replace(unit.target, '').replace(/ {2}/, ' ');
        const result = await analyze({ source, target: without, sourceLang: 'en', targetLang: lang });
        expect(omitted(result.units).join(' ')).toContain(unit.source);
      }
    });

    it(`reports a line slipped into a ${lang} paragraph as an addition, on that line, and flags its unit`, async () => {
      const source = fixture('clean-article.en.txt');
      const target = fixture(`clean-article.${lang}.txt`);
      const line = READ_ALSO[lang] ?? '';
      const full = await analyze({ source, target, sourceLang: 'en', targetLang: lang });
      // After each sentence of the body (the headline and byline have no full stop, so a line added
      // there joins them and is reported as their addition). Not asserted: after the schools sentence,
      // whose French and Polish translations share no word with the source and are short, so nothing
      // says which of the two is the extra one.
      for (const after of [2, 3, 4, 5, 6, 7, 8, 10, 11]) {
        const { result, additions } = await insertAfter(
          source,
          target,
          lang,
          full.units[after]?.target ?? '',
          line,
        );
        expect(additions).toEqual([line]);
        // Joined to a real sentence or standing alone, it is flagged: it weighs as an addition.
        expect(result.units.filter((u) => u.target.includes(line)).map((u) => u.flagged)).toEqual([true]);
      }
    });
  }
  const LEXICON_PAIRS: Record<string, string> = {
    cs: 'Přečtěte si také: Nejlepší recepty na podzim.',
    zh: '另请阅读：秋季最佳食谱。',
  };
  for (const [lang, line] of Object.entries(LEXICON_PAIRS)) {
    it(`knows which of two unrelated-looking ${lang} sentences translates the source by the pair's translation lexicon`, async () => {
      const source = fixture('clean-article.en.txt');
      const target = fixture(`clean-article.${lang}.txt`);
      const full = await analyze({ source, target, sourceLang: 'en', targetLang: lang });
      // The schools sentence: short, no name or number, no word shared with its translation.
      const schools = full.units.find((u) => u.source.startsWith('Schools in the south'))?.target ?? '';
      expect(schools).not.toBe('');
      const { additions } = await insertAfter(source, target, lang, schools, line);
      expect(additions).toEqual([line]);
    });
  }
});
