import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../server/text/segmenter';

const texts = (text: string, lang: string): string[] => segment(text, lang).map((s) => s.text);

describe('segmenter', () => {
  it('keeps English titles, initials, dotted acronyms and decimals inside the sentence', () => {
    expect(
      texts('Mr. Smith met Dr. J. R. Jones in Washington, D.C. on Monday. The rate was 3.5 percent.', 'en'),
    ).toEqual(['Mr. Smith met Dr. J. R. Jones in Washington, D.C. on Monday.', 'The rate was 3.5 percent.']);
  });

  it('ends a sentence at an abbreviation that can end one ("p.m.") when a capital follows', () => {
    expect(texts('They met at 5 p.m. Then they left.', 'en')).toEqual([
      'They met at 5 p.m.',
      'Then they left.',
    ]);
  });

  it('knows Polish abbreviations (np., m.in., tzw., ul., św.)', () => {
    expect(
      texts(
        'Spotkali się m.in. z prof. Nowakiem przy ul. Długiej i tzw. starym rynku. Potem np. poszli do św. Anny.',
        'pl',
      ),
    ).toEqual([
      'Spotkali się m.in. z prof. Nowakiem przy ul. Długiej i tzw. starym rynku.',
      'Potem np. poszli do św. Anny.',
    ]);
  });

  it('keeps German ordinals and abbreviations ("12. Januar", "z.B.", "Nr.")', () => {
    expect(texts('Am 12. Januar kam z.B. Herr Nr. 5 an. Dann ging er.', 'de')).toEqual([
      'Am 12. Januar kam z.B. Herr Nr. 5 an.',
      'Dann ging er.',
    ]);
  });

  it('keeps abbreviations written with spaces between their parts ("z. B.", "u. a.", "EE. UU.", "U. S.")', () => {
    expect(texts('Er kaufte Obst, z. B. Äpfel. Dann ging er.', 'de')).toEqual([
      'Er kaufte Obst, z. B. Äpfel.',
      'Dann ging er.',
    ]);
    // The greedy reading of "B. so." must not hide "z. B." from the list.
    expect(texts('Er sagte: Das ist z. B. so. Dann ging er.', 'de')).toHaveLength(2);
    expect(texts('Es kamen u. a. Vertreter der Stadt. Die Sitzung begann.', 'de')).toHaveLength(2);
    expect(texts('Das gilt i. d. R. für alle. Ausnahmen gibt es.', 'de')).toHaveLength(2);
    expect(texts('Los EE. UU. anunciaron nuevas medidas. El Gobierno respondió.', 'es')).toEqual([
      'Los EE. UU. anunciaron nuevas medidas.',
      'El Gobierno respondió.',
    ]);
    // Inside an abbreviation that can end a sentence, the break is never its end.
    expect(texts('He went to the U. S. last year. It was fun.', 'en')).toHaveLength(2);
  });

  it('reads a capitalised currency or counted noun after "Mio." or "Mrd." as the same sentence', () => {
    expect(texts('Die Kosten betragen ca. 5 Mio. Euro. Das ist viel.', 'de')).toEqual([
      'Die Kosten betragen ca. 5 Mio. Euro.',
      'Das ist viel.',
    ]);
    expect(texts('Die Stadt hat 3 Mio. Einwohner. Sie wächst.', 'de')).toHaveLength(2);
    expect(texts('Der Schaden beträgt 5 Mio. Die Versicherung zahlt.', 'de')).toEqual([
      'Der Schaden beträgt 5 Mio.',
      'Die Versicherung zahlt.',
    ]);
  });

  it('reads news abbreviations by what stands around them (addresses, "& Co. KG", "Downing St.")', () => {
    expect(texts('Он живёт в г. Москве на ул. Ленина, д. 5. Там тихо.', 'ru')).toHaveLength(2);
    // "т. д." (and so on) can end a sentence although "д." (house) cannot.
    expect(texts('Там были книги, журналы и т. д. Потом все ушли.', 'ru')).toHaveLength(2);
    // One letter and a period: a city, a river or a village before a name, a year, a metre or a rouble after a number.
    expect(texts('Зустріч відбудеться у м. Києві. Про це повідомив проф. Петренко.', 'uk')).toEqual([
      'Зустріч відбудеться у м. Києві.',
      'Про це повідомив проф. Петренко.',
    ]);
    expect(texts('Вони живуть у с. Петрівка. Висота вежі 5 м. Вона стара.', 'uk')).toEqual([
      'Вони живуть у с. Петрівка.',
      'Висота вежі 5 м.',
      'Вона стара.',
    ]);
    expect(texts('Мы были на р. Волге. Это было в 2022 г. Потом всё изменилось.', 'ru')).toEqual([
      'Мы были на р. Волге.',
      'Это было в 2022 г.',
      'Потом всё изменилось.',
    ]);
    expect(texts('Siehe S. 12 und Abb. 3 im Bd. 2. Das reicht.', 'de')).toHaveLength(2);
    expect(
      texts('Die Firma XY GmbH & Co. KG meldete Insolvenz an. Der Betrieb läuft weiter.', 'de'),
    ).toHaveLength(2);
    expect(texts('Stálo to cca 5 mil. Kč. Bylo to drahé.', 'cs')).toHaveLength(2);
    expect(texts('It was at No. 10 Downing St. The PM spoke.', 'en')).toEqual([
      'It was at No. 10 Downing St.',
      'The PM spoke.',
    ]);
    expect(texts('The St. Louis Cardinals won. Fans cheered.', 'en')).toHaveLength(2);
    expect(texts('They met on Wall St. in the morning. Then they left.', 'en')).toHaveLength(2);
  });

  it.each([
    ['ro', 'Vezi art. 5 alin. 2 din lege. Apoi decide.'],
    ['ro', 'Au venit miniștri, parlamentari ș.a. Ședința a început.'],
    ['el', 'Ο κ. Παπαδόπουλος μίλησε. Μετά έφυγε.'],
    ['id', 'Dia tinggal di Jl. Sudirman No. 5. Rumahnya besar.'],
    ['vi', 'Ông Nguyễn đến TP. Hồ Chí Minh hôm qua. Ông ở lại hai ngày.'],
    ['hi', 'डॉ. शर्मा ने कहा कि स्थिति गंभीर है। लोग चिंतित हैं।'],
    ['bg', 'Срещата ще бъде в гр. София, ул. Витоша 5. Проф. Иванов ще говори.'],
    ['ca', 'El Sr. Puig i la Sra. Vila van arribar al núm. 5. Després van marxar.'],
    ['lt', 'Gen. Petraitis ir prof. Jonaitis atvyko. Ministras kalbėjo.'],
    ['lv', 'Piem. ministrs runāja, t.i. vadītājs. Pēc tam aizgāja.'],
    ['fi', 'Mm. ministeri puhui, ns. asiantuntija myös. Tri Virtanen tuli.'],
    ['et', 'Nt. minister rääkis, hr. Tamm ka. Siis nad lahkusid.'],
  ])('knows the titles, streets and "and so on" of %s news', (lang, text) => {
    expect(texts(text, lang)).toHaveLength(2);
  });

  it.each([
    ['de', 'Die Frist richtet sich gem. § 5 Abs. 2 i. V. m. § 7 BGB. Sie beträgt zwei Wochen.'],
    ['de', 'Er wohnt in der Goethestr. 12 in Berlin. Sie nicht.'],
    ['de', 'Herr Dr. med. Müller untersuchte den Patienten. Er war gesund.'],
    ['fr', 'Selon l’art. L. 121-1 du Code, le délai est de 15 jours. Il court dès la signature.'],
    ['cs', 'Podle § 5 odst. 2 písm. a) zákona č. 89/2012 Sb. platí lhůta 15 dnů. Začíná dnes.'],
    ['ru', 'Согласно ст. 5 п. 2 ФЗ № 152, срок составляет 30 дней. Он начинается сегодня.'],
    ['en', 'See Fig. 3 and Table 2 on p. 14. They show the results.'],
  ])('keeps the references of legal and technical %s text in their sentence', (lang, text) => {
    expect(texts(text, lang)).toHaveLength(2);
  });

  it('starts a sentence at a number followed by a lower-case word, but not after an abbreviation', () => {
    expect(texts('The storm hit on Monday. 25 people were killed. 40 % of homes lost power.', 'en')).toEqual([
      'The storm hit on Monday.',
      '25 people were killed.',
      '40 % of homes lost power.',
    ]);
    expect(texts('Er gab drei Läufe auf . 1760 wurde er begraben .', 'de')).toEqual([
      'Er gab drei Läufe auf .',
      '1760 wurde er begraben .',
    ]);
    expect(texts('Es kostet ca. 1760 Euro pro Jahr.', 'de')).toHaveLength(1);
    expect(texts('See vol. 3 for details.', 'en')).toHaveLength(1);
    expect(texts('W 1990 r. 25 osób zginęło w wypadku.', 'pl')).toHaveLength(1);
  });

  it('starts a sentence in lower case after a dictionary word and its full stop, as informal writing does', () => {
    expect(
      texts('I object to this edit. this article is not your personal domain. december 27 is too soon', 'en'),
    ).toEqual([
      'I object to this edit.',
      'this article is not your personal domain.',
      'december 27 is too soon',
    ]);
    // Tokenised MT output writes the full stop apart.
    expect(texts('so he survived . you might want to check', 'en')).toEqual([
      'so he survived .',
      'you might want to check',
    ]);
    // Not after an abbreviation the dictionary also lists as a word, a name, or an initialism.
    expect(
      texts('Prices incl. tax rose, e.g. bread and misc. items in Cambridge, Mass. and elsewhere.', 'en'),
    ).toEqual(['Prices incl. tax rose, e.g. bread and misc. items in Cambridge, Mass. and elsewhere.']);
  });

  it('keeps a French closing guillemet after its space with the sentence it closes', () => {
    expect(texts("« Personne ne s'y attendait. » Le maire est parti.", 'fr')).toEqual([
      "« Personne ne s'y attendait. »",
      'Le maire est parti.',
    ]);
  });

  it('gives an opening quotation mark after a full stop to the sentence it opens (Chinese, Japanese)', () => {
    expect(texts('“自2002年以来，我们从未见过这样的水位，”市长说。“没有人料到会来得这么快。”', 'zh')).toEqual(
      ['“自2002年以来，我们从未见过这样的水位，”市长说。', '“没有人料到会来得这么快。”'],
    );
    expect(texts('「見たことがない」と市長は語った。「誰も予想していなかった」', 'ja')).toEqual([
      '「見たことがない」と市長は語った。',
      '「誰も予想していなかった」',
    ]);
  });

  it('keeps a quotation with its full stop inside in the sentence that quotes it (「…。」と言った, "…"라고, “…。”他说)', () => {
    expect(texts('彼は「行かない。」と言った。会議は明日です。', 'ja')).toEqual([
      '彼は「行かない。」と言った。',
      '会議は明日です。',
    ]);
    expect(texts('彼 は 「 行 か な い 。 」 と 言 っ た 。 会議 は 明日 で す 。', 'ja')).toEqual([
      '彼 は 「 行 か な い 。 」 と 言 っ た 。',
      '会議 は 明日 で す 。',
    ]);
    expect(texts('그는 "우리는 허용하지 않을 것이다."라고 말했다. 회의는 끝났다.', 'ko')).toEqual([
      '그는 "우리는 허용하지 않을 것이다."라고 말했다.',
      '회의는 끝났다.',
    ]);
    expect(texts('“我们不会允许。”他说。“绝不！”', 'zh')).toEqual(['“我们不会允许。”他说。', '“绝不！”']);
    expect(texts('“ 我们 不会 允许 。 ” 他 说 。 会议 结束 了 。', 'zh')).toEqual([
      '“ 我们 不会 允许 。 ” 他 说 。',
      '会议 结束 了 。',
    ]);
    // A quotation that is a sentence of its own keeps its closing bracket, tokenised or not.
    expect(texts('「 明日 は 雨 で す 。 」 東京 で は 傘 が 必要 で す 。', 'ja')).toEqual([
      '「 明日 は 雨 で す 。 」',
      '東京 で は 傘 が 必要 で す 。',
    ]);
  });

  it("reads a byline's time zone, a year before a number, a quotation closed after its question mark and a dialogue dash", () => {
    expect(texts('By Jane Doe, CNN. Updated 12:45 p.m. ET, Mon January 10, 2022', 'en')).toEqual([
      'By Jane Doe, CNN.',
      'Updated 12:45 p.m. ET, Mon January 10, 2022',
    ]);
    expect(texts('It happened in 2021. 150 people died. The government resigned.', 'en')).toEqual([
      'It happened in 2021.',
      '150 people died.',
      'The government resigned.',
    ]);
    expect(texts('Puis il est parti. « Pourquoi ? » a-t-elle demandé.', 'fr')).toEqual([
      'Puis il est parti.',
      '« Pourquoi ? » a-t-elle demandé.',
    ]);
    expect(texts('Potem wyszedł. – Dlaczego? – zapytała. To jest tzw. – Nowy Ład – program.', 'pl')).toEqual([
      'Potem wyszedł.',
      '– Dlaczego? – zapytała.',
      'To jest tzw. – Nowy Ład – program.',
    ]);
  });

  it('reads "U.S.", a month, a century and a German ordinal by what follows them', () => {
    expect(texts('The U.S. Supreme Court ruled. Officials in the U.S. The ruling stands.', 'en')).toEqual([
      'The U.S. Supreme Court ruled.',
      'Officials in the U.S.',
      'The ruling stands.',
    ]);
    expect(texts('They met in Jan. The talks failed on Feb. 3. Read ch. 3 first.', 'en')).toEqual([
      'They met in Jan.',
      'The talks failed on Feb. 3.',
      'Read ch. 3 first.',
    ]);
    expect(texts('Było to w XX w. Potem się zmieniło.', 'pl')).toHaveLength(2);
    expect(texts('En el s. XX hubo guerras. En el XXI también.', 'es')).toHaveLength(2);
    expect(texts('Der 1. FC Köln gewann im 19. Jh. oft. Es war der 15. Die Fans jubelten.', 'de')).toEqual([
      'Der 1. FC Köln gewann im 19. Jh. oft.',
      'Es war der 15.',
      'Die Fans jubelten.',
    ]);
  });

  it('knows the titles and ranks news puts before names (Ing., MUDr., insp., Abg., Lic., a.k.a.)', () => {
    expect(texts('Ing. Jan Novák a MUDr. Petr Svoboda přišli. Doc. Dvořák ne.', 'cs')).toEqual([
      'Ing. Jan Novák a MUDr. Petr Svoboda přišli.',
      'Doc. Dvořák ne.',
    ]);
    expect(texts('Prišiel Ing. Ján Novák, PhD. Potom odišiel.', 'sk')).toHaveLength(2);
    expect(texts('Mec. Nowak i insp. Kowalski przyszli. Kpt. Zieliński nie.', 'pl')).toEqual([
      'Mec. Nowak i insp. Kowalski przyszli.',
      'Kpt. Zieliński nie.',
    ]);
    expect(texts('Der Abg. Müller und Dipl.-Ing. Schmidt kamen. Sie gingen.', 'de')).toHaveLength(2);
    expect(texts('Il sen. Bianchi e il gen. Neri hanno parlato. Poi sono usciti.', 'it')).toHaveLength(2);
    expect(texts('Dr. sc. Horvat i mr. sc. Kovač su došli. Onda su otišli.', 'hr')).toHaveLength(2);
    expect(texts('Hr. Jensen kom. Han gik igen.', 'da')).toHaveLength(2);
    expect(texts('El Lic. Pérez y el Excmo. Sr. Gómez llegaron. Luego se fueron.', 'es')).toHaveLength(2);
    expect(texts('He moved to Fort Worth, a.k.a. Cowtown. He lives on Fifth Ave. It is loud.', 'en')).toEqual(
      ['He moved to Fort Worth, a.k.a. Cowtown.', 'He lives on Fifth Ave.', 'It is loud.'],
    );
  });

  it('reads a date in numbers spaced after its periods as one ("12. 1. 2024", "am Mo. 12.01.")', () => {
    expect(texts('Schůze bude 12. 1. 2024 v 14 hod. Přišlo 50 lidí.', 'cs')).toEqual([
      'Schůze bude 12. 1. 2024 v 14 hod.',
      'Přišlo 50 lidí.',
    ]);
    expect(texts('Sastanak je bio 12. 1. 2024. Svi su došli.', 'hr')).toEqual([
      'Sastanak je bio 12. 1. 2024.',
      'Svi su došli.',
    ]);
    expect(texts('Das Treffen ist am Mo. 12.01. um 14 Uhr. Alle kommen.', 'de')).toEqual([
      'Das Treffen ist am Mo. 12.01. um 14 Uhr.',
      'Alle kommen.',
    ]);
  });

  it('knows titles and abbreviations in Spanish, Italian, Portuguese and Dutch (Sr., dott., bijv.)', () => {
    expect(texts('El Sr. García llegó a las diez. La reunión empezó.', 'es')).toEqual([
      'El Sr. García llegó a las diez.',
      'La reunión empezó.',
    ]);
    expect(
      texts('Il sig. Rossi e il dott. Bianchi sono arrivati. Poi è iniziata la riunione.', 'it'),
    ).toHaveLength(2);
    expect(texts('O Sr. Silva chegou. A reunião começou.', 'pt')).toEqual([
      'O Sr. Silva chegou.',
      'A reunião começou.',
    ]);
    expect(texts('Dhr. Jansen kwam bijv. om tien uur. De vergadering begon.', 'nl')).toHaveLength(2);
    // In English "Sr." can end a sentence.
    expect(texts('He met John Smith Sr. The talks began.', 'en')).toHaveLength(2);
  });

  it('knows abbreviations in Ukrainian, Russian, Turkish, Swedish, Hungarian and Arabic, and after an elided article', () => {
    expect(texts('Так, сказав проф. Іванов. Потім він пішов.', 'uk')).toEqual([
      'Так, сказав проф. Іванов.',
      'Потім він пішов.',
    ]);
    expect(texts('Уряд надасть 2,5 тис. робочих місць. Це можливо?', 'uk')).toHaveLength(2);
    expect(texts('Это сказал акад. Сахаров. Потом он ушёл.', 'ru')).toHaveLength(2);
    expect(texts('Doç. Yılmaz konuştu. Toplantı başladı.', 'tr')).toHaveLength(2);
    expect(texts('Vi köpte bl.a. mjölk och bröd. Sedan gick vi hem.', 'sv')).toHaveLength(2);
    expect(texts('Vettünk kenyeret, tejet stb. Aztán hazamentünk.', 'hu')).toHaveLength(2);
    expect(texts('نعم، قال د. أحمد. ثم غادر.', 'ar')).toEqual(['نعم، قال د. أحمد.', 'ثم غادر.']);
    expect(texts("Il sig. Rossi ha detto che l'on. Bianchi arriverà. Poi è partito.", 'it')).toHaveLength(2);
  });

  it('keeps a numbered heading or list item in one piece, and "Art. 5" inside its sentence', () => {
    expect(texts('1. Scope', 'en')).toEqual(['1. Scope']);
    expect(texts('IV. Final clauses', 'en')).toEqual(['IV. Final clauses']);
    expect(texts('Die Zahlung ist fällig (siehe Art. 5). Danach nicht.', 'de')).toEqual([
      'Die Zahlung ist fällig (siehe Art. 5).',
      'Danach nicht.',
    ]);
    expect(texts('I love art. The museum is open.', 'en')).toHaveLength(2);
  });

  it('reads "No." before a number as "number", and before a capitalised word as an answer', () => {
    expect(texts('See No. 5 on the list. It is new.', 'en')).toHaveLength(2);
    expect(texts('Do electric cars park for free? No. Electric cars pay the same rate.', 'en')).toEqual([
      'Do electric cars park for free?',
      'No.',
      'Electric cars pay the same rate.',
    ]);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(texts('"Why now?" she asked. Nobody answered.', 'en')).toEqual([
      '"Why now?" she asked.',
      'Nobody answered.',
    ]);
    expect(texts('Er fragte: „Warum?“ und ging.', 'de')).toEqual(['Er fragte: „Warum?“ und ging.']);
  });

  it('ends a sentence at ! or ? that informal writing goes on from in lower case, with no quotation closing', () => {
    expect(
      texts('Stop posting on my talk page and GO AWAY!! you are not welcome here! contact Flo.', 'en'),
    ).toEqual(['Stop posting on my talk page and GO AWAY!!', 'you are not welcome here!', 'contact Flo.']);
  });

  it('makes every line a segment, even a headline without a full stop', () => {
    expect(texts('World\nUS and Russia to hold talks\nThe talks begin.', 'en')).toEqual([
      'World',
      'US and Russia to hold talks',
      'The talks begin.',
    ]);
  });

  it('splits the cut-off fragment of the demo article into its own sentence', () => {
    const sentences = texts(
      '…aby spojrzeć na przyszłość kraju i omówić. Żądania Rosji, by NATO przestało rozszerzać się na wschód.',
      'pl',
    );
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toBe('Żądania Rosji, by NATO przestało rozszerzać się na wschód.');
  });

  it('records paragraphs and offsets that point back into the text', () => {
    const text = '  First one. Second one.\n\nThird paragraph.';
    const sentences = segment(text, 'en');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('property: offsets are exact, in order, and joining the sentences gives back the text (modulo whitespace)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ž]{1,8}$/);
    const piece = fc.oneof(
      word,
      fc.constantFrom(
        '.',
        '?',
        '!',
        ',',
        ' ',
        '\n',
        'Mr.',
        'e.g.',
        '3.5',
        '„',
        '”',
        '"',
        '...',
        'U.S.',
        'np.',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.constantFrom('en', 'pl', 'de', 'cs', 'fr', 'es', 'xx'),
        (pieces, lang) => {
          const text = pieces.join(' ');
          const sentences = segment(text, lang);
          let previousEnd = 0;
          for (const s of sentences) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.start).toBeGreaterThanOrEqual(previousEnd);
            expect(s.text.trim()).toBe(s.text);
            expect(s.text.length).toBeGreaterThan(0);
            previousEnd = s.end;
          }
          expect(
            sentences
              .map((s) => s.text)
              .join('')
              .replace(/\s+/g, ''),
          ).toBe(text.replace(/\s+/g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
