import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityMissingTransliterated } from '../../../server/checks/entity-missing-transliterated';
import {
  mayBeWrittenInKanji,
  nameSoundKeys,
  scriptSoundKeys,
  soundsLike,
} from '../../../server/text/sound-alike';
import { analyze } from '../../../server/analysis/analyze';

const sounds = (name: string, target: string, lang = 'ja'): boolean | null =>
  soundsLike(nameSoundKeys(name), scriptSoundKeys(target, lang));

describe('names read back from katakana and Cyrillic', () => {
  it.each([
    ['Tesla', 'テスラとトヨタ'],
    ['Macron', 'Ангела Меркель и Эмманюэль Макрон'],
    ['Merkel', 'Ангела Меркель'],
    ['Josef', 'мэр Йозеф Хубер'],
    ['Krems', 'クレムス付近で'],
    ['Krems', 'у Кремса за'],
    ['Washington', 'ワシントン'],
    ['Washington', 'Вашингтон'],
    ['Michael', 'Майкл Джонс'],
    ['Jones', 'Майкл Джонс'],
    ['Thomas', 'トーマス'],
    ['Smith', 'スミス'],
    ['Angela', 'アンゲラ'],
    ['Angela', 'アンジェラ'],
    ['Bartz', 'ウェスリーバーツ は'],
    ['Richard', 'リチャード'],
    ['Scholz', 'ショルツ首相'],
    ['Scholz', 'Шольц'],
    ['Zelensky', 'ゼレンスキー'],
    ['Zelensky', 'Зеленский'],
    ['Biden', 'Байденом'],
    ['Schwarzenegger', 'シュヴァーツネッガー'],
    ['Marx', 'マルクス'],
    ['Knotts', 'ノッツ'],
    ['Halliburton', 'ハリ バートン'],
    ['Charles', 'Чарльз'],
    ['Elizabeth', 'エリザベス'],
    ['Elizabeth', 'Елизавета'],
    ['Microsoft', 'マイクロソフト'],
    ['Microsoft', 'Майкрософт'],
    ['Parthians', 'パルシア 人'],
    ['Montgomery', 'モンゴメリー 郡'],
  ])('finds %s in %s', (name, target) => {
    expect(sounds(name, target)).toBe(true);
  });

  it.each([
    ['Tesla', 'トヨタは提携を発表した'],
    ['Macron', 'Ангела Меркель обсудила кризис.'],
    ['Macron', 'メルケル'],
    ['Biden', 'ショルツ首相'],
    ['Blinken', 'ジュネーブでの協議はラブロフ外相が主導した。'],
    ['Catherine', 'Доклад был написан для фонда.'],
  ])('does not find %s in %s', (name, target) => {
    expect(sounds(name, target)).toBe(false);
  });

  it.each([
    ['Tesla', '周一，汽车制造商特斯拉和竞争对手丰田宣布合作。', true],
    ['Tesla', '周一，汽车制造商丰田宣布合作。', false],
    ['Biden', '拜登总统在华盛顿会见了朔尔茨总理。', true],
    ['Washington', '拜登总统在华盛顿会见了朔尔茨总理。', true],
    ['Scholz', '拜登总统在华盛顿会见了朔尔茨总理。', true],
    ['Biden', '总统在华盛顿会见了朔尔茨总理。', false],
    ['Macron', '默克尔和马克龙讨论了危机。', true],
    ['Macron', '默克尔讨论了危机。', false],
    ['Johnson', '约翰逊说', true],
    ['Elizabeth', '伊丽莎白女王', true],
    ['Zelensky', '泽连斯基说', true],
    // A g or k written with 加 or 基 (jia, ji), a 什 read as in names (shi), a 祖 (zu).
    ['Garcia', '加入 迈克 · 加西亚 旅 。', true],
    ['Nishkid', '没 问题 , 尼什 基德 64', true],
    ['Burgas', '嘿 , 伯 加斯 00 , 你 为什么', true],
    ['Zouavman', '完全同意 祖阿 夫曼 的 说法', true],
    ['Garcia', '加入 迈克 的 旅 。', false],
  ])('in Chinese, %s in %s: %s', (name, target, found) => {
    expect(sounds(name, target, 'zh')).toBe(found);
  });

  it.each([
    ['ko', 'Biden', '조 바이든 대통령은 화요일 워싱턴에서 올라프 숄츠 총리를 만났다.'],
    ['ko', 'Scholz', '조 바이든 대통령은 화요일 워싱턴에서 올라프 숄츠 총리를 만났다.'],
    ['ar', 'Scholz', 'التقى الرئيس جو بايدن المستشار أولاف شولتس في واشنطن يوم الثلاثاء.'],
    ['ar', 'Washington', 'التقى الرئيس جو بايدن المستشار أولاف شولتس في واشنطن يوم الثلاثاء.'],
    ['el', 'Biden', 'Ο πρόεδρος Τζο Μπάιντεν συναντήθηκε με τον καγκελάριο Όλαφ Σολτς.'],
    ['he', 'Scholz', 'הנשיא ג׳ו ביידן נפגש עם הקנצלר אולף שולץ בוושינגטון.'],
    ['he', 'Washington', 'הנשיא ג׳ו ביידן נפגש עם הקנצלר אולף שולץ בוושינגטון.'],
    ['hi', 'Scholz', 'राष्ट्रपति जो बाइडेन ने मंगलवार को वाशिंगटन में चांसलर ओलाफ शॉल्त्स से मुलाकात की।'],
  ])('in %s, finds %s', (lang, name, target) => {
    expect(sounds(name, target, lang)).toBe(true);
  });

  it.each([
    ['ar', 'Macron', 'التقى الرئيس جو بايدن المستشار أولاف شولتس في واشنطن يوم الثلاثاء.'],
    ['el', 'Merkel', 'Ο πρόεδρος Τζο Μπάιντεν συναντήθηκε με τον καγκελάριο Όλαφ Σολτς.'],
    ['he', 'Merkel', 'הנשיא ג׳ו ביידן נפגש עם הקנצלר אולף שולץ בוושינגטון.'],
  ])('in %s, does not find %s', (lang, name, target) => {
    expect(sounds(name, target, lang)).toBe(false);
  });

  it('cannot tell a name of one consonant ("Joe", "Abe") and says so', () => {
    expect(sounds('Joe', 'Канцлер Олаф Шольц')).toBeNull();
    expect(sounds('Huber', 'ヨーゼフ')).toBeNull();
    // "Weber" and "George" as Japanese says them (ウェーバー, ジョージ) have one consonant left.
    expect(sounds('Weber', 'Анна Вебер')).toBeNull();
    expect(sounds('George', 'Джордж')).toBeNull();
  });

  it('leaves Chinese, Japanese and Korean names to kanji, and no others', () => {
    for (const name of ['Xi', 'Jinping', 'Kishida', 'Kim', 'Toyota'])
      expect(mayBeWrittenInKanji(name, '岸田文雄首相')).toBe(true);
    for (const name of ['Tesla', 'Merkel', 'Macron', 'Blinken', 'Schwarzenegger'])
      expect(mayBeWrittenInKanji(name, '岸田文雄首相')).toBe(false);
    // Only where the translation has kanji to write them in.
    expect(mayBeWrittenInKanji('Kishida', 'Кисида')).toBe(false);
  });

  it('raises nothing on the careful Japanese and Russian translations of the clean article', async () => {
    const read = (name: string): string =>
      readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
    for (const lang of ['ja', 'ru']) {
      const result = await analyze({
        source: read('clean-article.en.txt'),
        target: read(`clean-article.${lang}.txt`),
        sourceLang: 'en',
        targetLang: lang,
      });
      expect(result.checksRun, lang).toContain(entityMissingTransliterated.id);
      const flags = result.units
        .flatMap((unit) => unit.flags)
        .filter((f) => f.check === entityMissingTransliterated.id);
      expect(flags, lang).toEqual([]);
    }
  });
});
