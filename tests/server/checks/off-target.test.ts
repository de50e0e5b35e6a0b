import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  lettersNotInAlphabet,
  offTargetCandidate,
  offTargetLanguage,
} from '../../../server/checks/lang/off-target';
import {
  IDENTIFIABLE,
  type LanguageScores,
  languageName,
  loadLanguageIdentifier,
} from '../../../server/text/language-id';
import { looksLikeAnotherLanguage } from '../../../server/text/function-words';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);

/** Every sentence of the clean fixtures whose language the file name gives, with its counterpart. */
function cleanSentences(): { lang: string; text: string; other: string; otherLang: string }[] {
  const sentences: { lang: string; text: string; other: string; otherLang: string }[] = [];
  for (const dir of ['news', 'domains', 'language-pairs']) {
    for (const file of readdirSync(new URL(`pairs/${dir}/`, FIXTURES))) {
      const [sourceLang = '', targetLang = ''] = file.replace('.tsv', '').split('-');
      const [header = '', ...rows] = readFileSync(new URL(`pairs/${dir}/${file}`, FIXTURES), 'utf8')
        .trim()
        .split('\n');
      const columns = header.split('\t');
      for (const row of rows) {
        const cells = row.split('\t');
        const source = cells[columns.indexOf('source')] ?? '';
        const target = cells[columns.indexOf('target')] ?? '';
        sentences.push({ lang: sourceLang, text: source, other: target, otherLang: targetLang });
        sentences.push({ lang: targetLang, text: target, other: source, otherLang: sourceLang });
      }
    }
  }
  return sentences;
}

/** Languages a multilingual model confuses: a sentence in one, asked for in another. */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  fr: ['es', 'it', 'pt', 'ca'],
  es: ['pt', 'it', 'fr', 'ca'],
  it: ['es', 'fr', 'pt'],
  pt: ['es', 'it', 'fr'],
  de: ['nl', 'sv', 'da'],
  nl: ['de', 'da'],
  cs: ['sk', 'pl', 'sl'],
  pl: ['cs', 'sk'],
};

describe('a target in a third language (off-target translation)', () => {
  let identify: (text: string) => LanguageScores;
  beforeAll(async () => {
    identify = await loadLanguageIdentifier();
  });

  it('is not reported for any clean fixture sentence in its own language', () => {
    const reported = cleanSentences().flatMap(({ lang, text, other, otherLang }) => {
      const candidate = offTargetCandidate(other, text, otherLang, lang);
      const found = candidate === null ? null : offTargetLanguage(identify(candidate), otherLang, lang);
      return found === null ? [] : [`${lang} → ${found}: ${text}`];
    });
    expect(reported).toEqual([]);
  });

  it('is reported for most clean sentences checked against a neighbouring language (89 % when written)', () => {
    let asked = 0;
    let reported = 0;
    for (const { lang, text, other, otherLang } of cleanSentences()) {
      for (const expected of NEIGHBOURS[lang] ?? []) {
        if (expected === otherLang) continue;
        // Sentences too short to tell (a headline, a button label) are not asked about at all.
        if (text.split(' ').length < 6) continue;
        asked++;
        const candidate = offTargetCandidate(other, text, otherLang, expected);
        if (candidate !== null && offTargetLanguage(identify(candidate), otherLang, expected) !== null)
          reported++;
      }
    }
    expect(asked).toBeGreaterThan(300);
    expect(reported / asked).toBeGreaterThan(0.85);
  });

  it('is asked only for the languages ELD knows (its own list)', async () => {
    const { eld } = await import('eld/extrasmall');
    expect([...IDENTIFIABLE].sort()).toEqual(Object.values(eld.info().Languages).sort());
  });

  it('names the language it reads as', () => {
    const candidate = offTargetCandidate(
      'The new law will enter into force on the first day of next month.',
      'La nueva ley entrará en vigor el primer día del próximo mes.',
      'en',
      'fr',
    );
    expect(candidate).not.toBeNull();
    expect(offTargetLanguage(identify(candidate ?? ''), 'en', 'fr')).toBe('es');
    expect(languageName('es')).toBe('Spanish (es)');
  });

  it('leaves the source language to the untranslated-text branch, and Chinese, Japanese and Korean to their scripts', () => {
    const german = 'die regierung hat noch nicht über den plan entschieden und wird ihn besprechen';
    expect(offTargetLanguage(identify(german), 'de', 'nl')).toBeNull();
    expect(offTargetLanguage(identify(german), 'en', 'nl')).toBe('de');
    expect(
      offTargetCandidate('The new railway line', '新しい鉄道路線は来年開通する予定です。', 'en', 'zh'),
    ).toBeNull();
  });
});

describe('function words of another language', () => {
  it('stand out when the expected language has none of its own', () => {
    expect(looksLikeAnotherLanguage('la nueva ley entrará en vigor el primer día'.split(' '), 'fr')).toBe(
      true,
    );
    expect(
      looksLikeAnotherLanguage('les nouvelles règles entrent en vigueur dans un mois'.split(' '), 'fr'),
    ).toBe(false);
  });
});

describe('letters a Cyrillic alphabet lacks', () => {
  const russian = cleanSentences().filter((s) => s.lang === 'ru');

  it('are none in clean Russian and Ukrainian sentences read as their own language', () => {
    const ukrainian = cleanSentences().filter((s) => s.lang === 'uk');
    expect(russian.length).toBeGreaterThan(10);
    expect(ukrainian.length).toBeGreaterThan(3);
    for (const { lang, text, other } of [...russian, ...ukrainian])
      expect(lettersNotInAlphabet(other, text, lang), text).toBeNull();
  });

  it('give away most Russian sentences where Ukrainian was asked for', () => {
    const found = russian.filter(({ text, other }) => lettersNotInAlphabet(other, text, 'uk') !== null);
    expect(found.length / russian.length).toBeGreaterThan(0.5);
    expect(lettersNotInAlphabet('', 'Он сказал, что мы ещё подумаем.', 'uk')).toEqual(['ы', 'ё']);
  });

  it('do not count in names, which keep their own spelling', () => {
    expect(lettersNotInAlphabet('', 'Министр встретился с Ігорем в Києві.', 'ru')).toBeNull();
  });
});
