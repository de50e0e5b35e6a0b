import { originalSpan, withoutWhitespace } from '../../text/compact';
import { isSpacelessScript } from '../../text/languages';
import { NEGATION_FREE_PHRASES } from './negation-idioms';
/**
 * Negation markers per language. A sentence negated on one side only is a classic critical MT error
 * (meaning reversed). Lists are short on purpose: only words that negate on their own.
 */
export const NEGATION_PATTERNS: Record<string, RegExp> = {
  // Comments often drop the apostrophe: "dont", "cant", "isnt".
  // Tokenised MT output writes "don ' t"; comments "didnot", "noone" and "don´t".
  en: /(?<![\p{L}_])(not|no|nope|nay|nah|never|nobody|noone|nothing|none|neither|nor|without|cannot|nowhere|(?:do|does|did|ca|wo|ai|is|are|was|were|could|would|should|have|has|had)nt|(?:do|does|did|is|are|was|were)not|dnt|dosnt|dosent|doesent|havnt|didint|dident|wasent|dunno|notthing|notta|(?:have|has|had|is|are|was|were|am) yet to)(?![\p{L}_])|n ?(?:['’;´]|\u0301) ?t(?![\p{L}])|(?<=\p{L})['’]nt(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(nie|nigdy|żaden|żadna|żadne|żadnego|żadnej|żadnych|nikt|nikogo|nic|niczego|bez|ani|nigdzie)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(nicht|kein|keine|keiner|keinen|keinem|keines|keinerlei|keineswegs|nie|niemals|nichts|niemand|niemandem|niemanden|niemands|ohne|weder|nirgends|nirgendwo|nein)(?![\p{L}])/iu,
  // Czech negates verbs with the prefix ne- ("není", "nejsou", "nechci"); these ne- words are not negations
  // (nebo "or", než "than", nej- superlatives such as "nejspíš" and "nejsilnější" — but "nejsem", "nejsi",
  // "nejsme", "nejste", "nejsou" negate "to be" — nechat "let" and its imperative "nech", nenávidět "hate", nesmysl "nonsense",
  // negativní, neutrální, …), nor are ne- adjectives, adverbs and their nouns ("nesprávné" incorrect,
  // "nesprávně" incorrectly, "nepřesnost" inaccuracy), which English writes with in- or un-, or
  // "nedostatek" (lack), nor nouns that say a thing rather than deny one ("neúspěch" failure, "nehoda"
  // accident, "neklid"/"nepokoje" unrest, "nevýhoda" drawback, "neštěstí" misfortune, "nezájem",
  // "nepřátelství" hostility), nor the borrowed "nerd" and the slur "negr". ("Nesouhlasíme" stays: it is
  // "we do not agree" as often as "we disagree".) A capital Ne- is a negation only where a sentence starts: inside one it is a
  // name (Neil, Nelly, Newbery) — except the everyday negated verbs listed first, which are no names,
  // and among which verbs ending in -á ("nemá", "nevypadá", "neříká", and the -ává, -ývá, -ímá verbs:
  // "nedává", "nenazývá", "nepřijímá") that the adjective rule would leave out. MT output capitalises
  // inside a sentence too ("…, Neměňte", "- Nemohl jsem"): an imperative in -te, a negated byl, měl,
  // mohl, or a past participle before its auxiliary is no name, nor is an infinitive ("…, Nesedět"). Every
  // case of "žádný" (no) negates ("slouží žádným účelem"). "Neboj" (do not fear) is no "nebo",
  // "neshodují" (do not agree) no "neshoda", and "nesnáším" (I hate) says no "not".
  cs: /(?<![\p{L}])([Nn]e|[Nn]ikdy|[ŽžZz]ádn(?:ý|á|é|ou|ým|ého|ém|ému|í|ých|ými|ej|ýho)|[Nn]ikdo|[Nn]ic|[Bb]ez|[Aa]ni|[Nn]ikde|[Nn]ikoliv?|[Aa]niž|[Nn]e(?:ní|jsou|jsem|jsi|jsme|jste|má|mají|mám|máme|máte|zná|znají|vím|víme|ví|chci|chce|chceme|můžu|může|můžeme|mohou|musí|smí|vypadá|znamená|zdá|dělá|dělají|čeká|hledá|zajímá|dá|stačí|platí|jde|bude|budou|říká|byl[aoiy]?|měl[aoiy]?|mohl[aoiy]?)|[Nn]e\p{Ll}*(?:ává|ívá|ývá|ímá|ítá|ídá|áhá|padá|týká)|Ne\p{Ll}{2,}(?:jte|ňte|ďte|ťte|ete|ěte|íte|at|et|ět|it|ít|out)|Ne(?!chal)\p{Ll}{2,}l[aoiy]?(?= (?:jsem|jsi|jsme|jste|by|bych|bys|bychom|byste)(?![\p{L}])))(?![\p{L}])|(?<![\p{L}])(?:(?<=^\s*|[.!?…:;"„“»(]\s*)N|n)e(?!bo(?!j)|ž|jen|j(?!s(?:em|i|me|te|ou)(?![\p{L}]))|dávn|děl(?:e|i|í|ích|ím|emi|n\p{Ll}+)(?![\p{L}])|bezpeč|přítel|moc|věst|kolik|kter|konečn|ustál|ch(?:at|al|á(?!p)|ej|me|te|ť|av|(?![\p{L}]))|návi|snáš|smysl|patrn|ws|dostat|gativ|utr|úspěch|hod|klid|pokoj|výhod|štěst|zájem|přízeň|přízn|pořád|rovnováh|shod(?!uj|n|l)|rd|gr)\p{Ll}{2,}(?<![ýáéě]|ého|ému|ých|ými|ém|ým|ími|ost|osti|ostí|ostem|ostmi|ství|stvím|stvo|stva)(?![\p{L}])/u,
  // The elided "n'" stands against the word it negates ("n'acceptons"), so no word boundary follows it.
  fr: /(?<![\p{L}])(ne|pas|jamais|sans|aucun|aucune|rien|personne|ni|non|nulle part)(?![\p{L}])|(?<![\p{L}])n['’](?=\p{L})/iu,
  es: /(?<![\p{L}])(no|nunca|jamás|sin|ningún|ninguna|ninguno|nada|nadie|tampoco|ni)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(non|no|mai|senza|nessun|nessuno|nessuna|niente|nulla|né)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(não|nunca|sem|nenhum|nenhuma|nada|ninguém|nem)(?![\p{L}])/iu,
  // Romanian also negates gerunds with ne- ("neavând", "nefiind").
  ro: /(?<![\p{L}])(nu|niciodată|fără|nici|niciun|nicio|nimic|nimeni)(?![\p{L}])|(?<![\p{L}])n-(?=\p{L})|(?<![\p{L}])ne\p{L}{2,}(?:ând|ind)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(не|нет|никогда|без|ни|никто|ничего|ничто|нельзя)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(не|ні|ніколи|без|ніхто|нічого)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(niet|geen|nooit|niets|niemand|zonder|nergens|nee)(?![\p{L}])/iu,
  et: /(?<![\p{L}])(ei|pole|polnud|polnuks|mitte|ilma|ärge|ärgu)(?![\p{L}])/iu,
  fi: /(?<![\p{L}])(ei|en|et|emme|ette|eivät|eikä|enkä|etkä|eivätkä|älä|älkää|ilman)(?![\p{L}])/iu,
  // "utan" is "without", and also "but" after "inte bara" (not only), which is blanked out with it.
  sv: /(?<![\p{L}])(inte|icke|ej|aldrig|ingen|inget|inga|ingenting|varken|nej|utan)(?![\p{L}])/iu,
  da: /(?<![\p{L}])(ikke|ej|aldrig|ingen|intet|ingenting|uden|hverken|nej)(?![\p{L}])/iu,
  nb: /(?<![\p{L}])(ikke|aldri|ingen|intet|ingenting|uten|verken|nei)(?![\p{L}])/iu,
  no: /(?<![\p{L}])(ikke|aldri|ingen|intet|ingenting|uten|verken|nei)(?![\p{L}])/iu,
  hu: /(?<![\p{L}])(nem|ne|nincs|nincsen|nincsenek|sem|soha|semmi|senki|sehol|nélkül)(?![\p{L}])/iu,
  ca: /(?<![\p{L}])(no|mai|sense|cap|res|ningú|ni|tampoc)(?![\p{L}])/iu,
  sl: /(?<![\p{L}])(ne|ni|nisem|nisi|nismo|niste|niso|nikoli|nikdar|nihče|nič|brez|noben|nobena|nobeno|nima|nimajo|nimam)(?![\p{L}])/iu,
  hr: /(?<![\p{L}])(ne|ni|nije|nisu|nisam|nisi|nismo|niste|nema|nemam|nemaš|nemamo|nemate|nemaju|neću|nećeš|neće|nećemo|nećete|nikad|nikada|nitko|niko|ništa|nigdje|bez)(?![\p{L}])/iu,
  sr: /(?<![\p{L}])(ne|ni|nije|nisu|nisam|nisi|nismo|niste|nema|nemam|nemamo|neće|nećemo|nikad|nikada|niko|ništa|bez|не|ни|није|нису|нисам|ниси|нисмо|нисте|нема|немам|немамо|неће|нећемо|никад|никада|нико|ништа|без)(?![\p{L}])/iu,
  bg: /(?<![\p{L}])(не|няма|никога|без|никой|никоя|никое|нищо|нито)(?![\p{L}])/iu,
  el: /(?<![\p{L}])(δεν|μην|μη|ούτε|κανείς|κανένας|καμία|κανένα|τίποτα|ποτέ|χωρίς|όχι)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(tidak|tak|bukan|belum|jangan|tanpa|tiada|tidaklah|bukanlah)(?![\p{L}])/iu,
  ms: /(?<![\p{L}])(tidak|tak|bukan|belum|jangan|tanpa|tiada|tidaklah|bukanlah)(?![\p{L}])/iu,
  // Devanagari, Sinhala, Arabic and Hebrew write vowels as combining marks, which are no word boundary.
  hi: /(?<![\p{L}\p{M}])(नहीं|नही|न|मत|बिना)(?![\p{L}\p{M}])/u,
  mr: /(?<![\p{L}\p{M}])(नाही|नाहीत|नका|नको|नव्हता|नव्हती|नव्हते|नव्हतं|नये|विना)(?![\p{L}\p{M}])/u,
  // Sinhala also negates with the prefix නො- ("නොකළ", did not do).
  // Not a name spelt with නො ("නොම් පෙන්", Phnom Penh: one closed syllable), nor November.
  si: /(?<![\p{L}\p{M}])(නැහැ|නෑ|නැත|නැති|නොවේ|එපා|නො(?!\p{L}\u0DCA(?![\p{L}\p{M}])|වැම්බර්)[\p{L}\p{M}]+)(?![\p{L}\p{M}])/u,
  // Khmer writes no spaces between words: the particles are looked for anywhere.
  km: /មិន|គ្មាន|កុំ|ពុំ|អត់|ឥត/u,
  // Thai neither: ไม่ (not), อย่า (do not; not อย่าง, "kind of"), ห้าม (forbidden), ไร้ and ปราศจาก
  // (without).
  th: /ไม่|อย่า(?!ง)|ห้าม|ไร้|ปราศจาก/u,
  // Vietnamese "không" is also a syllable of words that deny nothing: không khí (air), không gian
  // (space), không quân (air force), hàng không (aviation).
  vi: /(?<![\p{L}\p{M}])(?<!hàng\s)(không(?!\s+(?:khí|gian|quân)(?![\p{L}\p{M}]))|chưa|chẳng|đừng|chớ)(?![\p{L}\p{M}])/iu,
  // Nepali negates the verb: छैन (is not), होइन, थिएन (was not), the present in -ैन (जाँदैन, does not
  // go), the past in -एन/-ेन (गएन, गरेन), and न- before the everyday verbs (नगर्नुहोस् do not, नभएको).
  // Not the negated verb before सम्म (until): "नआएसम्म", until it comes, is "until further notice".
  ne: /(?<![\p{L}\p{M}])(छैन[\p{L}\p{M}]*|होइन|होइनन्|थिएन|थिएनन्|कहिल्यै|बिना|[\p{L}\p{M}]+(?:एन|ेन|ैन)(?:न्)?|न(?:गर्|जा|हु|भ|सक|दि|लि|खा|आ)(?![\p{L}\p{M}]*सम्म(?![\p{L}\p{M}]))[\p{L}\p{M}]*)(?![\p{L}\p{M}])/u,
  // The ordinal ending -مه after a number ("۱۷مه", the 17th) is no prohibitive مه.
  // بې joined to its word by a zero-width non-joiner is the privative prefix ("بې‌غږه", voiceless).
  ps: /(?<![\p{L}\p{M}\p{N}])(نه|مه|نشته|هیڅ|هېڅ|هیڅکله|هېڅکله|بې|پرته)(?![\p{L}\p{M}\u200c])/u,
  // Persian: the prefix نمی of the present ("نمی‌خواهد") and the prefix ن- on the everyday verbs' stems
  // (to be, have, become, do, see, know, want, take, find, reach…: "ندیده", had not seen); not ن- before
  // any stem, which would take in نزدیک (near), نشان (sign), نظر (view).
  fa: /(?<![\p{L}\p{M}])(نه|نیست\p{L}*|هرگز|هیچ\p{L}*|بدون|نمی\u200c?\p{L}+|نخواه\p{L}+|نخواست\p{L}*|نکرد\p{L}*|نبود\p{L}*|ندار\p{L}*|نداشت\p{L}*|نشد\p{L}*|نباید|نتوان\p{L}*|نگفت\p{L}*|نرفت\p{L}*|نیامد\p{L}*|نداد\p{L}*|نکن\p{L}*|ندید\p{L}*|نبین\p{L}*|ندانست\p{L}*|نگرفت\p{L}*|نگیر\p{L}*|نماند\p{L}*|نیافت\p{L}*|نرسید\p{L}*|نشناخت\p{L}*|نپذیرفت\p{L}*|نگذاشت\p{L}*)(?![\p{L}\p{M}])/u,
  // With the conjunctions written onto the word: "ولا", "ولم", "فلن".
  ar: /(?<![\p{L}\p{M}])[وف]?(لا|لم|لن|ليس|ليست|ليسوا|لست|بدون|بلا)(?![\p{L}\p{M}])/u,
  he: /(?<![\p{L}\p{M}])[וש]?(לא|אין|בלי|ללא|אינו|אינה|אינם|אינן|מעולם)(?![\p{L}\p{M}])/u,
  // Verb negation only: the kanji prefixes 不 非 未 make antonyms ("不審", "未熟"), as un- and in- do in English.
  // "ではなく" is "not X but Y"; "いいえ" answers "no".
  // Turkish negates verbs with a suffix: -mıyor (present), -madı (past), -maz (aorist), -mayacak
  // (future), -mamış, -madan (without doing), -mayan (who does not), -mamak (not to), -mayın and -masın (do not, at the end of the word: "hafiflemesini" is a noun); and with the words değil,
  // yok, hiç, asla.
  tr: /(?<![\p{L}])(değil\p{L}*|yok|yoktu|yoktur|yokmuş|hiç|hiçbir\p{L}*|asla|\p{L}{2,}(?:m[ıiuü]yor|m[ae]y[ae]c[ae]k|m[ae]m[ıi]ş|m[ae]d[ıi]|m[ae]z|m[ae]d[ae]n|m[ae]y[ae]n|m[ae]m[ae]k)\p{L}*|\p{L}{2,}(?:m[ae]y[ıi]n(?:[ıi]z)?|m[ae]s[ıi]n(?:l[ae]r)?))(?![\p{L}])/iu,
  // Korean, searched without spaces: -지 않다, 없다 / 없이 (without), 못 (cannot; not 잘못, wrong, nor
  // 연못, a pond), 아니다, -지 마세요. The adverb 안 ("안 가요") is left out: without spaces it is inside
  // 안전 (safety), 제안 (proposal).
  ko: /않|없|(?<![잘연])못|아니|아닌|마세요|마십시오|말라|말아/u,
  ja: /ことなく|もなく|がなく|はなく|(?<![\p{L}])いや(?=\s?[、,!！]|\s+(?![なだでの]))|ない|なかった|ません|なければ|ず[、。]|ぬ(?![ぐくけき])|無(?:い|く|し|かった)|なし|ずに|(?:では|で|じゃ)なく|いいえ/u,
  // 别 says "don't", but not as the end of a word (性别 gender, 识别 identify, 告别 farewell).
  zh: /不|没|沒|无|無|未|(?<![性识識区區特分类類级級个個辨鉴鑑差派判告离離送道惜临臨永诀訣话話留拜作])[别別]|非|勿|否/u,
  // Slovak, Lithuanian and Latvian write "not" onto the verb ("nevideli", "nematėme", "negaidīja"):
  // ne- and a word, except the everyday words that start so without denying anything (Slovak nebo sky,
  // nedeľa Sunday, nemocnica hospital, Nemec German, neskôr later, nezávislý independent, nebezpečný
  // dangerous; Lithuanian netoli near, neseniai recently, nepriklausomas independent, nemokamai free
  // of charge; Latvian nekā than, nedēļa week, nesen recently, netālu near, nepieciešams necessary).
  sk: /(?<![\p{L}])(nie|nikdy|žiadn\p{L}*|nikto|nikoho|nič|ničoho|bez|ani|nikde|ne(?!bo|deľ|dele|mocn|mec|meck|ter|rv|topier|žn|ch|j|dávn|ďalek|hod|skôr|skor|vest|rast|utr|gat|tto|ón|on(?!\p{Ll})|hnut|bezpeč|ustál|šťast|priateľ|výhod|pokoj|závisl|pretrž|vyhnutn|smiern)\p{Ll}{2,})(?![\p{L}])/u,
  // Not "nei": "daugiau nei" is "more than".
  lt: /(?<![\p{L}])(ne|nė|nėra|niekada|niekas|nieko|niekur|niekam|be|ne(?!toli|seniai|munas|rij|rv|utral|to(?![\p{L}])|s(?![\p{L}])|i(?![\p{L}])|mažai|priklausom|paisant|laim|kilnojam|tgi|mokam)\p{Ll}{2,})(?![\p{L}])/iu,
  lv: /(?<![\p{L}])(ne|nav|nekad|neviens|neviena|nevienu|nekas|neko|nekur|bez|nedz|ne(?!kā|dēļ|sen|tāl|kustam|rv|to(?![\p{L}])|itr|liel|daudz|atkarīg|laim|pieciešam|mitīg|skatot|kavēj)\p{Ll}{2,})(?![\p{L}])/iu,
  ur: /(?<![\p{L}\p{M}])(نہیں|نہ|مت|بغیر|کبھی)(?![\p{L}\p{M}])/u,
  // Bengali also negates the past with -নি written onto the verb ("দেখিনি", did not see; "হয়নি";
  // "আসেননি", he did not come), but
  // not তিনি (he), যিনি (who), কিনি (buy), চিনি (sugar).
  bn: /(?<![\p{L}\p{M}])(না|নয়|নেই|নাই|ছাড়া|কখনো|কখনও|(?!(?:তিনি|যিনি|কিনি|চিনি)(?![\p{L}\p{M}]))[\p{L}\p{M}]+(?:[িে]নি|য়নি|েননি))(?![\p{L}\p{M}])/u,
  gu: /(?<![\p{L}\p{M}])(નથી|નહીં|નહિ|ન|નહોતો|નહોતી|નહોતું|નહોતા|નહોતાં|વિના)(?![\p{L}\p{M}])/u,
  // Tamil and Telugu write "not" onto the verb: "பார்த்ததில்லை", "எதிர்பார்க்கவில்லை", "చూడలేదు".
  ta: /(?<![\p{L}\p{M}])(இல்லை|அல்ல|வேண்டாம்|முடியாது|கூடாது|தெரியாது|இயலாது|இல்லாமல்|ஒருபோதும்|[\p{L}\p{M}]+(?:வில்லை|தில்லை|யில்லை))(?![\p{L}\p{M}])/u,
  te: /(?<![\p{L}\p{M}])([\p{L}\p{M}]*(?:లేదు|లేరు|లేవు|కాదు|రాదు|కూడదు|వద్దు)|లేకుండా|లేని)(?![\p{L}\p{M}])/u,
  // Swahili negates with the verb's prefix: ha-…-i (does not: "hawapendekezi"), ha-…-ja- (not yet:
  // "Hatujaona"), ha-…-ku- (did not: "hawakuja"), and with si, hakuna (there is none), bila (without).
  sw: /(?<![\p{L}])(si|sio|siyo|hapana|bila|hakuna|sijui|hajui|hatujui|hawajui|hawezi|haiwezi|hatuwezi|siwezi|sitaki|hataki|(?:hawa|hatu|ham)\p{L}{3,}i|ha(?:tu|wa|m|i|zi|li|ya)?ja\p{L}{2,}|ha(?:tu|wa|m|i|zi|li|ya)?ku(?!na(?![\p{L}]))\p{L}{3,})(?![\p{L}])/iu,
  az: /(?<![\p{L}])(deyil\p{L}*|yox|heç|heçbir\p{L}*|heç kim|\p{L}{2,}(?:m[aə]d[ıi]|m[aə]y[aə]c[aə][kq]|m[aə]m[ıiuü]ş)\p{L}*)(?![\p{L}])/iu,
  mk: /(?<![\p{L}])(не|нема|никогаш|никој|ништо|без|ниту)(?![\p{L}])/iu,
  bs: /(?<![\p{L}])(ne|ni|nije|nisu|nisam|nisi|nismo|niste|nema|nemam|nemamo|nemate|nemaju|neće|nećemo|nikad|nikada|niko|ništa|nigdje|bez)(?![\p{L}])/iu,
  be: /(?<![\p{L}])(не|ні|няма|ніколі|ніхто|нічога|без)(?![\p{L}])/iu,
  is: /(?<![\p{L}])(ekki|aldrei|enginn|engin|ekkert|engan|engum|án|hvorki)(?![\p{L}])/iu,
  ga: /(?<![\p{L}])(ní|níl|nach|nár|gan|riamh|char|níor)(?![\p{L}])/iu,
  // Not "na": "yn fwy na" is "more than".
  cy: /(?<![\p{L}])(ddim|nid|nad|nac|heb|byth|dim)(?![\p{L}])/iu,
  mt: /(?<![\p{L}])(ma|mhux|qatt|ebda|bla|ħadd|xejn)(?![\p{L}])/iu,
  eu: /(?<![\p{L}])(ez|inoiz|ezer|inor|gabe|ezin|ezta)(?![\p{L}])/iu,
  gl: /(?<![\p{L}])(non|nunca|ningún|ningunha|nada|ninguén|sen|nin|tampouco)(?![\p{L}])/iu,
  sq: /(?<![\p{L}])(nuk|s['’]|mos|kurrë|askush|asgjë|pa|as|jo)(?![\p{L}])|(?<![\p{L}])s['’](?=\p{L})/iu,
  pa: /(?<![\p{L}\p{M}])(ਨਹੀਂ|ਨਾ|ਨਾਂ|ਬਿਨਾਂ|ਬਿਨਾ|ਕਦੇ)(?![\p{L}\p{M}])/u,
  kn: /(?<![\p{L}\p{M}])([\p{L}\p{M}]*(?:ಇಲ್ಲ|ಲ್ಲ)|ಅಲ್ಲ|ಬೇಡ|ಇಲ್ಲದೆ|ಎಂದಿಗೂ)(?![\p{L}\p{M}])/u,
  ml: /(?<![\p{L}\p{M}])([\p{L}\p{M}]*(?:ില്ല|ല്ല)|ഇല്ലാതെ|വേണ്ട|ഒരിക്കലും)(?![\p{L}\p{M}])/u,
  tl: /(?<![\p{L}])(hindi|wala|walang|huwag|kailanman)(?![\p{L}])/iu,
  // Lao writes no spaces: ບໍ່ (not), ຢ່າ (do not), ປາສະຈາກ (without).
  lo: /ບໍ່|ຢ່າ|ປາສະຈາກ/u,
  ka: /(?<![\p{L}])(არ|ვერ|ნუ|არა|არავინ|არაფერი|არასოდეს|არც|გარეშე|ვერავინ|ვერაფერი)(?![\p{L}])/u,
  // Armenian writes չ- onto the verb ("չգիտեմ", I do not know; "չի", is not); not the words that
  // merely start with it (չափ size, չորս four, Չինաստան China, չեխ Czech, չեմպիոն champion, չար evil).
  hy: /(?<![\p{L}])(ոչ|երբեք|առանց|ոչինչ|ոչ ոք|չ(?!ափ|որ|ին|եխ|եմպ|ար)\p{L}+)(?![\p{L}])/iu,
};

/**
 * Words that contain a marker without negating anything: "not only" and its kin ("not just", which
 * German says as "nicht nur" too), tag questions ("…, nicht wahr?", "No?"), Japanese apologies ("申し訳あり
 * ません", "すみません") and adjectives ending in ない ("少ない" few), Chinese "非常" (very), "对不起"
 * (sorry), "不过" (however), "不同" (different), "不少" (many), "不得不" (must), "是否" (whether),
 * "别人" (others), "特别" (special), "区别" (difference), "非洲" (Africa), "否则" (otherwise), "而不是"
 * (rather than), "更不用说" (not to mention, let alone), "无限" (infinite), "无聊" (boring), "无知" (ignorant), "否认" and "否定" (deny, denial),
 * "不然" (otherwise), "沉没" (sink), "没收" (confiscate), "乌兹别克" (Uzbek). They are blanked out
 * before the search.
 */
const NOT_NEGATIONS: Record<string, RegExp> = {
  // Tag questions ("…, aren't you?") ask; they do not negate.
  // "No. 1", "No . 3" and a closing ", no." are the abbreviation for "number"; a bare "No?" asks, as
  // "不是吗" does. ("No offence" is not among them: translations say it with a negation, "没有冒犯".)
  en: /(?<![\p{L}])not (?:only|just|merely|to mention)(?![\p{L}])|(?<=[A-Za-z]{1,6} ?: ?)(?:not|nor)(?![\p{L}])|(?<=,\s?)\p{L}+n['’]?t (?:you|it|he|she|they|we|i|there|that)(?=\s*[.!]|$)|(?<![\p{L}])No ?\.?(?= ?\d)|(?<=,\s?)no ?\.\s*$|(?<![\p{L}])no (?:doubt|matter|wonder|less)(?![\p{L}])|(?<![\p{L}])no ?\?|(?<![\p{L}])without (?:a |any )?doubt(?![\p{L}])|n(?:['’´]|\u0301)?t (?:you|it|he|she|they|we|i|there|that)\s*\?/giu,
  de: /(?<![\p{L}])nicht nur(?![\p{L}])|(?<![\p{L}])nicht wahr\s*\?|(?<![\p{L}])nein\s*\?/giu,
  // "Dopóki nie", "пока не", "finché non": "until", said with a negation that negates nothing.
  pl: /(?<![\p{L}])nie tylko(?![\p{L}])|(?<![\p{L}])dopóki\s+(?:\p{L}+\s+){0,3}?nie(?![\p{L}])/giu,
  // "Dokud … ne-" is "until".
  cs: /(?<![\p{L}])nejen(?![\p{L}])|(?<![\p{L}])dokud\s+(?:\p{L}+\s+){0,3}?ne(?=\p{Ll}{2,})/giu,
  // "ne … que" is "only" ("Il n'y a que deux solutions"); a "pas" between them still negates on its own.
  // "La personne concernée" is a person (the data subject), not "nobody".
  fr: /(?<![\p{L}])(?:la|une|cette|chaque|toute|seule|même|autre|d['’]une|l['’]autre) personne(?![\p{L}])|(?<![\p{L}])non seulement(?![\p{L}])|(?<![\p{L}])(?:ne(?![\p{L}])|n['’](?=\p{L}))(?=[\s\p{L}'’-]{0,40}?(?<![\p{L}])qu(?:e(?![\p{L}])|['’]))/giu,
  es: /(?<![\p{L}])no s[oó]lo(?![\p{L}])/giu,
  it: /(?<![\p{L}])non solo(?![\p{L}])|(?<![\p{L}])finché\s+(?:\p{L}+\s+){0,2}?non(?![\p{L}])/giu,
  pt: /(?<![\p{L}])não só(?![\p{L}])/giu,
  // "nu … decât" means "only"; "ca niciodată" is "than ever".
  ro: /(?<![\p{L}])nu (?:numai|doar)(?![\p{L}])|(?<![\p{L}])nu\s+(?:\p{L}+\s+){0,4}decât(?![\p{L}])|(?<![\p{L}])ca niciodată(?![\p{L}])/giu,
  ru: /(?<![\p{L}])не только(?![\p{L}])|(?<![\p{L}])пока\s+(?:\p{L}+\s+){0,3}?не(?![\p{L}])/giu,
  uk: /(?<![\p{L}])не тільки(?![\p{L}])|(?<![\p{L}])поки\s+(?:\p{L}+\s+){0,3}?не(?![\p{L}])/giu,
  nl: /(?<![\p{L}])niet alleen(?![\p{L}])/giu,
  et: /(?<![\p{L}])mitte ainult(?![\p{L}])/giu,
  fi: /(?<![\p{L}])ei (?:vain|ainoastaan)(?![\p{L}])/giu,
  sv: /(?<![\p{L}])inte (?:bara|endast|enbart)(?![\p{L}])(?:[^.!?]{0,80}?(?<![\p{L}])utan(?![\p{L}]))?|(?<![\p{L}])utan (?:också|även)(?![\p{L}])/giu,
  // A negated verb before পর্যন্ত (until) is "until": "নির্দেশ না দেওয়া পর্যন্ত", until further notice.
  bn: /(?<![\p{L}\p{M}])না(?=\s+[\p{L}\p{M}]+\s+পর্যন্ত)/gu,
  // English loanwords that end like the Nepali past negative: train, plane, brain, lane, chain.
  ne: /ट्रेन|प्लेन|ब्रेन|(?<![\p{L}\p{M}])(?:लेन|चेन|मेन|सेन)(?![\p{L}\p{M}])/gu,
  tr: /(?<![\p{L}])(?:komedi\p{L}*|(?:sadece|yalnızca|yalnız)(?: \p{L}+){1,3} değil)(?![\p{L}])/giu,
  // Adverbs in -없이 that English says without a negation (ceaselessly, surely, without fail,
  // unchanged), "뿐만 아니라" (not only), "틀림없다" (certainly), "상관없다" (it does not matter).
  ko: /끊임없|틀림없|어김없|변함없|빠짐없|아낌없|정신없|상관없|관계없|뿐만아니라|뿐아니라/gu,
  da: /(?<![\p{L}])ikke (?:kun|bare)(?![\p{L}])/giu,
  nb: /(?<![\p{L}])ikke bare(?![\p{L}])/giu,
  no: /(?<![\p{L}])ikke bare(?![\p{L}])/giu,
  hu: /(?<![\p{L}])nem csak(?![\p{L}])/giu,
  hr: /(?<![\p{L}])ne samo(?![\p{L}])/giu,
  sr: /(?<![\p{L}])(?:ne samo|не само)(?![\p{L}])/giu,
  bg: /(?<![\p{L}])не само(?![\p{L}])/giu,
  el: /(?<![\p{L}])όχι μόνο(?![\p{L}])/giu,
  id: /(?<![\p{L}])(?:tidak|bukan) (?:hanya|saja)(?![\p{L}])/giu,
  ms: /(?<![\p{L}])(?:tidak|bukan) (?:hanya|sahaja)(?![\p{L}])/giu,
  hi: /(?<![\p{L}\p{M}])न केवल(?![\p{L}\p{M}])/gu,
  // Obligation is a double negation ("なければならない", must), "しかない" is "only", "間違いない" is
  // "certainly", "もてなし" hospitality and "死ぬ" to die; "台無し" is "ruined", "まず" "first", "必ず"
  // "surely", "絶え間ない" "constant", "間もなく" "soon", "見なす" "regard as". (Not "問題ありません", "no problem", nor "関係ない", "it does not
  // matter": English and German say those with a negation too.)
  ja: /見な(?:す|し|さ|せ)|台無し|まず|必ず|とりあえず|ひとまず|間もなく|まもなく|ほどなく|申し訳(?:あり|ござい)ません|すみません|かかわらず|少ない|危ない|幼い|だけでなく|ではないか(?![もらの])|じゃないか(?![もらの])|(?:では|じゃ)ありませんか|しれない|かもしれません|に違いない|な(?:ければ|くては|きゃ|いと)(?:なら|なり|いけ)(?:な(?:い|かった)|ません)|しか(?:ない|ありません)|間違い(?:ない|ありません)|絶え間(?:ない|なく)|もてなし|死ぬ/gu,
  zh: /(\p{Script=Han})[不没沒]\1|未来|未來|是否|能否|可否|与否|與否|别人|別人|别处|別處|别的|別的|特别|特別|区别|區別|类别|類別|分别|分別|差不多|非洲|否则|否則|无限|無限|非常|对不起|對不起|不过|不過|不断|不斷|不仅|不僅|不同|不少|不久|不错|不錯|不得不|无论|無論|不论|不論|不管|独一无二|獨一無二|无政府|無政府|无线|無線|并非|不但|无数|無數|毫无疑问|不是吗|不是嗎|反复无常|反覆無常|无神论|無神論|无偿|無償|安非他|南非|不良|不完全|不准确|不準確|不安全|不一样|不一樣|没事|沒事|没错|沒錯|不对劲|不對勁|要不然|不然|沉没|沉沒|淹没|淹沒|埋没|埋沒|出没|出沒|没收|沒收|否认|否認|否定|无家可归|無家可歸|无聊|無聊|无知|無知|无形|無形|无私|無私|乌兹别克|烏茲別克|不用说|不用說|不知(?=什么|甚麼|什麼|哪|怎|为何|為何|为什么|為什麼|不觉|不覺)/gu,
};

const blank = (match: string): string => '\u0000'.repeat(match.length);

/** The text with words that only look negated blanked out (same length, so offsets hold). */
function withoutFalseNegations(text: string, lang: string): string {
  const pattern = NOT_NEGATIONS[lang];
  const phrases = NEGATION_FREE_PHRASES[lang];
  const kept = pattern ? text.replace(pattern, blank) : text;
  return phrases ? kept.replace(phrases, blank) : kept;
}

export interface NegationMarker {
  text: string;
  start: number;
  end: number;
}

/**
 * The first negation marker in a text. Scripts written without spaces are searched with white space
 * taken out: tokenised MT output splits "ありません" into "あ り ま せ ん".
 */
export function negationMarker(text: string, lang: string): NegationMarker | null {
  const pattern = NEGATION_PATTERNS[lang];
  if (!pattern) return null;
  if (!isSpacelessScript(lang)) {
    // Most sentences negate nothing: blanking out false negations is only worth it after a hit.
    const match = pattern.test(text) ? pattern.exec(withoutFalseNegations(text, lang)) : null;
    return match ? { text: match[0], start: match.index, end: match.index + match[0].length } : null;
  }
  const compact = withoutWhitespace(text);
  const match = pattern.test(compact.text) ? pattern.exec(withoutFalseNegations(compact.text, lang)) : null;
  if (!match) return null;
  const { start, end } = originalSpan(compact, match.index, match[0].length);
  return { text: text.slice(start, end), start, end };
}

const QUESTION_MARK = /[?？]/u;

/** Whether the text asks something (a question mark of Latin or CJK text). */
export function isQuestion(text: string): boolean {
  return QUESTION_MARK.test(text);
}

/**
 * Whether the text is a question whose only negation is one of the language's rhetorical forms
 * ("ではありませんか", "不是吗", "…, isn't it?", "nicht wahr?"): a negative question that another
 * language may ask with or without its negation.
 */
export function isRhetoricalNegativeQuestion(text: string, lang: string): boolean {
  const pattern = NEGATION_PATTERNS[lang];
  if (!pattern || !isQuestion(text)) return false;
  const searched = isSpacelessScript(lang) ? withoutWhitespace(text).text : text;
  return pattern.test(searched) && negationMarker(text, lang) === null;
}
