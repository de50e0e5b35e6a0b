import { words } from '../../text/normalize';

/**
 * Words that open a question: interrogatives, and in English and German the verbs a question puts
 * first ("Is it safe…", "Kann man…"). A comment asks "Do you think I could make a page for it" with no
 * question mark, and a translation that adds one has understood it, not changed it.
 */
const QUESTION_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    ...['what', 'why', 'how', 'who', 'whom', 'whose', 'where', 'when', 'which'],
    ...['is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'would', 'will'],
    ...['shall', 'should', 'may', 'might', 'have', 'has', 'had', "isn't", "aren't", "wasn't"],
    ...["weren't", "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't"],
    ...['isnt', 'arent', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt'],
  ]),
  de: new Set([
    ...['was', 'warum', 'wieso', 'weshalb', 'wie', 'wer', 'wen', 'wem', 'wessen', 'wo', 'wohin'],
    ...['woher', 'wann', 'welche', 'welcher', 'welches', 'ist', 'sind', 'kann', 'können', 'hat'],
    ...['haben', 'gibt', 'darf', 'soll', 'sollte', 'würde', 'wird', 'weißt', 'wissen', 'hast'],
  ]),
  fr: new Set(['pourquoi', 'comment', 'qui', 'où', 'quand', 'quel', 'quelle', 'quels', 'quelles', 'est-ce']),
  es: new Set(['qué', 'por qué', 'cómo', 'quién', 'quiénes', 'dónde', 'cuándo', 'cuál', 'cuáles', 'cuánto']),
  it: new Set(['perché', 'come', 'chi', 'dove', 'quando', 'quale', 'quali', 'quanto', 'cosa', 'che cosa']),
  pt: new Set(['por que', 'porque', 'como', 'quem', 'onde', 'quando', 'qual', 'quais', 'quanto', 'o que']),
  nl: new Set(['waarom', 'hoe', 'wie', 'waar', 'wanneer', 'welke', 'wat']),
};

/** Words a comment may put before its question: "So what…", "Well, is it…", "Dude can u…". */
const LEAD_INS = new Set([
  ...['so', 'and', 'but', 'ok', 'okay', 'well', 'please', 'hey', 'hi', 'dude', 'also', 'then'],
  ...['und', 'aber', 'et', 'mais', 'y', 'pero', 'e', 'ma', 'en', 'maar'],
]);

/**
 * Whether the text's last sentence opens as a question in its language, with or without a question
 * mark. Null when the language has no list.
 */
export function opensAsQuestion(lastSentence: string, lang: string): boolean | null {
  const openers = QUESTION_OPENERS[lang];
  if (!openers) return null;
  const first = words(lastSentence)
    .slice(0, 3)
    .map((word) => word.text.toLowerCase());
  const [one, two, three] = first;
  const opens = (word: string | undefined, next: string | undefined): boolean =>
    word !== undefined && (openers.has(word) || (next !== undefined && openers.has(`${word} ${next}`)));
  if (opens(one, two)) return true;
  return one !== undefined && LEAD_INS.has(one) && opens(two, three);
}
