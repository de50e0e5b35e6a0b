/**
 * Real articles perturbed as MT output drifts: the clean human translations in fixtures/ with one
 * translated sentence or paragraph removed, or with an unrelated line ("Read also: …") slipped in
 * after one sentence. What a reviewer must be told each time: which source sentence lost its translation, and
 * which target line has no source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { type DocumentAnalysis, analyze } from '../server/analysis/analyze';

const FIXTURES = new URL('../fixtures/', import.meta.url);

const READ_ALSO: Readonly<Record<string, string>> = {
  de: 'Lesen Sie auch: Die besten Rezepte für den Herbst.',
  cs: 'Přečtěte si také: Nejlepší recepty na podzim.',
  fr: 'À lire aussi : les meilleures recettes pour l’automne.',
  pl: 'Przeczytaj także: Najlepsze przepisy na jesień.',
  es: 'Lea también: Las mejores recetas para el otoño.',
  it: 'Leggi anche: Le migliori ricette per l’autunno.',
  pt: 'Leia também: As melhores receitas para o outono.',
  nl: 'Lees ook: De beste recepten voor de herfst.',
  ru: 'Читайте также: Лучшие рецепты для осени.',
  zh: '另请阅读：秋季最佳食谱。',
  ja: 'こちらもお読みください：秋のおすすめレシピ。',
  uk: 'Читайте також: Найкращі рецепти для осені.',
  tr: 'Ayrıca okuyun: Sonbahar için en iyi tarifler.',
  ko: '함께 읽기: 가을을 위한 최고의 요리법.',
  ar: 'اقرأ أيضا: أفضل الوصفات لفصل الخريف.',
  hi: 'यह भी पढ़ें: पतझड़ के लिए सबसे अच्छी रेसिपी।',
  sv: 'Läs också: De bästa recepten för hösten.',
  hu: 'Olvassa el ezt is: A legjobb őszi receptek.',
  he: 'קראו גם: המתכונים הטובים ביותר לסתיו.',
  ro: 'Citește și: Cele mai bune rețete de toamnă.',
  el: 'Διαβάστε επίσης: Οι καλύτερες συνταγές για το φθινόπωρο.',
  fi: 'Lue myös: Syksyn parhaat reseptit.',
  vi: 'Đọc thêm: Những công thức nấu ăn ngon nhất cho mùa thu.',
  id: 'Baca juga: Resep terbaik untuk musim gugur.',
  th: 'อ่านเพิ่มเติม: สูตรอาหารที่ดีที่สุดสำหรับฤดูใบไม้ร่วง',
  bg: 'Прочетете също: Най-добрите есенни рецепти.',
  sk: 'Prečítajte si aj: Najlepšie recepty na jeseň.',
  da: 'Læs også: De bedste opskrifter til efteråret.',
  lt: 'Taip pat skaitykite: Geriausi rudens receptai.',
  fa: 'بیشتر بخوانید: بهترین دستورهای آشپزی پاییزی.',
  bn: 'আরও পড়ুন: শরতের সেরা রান্নার রেসিপি।',
  et: 'Loe ka: Parimad sügisesed retseptid.',
  ne: 'यो पनि पढ्नुहोस्: शरद ऋतुका उत्कृष्ट परिकारहरू।',
  mr: 'हेही वाचा: शरद ऋतूतील सर्वोत्तम पाककृती.',
  ta: 'இதையும் படியுங்கள்: இலையுதிர் காலத்துக்கான சிறந்த சமையல் குறிப்புகள்.',
  si: 'මෙයත් කියවන්න: සරත් සෘතුවට හොඳම වට්ටෝරු.',
  ur: 'یہ بھی پڑھیں: خزاں کی بہترین ترکیبیں۔',
  te: 'ఇది కూడా చదవండి: శరదృతువుకు ఉత్తమ వంటకాలు.',
  gu: 'આ પણ વાંચો: પાનખર માટેની શ્રેષ્ઠ વાનગીઓ.',
  sr: 'Pročitajte i: Najbolji jesenji recepti.',
  hr: 'Pročitajte i: Najbolji jesenski recepti.',
  sl: 'Preberite tudi: Najboljši jesenski recepti.',
  lv: 'Lasiet arī: Labākās rudens receptes.',
  nb: 'Les også: De beste høstoppskriftene.',
  ca: 'Llegiu també: Les millors receptes de tardor.',
  ms: 'Baca juga: Resipi terbaik untuk musim luruh.',
  sw: 'Soma pia: Mapishi bora ya msimu wa vuli.',
  km: 'អានផងដែរ៖ រូបមន្តម្ហូបល្អបំផុតសម្រាប់រដូវស្លឹកឈើជ្រុះ។',
  ps: 'دا هم ولولئ: د مني د موسم غوره خواړه.',
};

/** An unrelated news sentence of ordinary length, which the length alone does not give away. */
const NEWS_LINE: Readonly<Record<string, string>> = {
  de: 'Die Stadtverwaltung kündigte am Dienstag an, dass die Bibliothek im Zentrum wegen Renovierungsarbeiten bis zum Frühjahr geschlossen bleibt.',
  cs: 'Městský úřad v úterý oznámil, že knihovna v centru zůstane kvůli rekonstrukci zavřená až do jara.',
  fr: 'La mairie a annoncé mardi que la bibliothèque du centre-ville restera fermée pour travaux jusqu’au printemps.',
  pl: 'Urząd miasta poinformował we wtorek, że biblioteka w centrum pozostanie zamknięta z powodu remontu do wiosny.',
  es: 'El ayuntamiento anunció el martes que la biblioteca del centro permanecerá cerrada por obras hasta la primavera.',
  it: 'Il comune ha annunciato martedì che la biblioteca del centro resterà chiusa per lavori fino alla primavera.',
  pt: 'A prefeitura anunciou na terça-feira que a biblioteca do centro ficará fechada para obras até a primavera.',
  nl: 'De gemeente maakte dinsdag bekend dat de bibliotheek in het centrum tot het voorjaar gesloten blijft wegens renovatie.',
  ru: 'Городская администрация во вторник объявила, что библиотека в центре будет закрыта на ремонт до весны.',
  zh: '市政府周二宣布，市中心的图书馆将因装修关闭至明年春天。',
  ja: '市役所は火曜日、中心部の図書館が改装のため春まで閉館すると発表した。',
  uk: 'Міська адміністрація у вівторок оголосила, що бібліотека в центрі буде закрита на ремонт до весни.',
  tr: 'Belediye salı günü, şehir merkezindeki kütüphanenin tadilat nedeniyle bahara kadar kapalı kalacağını duyurdu.',
  ko: '시청은 화요일 도심의 도서관이 보수 공사로 봄까지 문을 닫는다고 발표했다.',
  ar: 'أعلنت البلدية يوم الثلاثاء أن المكتبة في وسط المدينة ستبقى مغلقة للترميم حتى الربيع.',
  hi: 'नगर प्रशासन ने मंगलवार को घोषणा की कि शहर के केंद्र का पुस्तकालय मरम्मत के कारण वसंत तक बंद रहेगा।',
  sv: 'Kommunen meddelade på tisdagen att biblioteket i centrum håller stängt för renovering fram till våren.',
  hu: 'A városháza kedden bejelentette, hogy a belvárosi könyvtár felújítás miatt tavaszig zárva marad.',
  he: 'העירייה הודיעה ביום שלישי כי הספרייה במרכז העיר תישאר סגורה לשיפוצים עד האביב.',
  ro: 'Primăria a anunțat marți că biblioteca din centru va rămâne închisă pentru renovare până în primăvară.',
  el: 'Ο δήμος ανακοίνωσε την Τρίτη ότι η βιβλιοθήκη στο κέντρο θα παραμείνει κλειστή για εργασίες ανακαίνισης μέχρι την άνοιξη.',
  fi: 'Kaupunki ilmoitti tiistaina, että keskustan kirjasto pysyy suljettuna remontin vuoksi kevääseen asti.',
  vi: 'Chính quyền thành phố hôm thứ Ba thông báo thư viện ở trung tâm sẽ đóng cửa để sửa chữa cho đến mùa xuân.',
  id: 'Pemerintah kota mengumumkan pada hari Selasa bahwa perpustakaan di pusat kota akan tetap ditutup untuk renovasi hingga musim semi.',
  th: 'เทศบาลประกาศเมื่อวันอังคารว่าห้องสมุดในใจกลางเมืองจะปิดปรับปรุงไปจนถึงฤดูใบไม้ผลิ',
  bg: 'Общината обяви във вторник, че библиотеката в центъра ще остане затворена за ремонт до пролетта.',
  sk: 'Mestský úrad v utorok oznámil, že knižnica v centre zostane pre rekonštrukciu zatvorená až do jari.',
  da: 'Kommunen meddelte tirsdag, at biblioteket i centrum forbliver lukket på grund af renovering indtil foråret.',
  lt: 'Savivaldybė antradienį paskelbė, kad biblioteka miesto centre dėl remonto bus uždaryta iki pavasario.',
  fa: 'شهرداری روز سه‌شنبه اعلام کرد که کتابخانه مرکز شهر برای تعمیرات تا بهار تعطیل خواهد ماند.',
  bn: 'পৌরসভা মঙ্গলবার জানিয়েছে, শহরের কেন্দ্রের গ্রন্থাগারটি সংস্কারের জন্য বসন্ত পর্যন্ত বন্ধ থাকবে।',
  et: 'Linnavalitsus teatas teisipäeval, et kesklinna raamatukogu jääb remondi tõttu kevadeni suletuks.',
  ne: 'नगरपालिकाले मंगलबार सहरको केन्द्रमा रहेको पुस्तकालय मर्मतका कारण वसन्तसम्म बन्द रहने घोषणा गर्‍यो।',
  mr: 'महानगरपालिकेने मंगळवारी जाहीर केले की शहराच्या मध्यवर्ती भागातील ग्रंथालय दुरुस्तीसाठी वसंत ऋतूपर्यंत बंद राहील.',
  ta: 'நகரின் மையத்தில் உள்ள நூலகம் சீரமைப்புப் பணிகளுக்காக வசந்த காலம் வரை மூடப்படும் என்று நகராட்சி செவ்வாய்க்கிழமை அறிவித்தது.',
  si: 'නගර මධ්‍යයේ පුස්තකාලය අලුත්වැඩියා කටයුතු සඳහා වසන්තය දක්වා වසා තබන බව නගර සභාව අඟහරුවාදා නිවේදනය කළේය.',
  ur: 'بلدیہ نے منگل کو اعلان کیا کہ شہر کے مرکز میں واقع لائبریری مرمت کے باعث موسم بہار تک بند رہے گی۔',
  te: 'నగర కేంద్రంలోని గ్రంథాలయాన్ని మరమ్మతుల కోసం వసంతకాలం వరకు మూసి ఉంచుతామని మున్సిపాలిటీ మంగళవారం ప్రకటించింది.',
  gu: 'નગરપાલિકાએ મંગળવારે જાહેર કર્યું કે શહેરના કેન્દ્રમાં આવેલું પુસ્તકાલય સમારકામ માટે વસંત સુધી બંધ રહેશે.',
  sr: 'Gradska uprava saopštila je u utorak da će biblioteka u centru zbog renoviranja ostati zatvorena do proleća.',
  hr: 'Gradska uprava priopćila je u utorak da će knjižnica u središtu grada zbog obnove ostati zatvorena do proljeća.',
  sl: 'Mestna občina je v torek sporočila, da bo knjižnica v središču zaradi prenove zaprta do pomladi.',
  lv: 'Pilsētas dome otrdien paziņoja, ka bibliotēka centrā remonta dēļ būs slēgta līdz pavasarim.',
  nb: 'Kommunen opplyste tirsdag at biblioteket i sentrum holder stengt for oppussing fram til våren.',
  ca: "L'ajuntament va anunciar dimarts que la biblioteca del centre romandrà tancada per obres fins a la primavera.",
  ms: 'Majlis bandaraya mengumumkan pada hari Selasa bahawa perpustakaan di pusat bandar akan ditutup untuk pengubahsuaian sehingga musim bunga.',
  sw: 'Halmashauri ya jiji ilitangaza Jumanne kwamba maktaba ya katikati ya mji itafungwa kwa ukarabati hadi majira ya kuchipua.',
  km: 'សាលាក្រុងបានប្រកាសកាលពីថ្ងៃអង្គារថា បណ្ណាល័យនៅកណ្តាលក្រុងនឹងត្រូវបិទសម្រាប់ការជួសជុលរហូតដល់រដូវផ្ការីក។',
  ps: 'ښاروالۍ د سه شنبې په ورځ اعلان وکړ چې د ښار په مرکز کې کتابتون به د ترمیم له امله تر پسرلي پورې تړلی وي.',
};

export interface PerturbationScore {
  document: string;
  droppedFound: number;
  dropped: number;
  insertedFound: number;
  inserted: number;
  /** An unrelated news sentence after each sentence, in its paragraph (a headline: on a line of its own)… */
  newsFound: number;
  /** …and always on a line of its own. */
  newsLineFound: number;
  paragraphsFound: number;
  paragraphs: number;
  /** Omission or addition reports on units that hold neither the dropped sentence nor the inserted line. */
  falseReports: number;
}

const reports = (doc: DocumentAnalysis, category: string) =>
  doc.units.filter((u) => u.flags.some((f) => f.category === category));

/** The lines slipped into an English translation, when the article is read the other way round. */
const ENGLISH_READ_ALSO = 'Read also: The best recipes for autumn.';
const ENGLISH_NEWS_LINE =
  'The city council announced on Tuesday that the library in the centre will remain closed for repairs until spring.';

/**
 * Drops each translated sentence in turn, then slips a line in after each one. Into English: the
 * translation in `lang` is the source, and the English article the translation perturbed.
 */
export async function perturbArticle(
  name: string,
  lang: string,
  direction: 'from-english' | 'into-english' = 'from-english',
): Promise<PerturbationScore> {
  const english = readFileSync(new URL(`${name}.en.txt`, FIXTURES), 'utf8');
  const other = readFileSync(new URL(`${name}.${lang}.txt`, FIXTURES), 'utf8');
  const intoEnglish = direction === 'into-english';
  const [source, target] = intoEnglish ? [other, english] : [english, other];
  const line = intoEnglish ? ENGLISH_READ_ALSO : (READ_ALSO[lang] ?? READ_ALSO.de ?? '');
  const news = intoEnglish ? ENGLISH_NEWS_LINE : (NEWS_LINE[lang] ?? NEWS_LINE.de ?? '');
  const languages = intoEnglish
    ? { sourceLang: lang, targetLang: 'en' }
    : { sourceLang: 'en', targetLang: lang };
  const clean = await analyze({ source, target, ...languages });
  const score: PerturbationScore = {
    document: intoEnglish ? `${name}.${lang} → en` : `${name}.${lang}`,
    droppedFound: 0,
    dropped: 0,
    insertedFound: 0,
    inserted: 0,
    newsFound: 0,
    newsLineFound: 0,
    paragraphsFound: 0,
    paragraphs: 0,
    falseReports: 0,
  };
  for (const unit of clean.units) {
    if (unit.targetSentences.length !== 1 || unit.sourceSentences.length !== 1) continue;
    const without = await analyze({
      source,
      target: target.replace(unit.target, '').replace(/ {2}/, ' '),
      ...languages,
    });
    const omitted = reports(without, 'Accuracy/Omission');
    score.dropped++;
    if (omitted.some((u) => u.source.includes(unit.source))) score.droppedFound++;
    score.falseReports += omitted.filter((u) => !u.source.includes(unit.source)).length;
    // A sentence with a full stop is followed by the line in its paragraph; a headline by a new line.
    // Chinese and Japanese put no space after a full stop; Korean, though spaceless to the checks, does.
    const inParagraph = /[。！？」]$/.test(unit.target) ? '' : /[.!?”"]$/.test(unit.target) ? ' ' : '\n';
    /** Whether `added` slipped in after the unit's sentence is reported as an addition on itself. */
    const reported = async (added: string, separator: string): Promise<boolean> => {
      const withLine = await analyze({
        source,
        target: target.replace(unit.target, `${unit.target}${separator}${added}`),
        ...languages,
      });
      const additions = reports(withLine, 'Accuracy/Addition');
      score.falseReports += additions.filter((u) => !u.target.includes(added)).length;
      return additions.some((u) =>
        u.flags.some(
          (f) =>
            f.category === 'Accuracy/Addition' &&
            (f.span ? u.target.slice(f.span.start, f.span.end) : u.target).includes(added),
        ),
      );
    };
    score.inserted++;
    if (await reported(line, inParagraph)) score.insertedFound++;
    if (await reported(news, inParagraph)) score.newsFound++;
    if (await reported(news, '\n')) score.newsLineFound++;
  }
  // Whole paragraphs (lines) dropped: the omission must be exactly that paragraph's source.
  const sourceLines = source.split('\n');
  const targetLines = target.split('\n');
  if (sourceLines.length === targetLines.length)
    for (let k = 0; k < targetLines.length; k++) {
      const paragraph = sourceLines[k]?.trim() ?? '';
      if (paragraph === '') continue;
      const without = await analyze({
        source,
        target: targetLines.filter((_, i) => i !== k).join('\n'),
        ...languages,
      });
      const omitted = reports(without, 'Accuracy/Omission');
      score.paragraphs++;
      if (omitted.map((u) => u.source).join(' ') === paragraph) score.paragraphsFound++;
    }
  return score;
}

/** The translations of a fixture document ("clean-article" → de, cs, …), as the files in fixtures/ say. */
export function translationsOf(name: string): string[] {
  return readdirSync(FIXTURES)
    .flatMap((file) => (file.startsWith(`${name}.`) ? [file.slice(name.length + 1, -'.txt'.length)] : []))
    .filter((lang) => /^[a-z]{2}$/.test(lang) && lang !== 'en')
    .sort();
}

export const PERTURBED_ARTICLES: readonly [string, string][] = [
  'clean-article',
  'markets-article',
  'release-notes',
  'press-release',
  'faq',
  'terms',
].flatMap((name) => translationsOf(name).map((lang): [string, string] => [name, lang]));
