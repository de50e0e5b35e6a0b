import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../server/analysis/languages';

describe('the language of a text, when none is given', () => {
  it.each([
    ['Hello world.', 'en'],
    ['Rosja domaga się gwarancji.', 'pl'],
    ['It costs 20 euros.', 'en'],
    ['Dit is een korte zin.', 'nl'],
    ['Pemerintah tidak mengomentari laporan itu pada hari Senin.', 'id'],
    ['सगरमाथा संसारको सबैभन्दा अग्लो हिमाल हो, जसको उचाइ ८,८४८ मिटर छ।', 'ne'],
    ['ملګرو ملتونو ویلي چې ۲۴ میلیونه خلک مرستې ته اړتیا لري.', 'ps'],
    ['प्रधानमंत्री ने सोमवार को दिल्ली में बैठक की।', 'hi'],
  ])('is read right from a short sentence: “%s”', async (text, code) => {
    expect(await resolveLanguage(undefined, text)).toEqual({ code, detected: true });
  });

  it('is read from a whole article', async () => {
    const article = readFileSync(new URL('../../../fixtures/demo-article.pl.txt', import.meta.url), 'utf8');
    expect(await resolveLanguage(undefined, article)).toEqual({ code: 'pl', detected: true });
  });

  it('tells neighbours apart in a paragraph, where franc alone reads Swedish as Norwegian and Russian as Bulgarian', async () => {
    const swedish =
      'Kommunfullmäktige godkände en budget på 24 miljarder kronor för nästa år. Läkare rekommenderar vaccinet till barn under fem år. Rättegången mot den tidigare borgmästaren inleds den 3 mars i Malmö. Ministern avgick i onsdags efter flera veckors protester. Stormen lämnade mer än 5 000 hem utan el.';
    const russian =
      'Правительство в среду утвердило бюджет. Цены выросли на 2,5% за год, сообщила статистическая служба. Мэр города заявил, что новый мост откроют весной. Школы останутся закрытыми до понедельника. Никто не ожидал, что вода поднимется так быстро.';
    expect(await resolveLanguage(undefined, swedish)).toEqual({ code: 'sv', detected: true });
    expect(await resolveLanguage(undefined, russian)).toEqual({ code: 'ru', detected: true });
  });

  it('leaves a language only franc knows to franc in a paragraph (Nepali is no Hindi)', async () => {
    const nepali =
      'नेपालको राजधानी काठमाडौं हो। सन् २०१५ मा नेपालमा ठूलो भूकम्प आयो जसमा ९,००० भन्दा बढी मानिसको मृत्यु भयो। सगरमाथा संसारको सबैभन्दा अग्लो हिमाल हो, जसको उचाइ ८,८४८ मिटर छ। प्रधानमन्त्रीले सोमबार भारतका प्रधानमन्त्रीसँग भेटवार्ता गर्नुभयो। यो विद्यालयमा ५०० विद्यार्थी पढ्छन्।';
    expect(await resolveLanguage(undefined, nepali)).toEqual({ code: 'ne', detected: true });
  });

  it('is the one given, normalised, when there is one', async () => {
    expect(await resolveLanguage('pol', 'Hello world.')).toEqual({ code: 'pl', detected: false });
  });
});
