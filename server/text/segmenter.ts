import { allMatches } from '../util/regexp';
import type { Sentence } from '../domain/types';
import { abbreviationsFor, continuesAfter, isTerminalAbbreviation } from './abbreviations';
import { isKnownWord } from './lexicon';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    let locale = lang;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      locale = 'en';
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Lines that hold text; each is a paragraph (a headline with no final period is still one). */
export function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmedStart = line.length - line.trimStart().length;
    const body = line.trim();
    if (body.length > 0) {
      const start = offset + trimmedStart;
      result.push({ index: result.length, start, end: start + body.length });
    }
    offset += line.length + 1;
  }
  return result;
}

const MONTH_WORDS =
  /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jänner|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)/i;

const ELIDED = /^\p{L}{1,5}['’](?=\p{L})/u;

/** The word without an elided article or preposition in front, when only that makes it an abbreviation. */
function withoutElision(lower: string, abbreviations: ReadonlySet<string>): string {
  if (abbreviations.has(lower) || !ELIDED.test(lower)) return lower;
  return lower.replace(ELIDED, '');
}

/** The short dotted parts that end the text before a break ("… z. B", "… u. a"), without the last period. */
const SPACED_TAIL = /(?<![\p{L}\p{M}])((?:\p{L}{1,3}\. ?)*\p{L}{1,3}) ?\.\s*$/u;
/** The short dotted parts that open the text after it ("B. Äpfel" → "B", "UU. anunciaron" → "UU"). */
const SPACED_HEAD = /^((?:\p{L}{1,3}\. ?)*\p{L}{1,3})\.(?=\s|$)/u;

/**
 * A dotted abbreviation written with spaces between its parts, as German, Spanish and Russian style
 * guides ask ("z. B.", "u. a.", "EE. UU.", "i. d. R."), which the break falls inside or after: its
 * parts joined as the lists write them ("z.b", "ee.uu") and whether the break falls inside it (then it
 * is never a sentence end), or null when they are not one.
 */
function spacedAbbreviation(
  before: string,
  next: string,
  abbreviations: ReadonlySet<string>,
): { abbreviation: string; inside: boolean } | null {
  const tail = SPACED_TAIL.exec(before)?.[1];
  if (tail === undefined) return null;
  const parts = (text: string): string[] => text.toLowerCase().split(/\. ?/u);
  const tailParts = parts(tail);
  const head = SPACED_HEAD.exec(next)?.[1];
  const headParts = head === undefined ? [] : parts(head);
  // The greedy expressions may take in a short word before ("… sah a. u. a.") or after ("z. | B. so."):
  // every run of parts across the break is tried.
  for (let from = 0; from < tailParts.length; from++)
    for (let to = 0; to <= headParts.length; to++) {
      const candidate = [...tailParts.slice(from), ...headParts.slice(0, to)];
      if (candidate.length < 2) continue;
      const joined = candidate.join('.');
      if (abbreviations.has(joined)) return { abbreviation: joined, inside: to > 0 };
    }
  return null;
}

/** German street names end in an abbreviated "Straße", which a house number follows: "Goethestr. 12". */
function isStreetBeforeNumber(lower: string, lang: string): boolean {
  return lang === 'de' && lower.length > 4 && lower.endsWith('str');
}

/**
 * Japanese, Korean and Chinese quote a sentence with its full stop inside and go on with a particle or
 * the verb of saying: 「行かない。」と言った。 The closing bracket may stand on either side of the break
 * (tokenised text: "。 」 と 言 っ た").
 */
function quotationGoesOn(before: string, next: string, lang: string): boolean {
  const goesOn = QUOTATION_GOES_ON[lang];
  if (!goesOn) return false;
  if (CLOSED_AFTER_STOP.test(before)) return goesOn.test(next);
  const closer = CLOSERS_FIRST.exec(next);
  return closer !== null && STOP_AT_END.test(before) && goesOn.test(next.slice(closer[0].length));
}
const STOP_AT_END = /[。！？!?．.]\s*$/u;
const CLOSED_AFTER_STOP = /[。！？!?．.]\s?[」』”）)"]+\s*$/u;
const CLOSERS_FIRST = /^[」』”）)"]+\s*/u;
/**
 * What goes on the sentence after a quotation: Japanese と (言った), って, など, なんて or a comma;
 * Korean 라고, 이라고, 고 ("…."라고 말했다); Chinese a short "he said" (“…。”他说。).
 */
const QUOTATION_GOES_ON: Readonly<Record<string, RegExp>> = {
  ja: /^(?:と|って|など|なんて|、|，)/u,
  ko: /^(?:이?라고|고\s|며|면서)/u,
  zh: /^[^。！？!?“”]{1,8}?(?:说|說|道|表示|称|稱|指出|问|問)\s?[。，,：:]/u,
};

/** An article or a preposition with one, then a number and its period: an ordinal ("im 19.", "der 1."). */
const GERMAN_ARTICLE_BEFORE =
  /(?<![\p{L}])(?:[Dd](?:er|ie|as|em|en|es)|[Aa]m|[Ii]m|[Zz]um|[Zz]ur|[Vv]om|[Bb]eim|[Ee]in(?:e[mnrs]?)?|(?:[Ss]ein|[Ii]hr|[Uu]nser)(?:e[mnrs]?)?)\s+\d{1,3}\s?\.\s*$/u;

const GERMAN_SENTENCE_OPENER =
  /^(?:D(?:er|ie|as|en|em|es|ann|och|a|ort|abei|azu|anach|eshalb|iese[rsmn]?)|Ein(?:e[mnrs]?)?|Er|Sie|Es|Wir|Ich|Ihr|Man|Aber|Und|Auch|Nun|So|Hier|Heute|Damals|Später|Trotzdem|Jetzt|Nach|Vor|In|Im|Am|Mit|Bei|Für|Auf|Seit|Als|Wenn|Weil|Obwohl|Zudem|Außerdem|Doch)(?![\p{L}])/u;

/** Languages that write a date as day, month and year each with a period, spaced out: "12. 1. 2024". */
const SPACED_DOTTED_DATES = new Set([
  'cs',
  'sk',
  'de',
  'hr',
  'sl',
  'sr',
  'bs',
  'pl',
  'hu',
  'da',
  'no',
  'nb',
  'fi',
]);

/** True when the text before a break ends in something that is not the end of a sentence. */
function isFalseBreak(
  before: string,
  after: string,
  abbreviations: ReadonlySet<string>,
  lang: string,
): boolean {
  const next = after.trimStart();
  // ICU breaks after ? and ! even before lower case: '"Why?" she asked.' is one sentence. Without a
  // quotation or bracket closing after it, the mark ends a sentence that informal writing goes on with
  // in lower case ("GO AWAY!! you are not welcome here!").
  if (/[?!]\s?[”“"»«’‘')]+\s*$/u.test(before) && /^\p{Ll}/u.test(next)) return true;
  // The same with the closing mark after the break (French spacing: "« Pourquoi ? » a-t-elle demandé").
  if (/[?!]\s*$/u.test(before) && /^[”“"»«’‘')]+\s*\p{Ll}/u.test(next)) return true;
  // A quotation with its full stop inside goes on: 「行かない。」と言った。, "…."라고 말했다, “…。”他说。
  if (quotationGoesOn(before, next, lang)) return true;
  // Tokenised MT output writes "Dr . Smith": the word may stand apart from its period.
  const match = /(\S+) ?\.\s*$/u.exec(before);
  if (!match) return false;
  const token = (match[1] ?? '').replace(/^[("„“«'‘[]+/u, '');
  const goesOn = (abbreviation: string): boolean =>
    !isTerminalAbbreviation(abbreviation, lang, before) ||
    /^[\p{Ll}\d]/u.test(next) ||
    // A code's article numbered with a letter: "l'art. L. 121-1", "Art. R. 5".
    /^\p{Lu}\.\s?\d/u.test(next) ||
    continuesAfter(abbreviation, next);
  // Spaced parts first, the longer reading: "т. д." (and so on) ends a sentence, "д." (house) does not.
  const spaced = spacedAbbreviation(before, next, abbreviations);
  if (spaced !== null) return spaced.inside || goesOn(spaced.abbreviation);
  // An elided article or preposition before it: "l'on." (l'onorevole), "dell'ing.".
  const lower = withoutElision(token.toLowerCase(), abbreviations);
  if (abbreviations.has(lower)) return goesOn(lower);
  if (isStreetBeforeNumber(lower, lang) && /^\d/u.test(next)) return true;
  // Initials: "J. R. R. Tolkien", "George W. Bush".
  if (/^\p{Lu}$/u.test(token)) return true;
  // Dotted acronyms not in the list: "U.S.", "A.B.C." — but only when the next word is not a sentence start we can see.
  if (/^(\p{L}\.)+\p{L}$/u.test(token) && /^\s*\p{Ll}/u.test(after)) return true;
  // Ordinals written with a period: "12. Januar", "3. května", "XX. století".
  if (/^\d{1,4}$/.test(token) || /^[IVXLC]+$/.test(token)) {
    if (MONTH_WORDS.test(next) || /^\p{Ll}/u.test(next)) return true;
    // German capitalises the noun an ordinal counts: "der 1. FC Köln", "im 19. Jh.", "am 3. Tag".
    // A capitalised article, pronoun or conjunction starts a sentence instead ("Es war der 15. Die Fans …").
    if (
      lang === 'de' &&
      GERMAN_ARTICLE_BEFORE.test(before) &&
      /^\p{Lu}/u.test(next) &&
      !GERMAN_SENTENCE_OPENER.test(next)
    )
      return true;
    // A date in numbers with spaces after its periods: "12. 1. 2024" (Czech, Slovak, German…): the
    // day before its month, and the month before its year.
    if (SPACED_DOTTED_DATES.has(lang)) {
      if (Number(token) <= 31 && /^(?:0?[1-9]|1[0-2])\.(?!\d)/.test(next)) return true;
      if (/\d{1,2}\.\s?\d{1,2}\.\s*$/.test(before) && /^\d{4}(?!\d)/.test(next)) return true;
    }
  }
  return false;
}

/**
 * A sentence that starts with a number followed by a lower-case word ("… abgab. 1760 wurde …", "… said.
 * 25 people died …") gets no break from Intl.Segmenter (Unicode's rule SB8 looks past the digits to the
 * lower-case letter). After a word that is not an abbreviation, or a year ("… in 2021. 150 people
 * died"), that is a sentence start all the same.
 */
const BREAK_BEFORE_NUMBER =
  /(\p{L}{2,}|(?<!\d)(?:1\d|20)\d\d) ?([.!?])(["”»’')\]]*)(?=\s+\d[\d.,]*(?: ?%)?\s+\p{Ll})/gu;

const HAS_WORD = /[\p{L}\p{N}]/u;
const LEADING_CLOSER = /^\s*[»”“)」』]/u;
/** The closing marks that have an opening one of their own (curly quotes close by their count). */
const BRACKET_PAIRS: Readonly<Record<string, { opens: RegExp; closes: RegExp }>> = {
  '»': { opens: /«/g, closes: /»/g },
  '」': { opens: /「/g, closes: /」/g },
  '』': { opens: /『/g, closes: /』/g },
  ')': { opens: /\(/g, closes: /\)/g },
};

const count = (text: string, marks: RegExp): number => (text.match(marks) ?? []).length;

const TRAILING_OPENER = /[.!?。！？…]\s*([“「『„«])\s*$/u;

/** How many characters at the end of `text` open a quotation that is not closed within it (0 when none). */
function opensQuoteAtEnd(text: string): number {
  const match = TRAILING_OPENER.exec(text);
  const mark = match?.[1];
  if (!match || !mark) return 0;
  const unclosed =
    mark === '「'
      ? count(text, /「/g) > count(text, /」/g)
      : mark === '『'
        ? count(text, /『/g) > count(text, /』/g)
        : mark === '«'
          ? count(text, /«/g) > count(text, /»/g)
          : count(text, /[„“”]/g) % 2 === 1;
  return unclosed ? match[0].length - match[0].indexOf(mark) : 0;
}

/**
 * How many characters at the start of `text` close a quotation or bracket left open in `previous`
 * (0 when none): » after «, 」 after 「, 』 after 『, ” or “ after an odd number of curly quotes („…“, „…”,
 * “…”), ) after (.
 */
function closesQuoteOf(previous: string, text: string): number {
  const match = LEADING_CLOSER.exec(text);
  if (!match) return 0;
  const mark = match[0].trimStart();
  const pair = BRACKET_PAIRS[mark];
  const open = pair
    ? count(previous, pair.opens) > count(previous, pair.closes)
    : count(previous, /[„“”]/g) % 2 === 1;
  return open ? match[0].length : 0;
}

function breaksBeforeNumbers(piece: string, abbreviations: ReadonlySet<string>, lang: string): number[] {
  const cuts: number[] = [];
  for (const match of allMatches(BREAK_BEFORE_NUMBER, piece)) {
    const word = (match[1] ?? '').toLowerCase();
    if (match[2] === '.' && (abbreviations.has(word) || isStreetBeforeNumber(word, lang))) continue;
    cuts.push(match.index + match[0].length);
  }
  return cuts;
}

/**
 * A line of dialogue opened by a dash after a full stop ("Potem wyszedł. – Dlaczego? – zapytała.",
 * "Он ушёл. — Почему?"): Unicode does not break before the dash; a capital after it starts a sentence.
 */
const BREAK_BEFORE_DASH = /(\S*?)([.!?…])["”»’)]*\s+(?=[–—]\s?\p{Lu})/gu;

function breaksBeforeDialogueDash(piece: string, abbreviations: ReadonlySet<string>): number[] {
  return allMatches(BREAK_BEFORE_DASH, piece).flatMap((match) =>
    match[2] === '.' && abbreviations.has((match[1] ?? '').toLowerCase())
      ? []
      : [match.index + match[0].length],
  );
}

/**
 * Informal writing starts sentences in lower case ("I object to this edit. this article is not your
 * personal domain."), which Unicode's rule SB8 never breaks before. After a lower-case word the
 * language's dictionary knows, and which is not an abbreviation ("incl. tax"), a full stop ends the
 * sentence all the same. Only languages with a quick dictionary (English) get these breaks.
 */
const BREAK_BEFORE_LOWER = /(?<![\p{L}\p{M}.])(\p{Ll}{4,}) ?\.(["”’')\]]*)(?=\s+\p{Ll})/gu;

function breaksBeforeLowerCase(piece: string, abbreviations: ReadonlySet<string>, lang: string): number[] {
  const cuts: number[] = [];
  for (const match of allMatches(BREAK_BEFORE_LOWER, piece)) {
    const word = match[1] ?? '';
    if (abbreviations.has(word) || isKnownWord(word, lang) !== true) continue;
    cuts.push(match.index + match[0].length);
  }
  return cuts;
}

/** The number of a heading or list item opening a line ("1. Scope", "2.1.", "IV.", "a)"): no sentence of its own. */
const LIST_NUMBER = /^\s*[([]?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,5}|\p{L})[.)]\s*$/u;

/**
 * Splits a document into sentences: every line is a paragraph and at least one sentence; within a
 * line, Intl.Segmenter proposes breaks and the per-language exceptions remove the false ones.
 * Offsets point into `text`, so `text.slice(s.start, s.end) === s.text`.
 */
export function segment(text: string, lang: string): Sentence[] {
  const abbreviations = abbreviationsFor(lang);
  const segmenter = segmenterFor(lang);
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(text)) {
    const line = text.slice(paragraph.start, paragraph.end);
    const pieces: { start: number; end: number }[] = [];
    for (const piece of segmenter.segment(line)) {
      const start = piece.index;
      const end = start + piece.segment.length;
      const previous = pieces[pieces.length - 1];
      if (
        previous &&
        ((previous.start === 0 && LIST_NUMBER.test(line.slice(previous.start, previous.end))) ||
          isFalseBreak(line.slice(previous.start, previous.end), line.slice(start), abbreviations, lang))
      ) {
        previous.end = end;
      } else {
        pieces.push({ start, end });
      }
    }
    for (let k = pieces.length - 1; k > 0; k--) {
      const piece = pieces[k];
      const previous = pieces[k - 1];
      if (!piece || !previous) continue;
      const text = line.slice(piece.start, piece.end);
      // A piece with no letter or digit ("»" after French spacing, a lone ")") ends the sentence before it.
      if (!HAS_WORD.test(text)) {
        previous.end = piece.end;
        pieces.splice(k, 1);
        continue;
      }
      // "… attendait. » Le maire …": the closing mark belongs to the sentence whose quote it closes.
      const previousText = line.slice(previous.start, previous.end);
      const closer = closesQuoteOf(previousText, text);
      if (closer > 0) {
        previous.end = piece.start + closer;
        piece.start += closer;
        continue;
      }
      // "…说。“没有人…”": Unicode counts every quotation mark as closing, so an opening one after a
      // full stop is left at the end of the sentence before; it starts the next.
      const opener = opensQuoteAtEnd(previousText);
      if (opener > 0) {
        previous.end -= opener;
        piece.start = previous.end;
      }
    }
    const split = pieces.flatMap((piece) => {
      const text = line.slice(piece.start, piece.end);
      const cuts = [
        ...breaksBeforeNumbers(text, abbreviations, lang),
        ...breaksBeforeLowerCase(text, abbreviations, lang),
        ...breaksBeforeDialogueDash(text, abbreviations),
      ].sort((a, b) => a - b);
      const bounds = [piece.start, ...cuts.map((cut) => piece.start + cut), piece.end];
      return bounds.slice(1).map((end, k) => ({ start: bounds[k] ?? piece.start, end }));
    });
    for (const piece of split) {
      const raw = line.slice(piece.start, piece.end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length === 0) continue;
      const start = paragraph.start + piece.start + lead;
      sentences.push({
        index: sentences.length,
        text: body,
        start,
        end: start + body.length,
        paragraph: paragraph.index,
      });
    }
  }
  return sentences;
}
