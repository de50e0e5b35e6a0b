/**
 * Second-person imperatives of everyday verbs, per language. MT reads an English bare verb as a command
 * ("… rather than create a new one" → "… stwórz nowy"); a command in the middle of a statement is what
 * it leaves. Forms that are also other words are left out (Polish "ustaw" is "of laws", "kup" a noun).
 */
const POLISH = (
  'stwórz twórz utwórz zrób rób weź bierz daj idź chodź przyjdź wejdź wyjdź powiedz mów zobacz ' +
  'patrz spójrz sprawdź kliknij wybierz wpisz zapisz otwórz zamknij usuń dodaj przejdź pobierz ' +
  'wyślij użyj naciśnij wprowadź poczekaj czekaj spróbuj zostaw pamiętaj uważaj słuchaj posłuchaj ' +
  'czytaj przeczytaj pisz napisz zadzwoń sprzedaj pokaż podaj przynieś zabierz oddaj pomóż ' +
  'zapytaj odpowiedz wyjaśnij opisz zacznij zakończ skończ przestań zatrzymaj uruchom zainstaluj ' +
  'skonfiguruj zmień popraw wyłącz włącz zaloguj wyloguj zarejestruj potwierdź anuluj zaakceptuj ' +
  'odrzuć udostępnij skopiuj wklej wytnij przenieś zapłać zamów wypełnij podpisz załącz prześlij ' +
  'odśwież zaktualizuj wyszukaj znajdź szukaj pomyśl wyobraź rozważ skorzystaj zrozum zapomnij wróć ' +
  'wracaj jedź biegnij stój siedź śpij jedz pij ugotuj gotuj upiecz wymieszaj pokrój podgrzej ' +
  'zbuduj buduj przygotuj zorganizuj wykorzystaj zastosuj rozpocznij ustal określ zdefiniuj opracuj ' +
  'wprowadź zapewnij'
).split(' ');

const CZECH = (
  'vytvoř udělej dělej vezmi dej jdi pojď řekni podívej zkontroluj klikni vyber napiš otevři zavři ' +
  'odstraň přidej přejdi stáhni pošli použij stiskni zadej počkej zkus pamatuj poslouchej čti ' +
  'přečti piš měj zavolej ukaž podej přines pomoz zeptej odpověz vysvětli popiš začni ' +
  'skonči přestaň zastav spusť nainstaluj nastav změň vypni zapni zaregistruj potvrď zruš ' +
  'přijmi odmítni sdílej zkopíruj vlož vyjmi přesuň zaplať objednej vyplň podepiš připoj obnov ' +
  'aktualizuj vyhledej najdi hledej představ zvaž využij pochop zapomeň vrať jeď běž stůj seď ' +
  'spi uvař vař upeč zamíchej nakrájej ohřej připrav zorganizuj uplatni zahaj urči ' +
  'definuj zajisti'
).split(' ');

const SLOVAK = (
  'vytvor urob rob vezmi daj choď poď povedz pozri skontroluj klikni vyber napíš otvor zatvor ' +
  'odstráň pridaj prejdi stiahni pošli použi stlač zadaj počkaj skús pamätaj počúvaj čítaj ' +
  'prečítaj píš zavolaj ukáž prines pomôž opýtaj odpovedz vysvetli opíš začni skonči prestaň ' +
  'zastav spusti nainštaluj nastav zmeň vypni zapni zaregistruj potvrď zruš prijmi odmietni ' +
  'skopíruj vlož presuň zaplať objednaj vyplň podpíš pripoj obnov aktualizuj vyhľadaj nájdi ' +
  'hľadaj predstav zváž využi pochop zabudni vráť priprav urči zabezpeč'
).split(' ');

/** Russian and Ukrainian imperatives end in -й, -и, -ь; "-те" makes the plural ("создайте"). */
const RUSSIAN = (
  'создай сделай делай возьми дай иди пойди приди скажи посмотри смотри проверь нажми выбери ' +
  'напиши открой закрой удали добавь перейди скачай отправь используй введи подожди попробуй ' +
  'оставь помни послушай слушай читай прочитай позвони покажи принеси помоги спроси ответь ' +
  'объясни опиши начни закончи прекрати останови запусти установи настрой измени выключи включи ' +
  'зарегистрируйся подтверди отмени прими отклони скопируй вставь перемести заплати закажи ' +
  'заполни подпиши обнови найди ищи представь подумай пойми забудь вернись приготовь определи ' +
  'обеспечь'
).split(' ');

const UKRAINIAN = (
  'створи зроби роби візьми дай йди піди прийди скажи подивись дивись перевір натисни вибери ' +
  'напиши відкрий закрий видали додай перейди завантаж надішли використай введи зачекай спробуй ' +
  'залиш пам’ятай послухай слухай читай прочитай зателефонуй покажи принеси допоможи спитай ' +
  'відповідай поясни опиши почни закінчи припини зупини запусти встанови налаштуй зміни вимкни ' +
  'увімкни підтверди скасуй прийми відхили скопіюй встав перемісти заплати замов заповни підпиши ' +
  'онови знайди шукай уяви подумай зрозумій забудь повернись приготуй визнач забезпеч'
).split(' ');

/** The plural and the first person plural: "stwórzcie", "stwórzmy", "vytvořte", "vytvořme". */
function withPlurals(forms: readonly string[], plural: (form: string) => string[]): ReadonlySet<string> {
  return new Set(forms.flatMap((form) => [form, ...plural(form)]));
}

export const IMPERATIVES: Readonly<Record<string, ReadonlySet<string>>> = {
  pl: withPlurals(POLISH, (form) => [`${form}cie`, `${form}my`]),
  cs: withPlurals(CZECH, (form) =>
    /[ií]$/.test(form) ? [`${form.slice(0, -1)}ěte`, `${form.slice(0, -1)}ěme`] : [`${form}te`, `${form}me`],
  ),
  sk: withPlurals(SLOVAK, (form) => [`${form}te`, `${form}me`]),
  ru: withPlurals(RUSSIAN, (form) => [`${form}те`]),
  uk: withPlurals(UKRAINIAN, (form) => [`${form}те`]),
};

/**
 * Words after which a command may stand inside a sentence: conjunctions ("Otwórz plik i zapisz go"),
 * "then", "now", "please", "just", "also", and the negation ("nie rób"), which keep it a command.
 */
export const COMMAND_LEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  pl: new Set(
    (
      'i a oraz lub albo czy ale to więc zatem potem następnie najpierw teraz proszę też także również ' +
      'tylko nie prostu jeszcze wtedy zawsze końcu naprawdę lepiej śmiało szybko koniecznie ok no'
    ).split(' '),
  ),
  cs: new Set(
    (
      'a i nebo či buď ale tak pak okamžitě potom nejdřív nejprve teď nyní takže prosím také taky jen jenom ne prostě ' +
      'ještě vždy tedy konečně opravdu radši raději klidně hlavně zkrátka hned rychle ok no'
    ).split(' '),
  ),
  sk: new Set(
    (
      'a i alebo či ale tak potom najprv teraz takže prosím tiež aj len iba nie proste ešte vždy teda ' +
      'konečne naozaj radšej hlavne hneď rýchlo ok no'
    ).split(' '),
  ),
  ru: new Set(
    (
      'и а или но так потом затем сначала теперь сейчас пожалуйста тоже также только просто не ещё еще ' +
      'всегда наконец лучше быстро давай давайте ок ну'
    ).split(' '),
  ),
  uk: new Set(
    (
      'і й а або чи але то потім спочатку тепер зараз будь ласка теж також тільки лише просто не ще ' +
      'завжди нарешті краще швидко давай давайте ок ну'
    ).split(' '),
  ),
};

/** Pronouns and particles between a command and the word that leads it ("Jen se podívejte", "proszę mi powiedz"). */
export const CLITICS: Readonly<Record<string, ReadonlySet<string>>> = {
  pl: new Set('się mi mnie ci cię mu jej go nam nas wam was im ich to tu tam'.split(' ')),
  cs: new Set('se si mi mě ti tě mu jí ho nám nás vám vás jim je to tu tam'.split(' ')),
  sk: new Set('sa si mi ma ti ťa mu jej ho nám nás vám vás im ich to tu tam'.split(' ')),
  ru: new Set('мне меня тебе тебя ему ей его нам нас вам вас им их это тут там же'.split(' ')),
  uk: new Set('мені мене тобі тебе йому їй його нам нас вам вас їм їх це тут там ж'.split(' ')),
};
