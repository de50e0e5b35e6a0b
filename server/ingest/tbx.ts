import { primaryLanguage } from '../text/languages';
import type { GlossaryEntry } from '../domain/types';
import { InputError } from './errors';
import { type XmlNode, attribute, childNodes, descendants, parseXml, tagName } from './xml';

/** A TBX termbase: its concepts, each with its terms per language. */
export interface Termbase {
  concepts: {
    note: string;
    terms: { lang: string; term: string; deprecated: boolean }[];
  }[];
  languages: string[];
}

/** The text inside an element, its children's text included, with white space collapsed. */
function textOf(node: XmlNode): string {
  const own = node['#text'];
  if (typeof own === 'string') return own;
  return childNodes(node).map(textOf).join('').replace(/\s+/gu, ' ').trim();
}

/** TBX's administrative status: a deprecated or superseded term is one not to use. */
function isDeprecated(termSection: XmlNode): boolean {
  return descendants(childNodes(termSection), 'termNote').some(
    (note) =>
      attribute(note, 'type') === 'administrativeStatus' && /deprecated|superseded/i.test(textOf(note)),
  );
}

/**
 * Reads a TBX file (TBX-Basic 2.0 `<martif>`/`<termEntry>`/`<langSet>`/`<tig>`, or TBX 3.0
 * `<tbx>`/`<conceptEntry>`/`<langSec>`/`<termSec>`): each concept's terms per language, and its
 * definition or note.
 */
export function readTbx(text: string, fileName: string): Termbase {
  const nodes = parseXml(text, fileName);
  const root = [...descendants(nodes, 'martif'), ...descendants(nodes, 'tbx')][0];
  if (!root) throw new InputError(fileName, 1, 'no <martif> or <tbx> root element: not a TBX file');
  const entries = [...descendants([root], 'termEntry'), ...descendants([root], 'conceptEntry')];
  const languages = new Set<string>();
  const concepts = entries.map((entry) => {
    const notes = [...descendants([entry], 'descrip'), ...descendants([entry], 'note')]
      .filter((node) => tagName(node) === 'note' || attribute(node, 'type') === 'definition')
      .map(textOf)
      .filter((note) => note !== '');
    const terms = [...descendants([entry], 'langSet'), ...descendants([entry], 'langSec')].flatMap(
      (languageSection) => {
        const lang = primaryLanguage(
          attribute(languageSection, 'xml:lang') ?? attribute(languageSection, 'lang'),
        );
        if (lang === '') return [];
        languages.add(lang);
        const sections = ['tig', 'ntig', 'termSec'].flatMap((name) => descendants([languageSection], name));
        return sections.flatMap((section) =>
          descendants([section], 'term')
            .map(textOf)
            .filter((term) => term !== '')
            .map((term) => ({ lang, term, deprecated: isDeprecated(section) })),
        );
      },
    );
    return { note: notes.join('; '), terms };
  });
  if (concepts.every((concept) => concept.terms.length === 0))
    throw new InputError(fileName, null, 'the TBX file holds no terms');
  return { concepts, languages: [...languages] };
}

/**
 * A termbase's entries for a language pair: each source term with each target term of its concept,
 * approved or, when the target term is deprecated or superseded, not to be used.
 */
export function termbaseEntries(termbase: Termbase, sourceLang: string, targetLang: string): GlossaryEntry[] {
  const [source, target] = [primaryLanguage(sourceLang), primaryLanguage(targetLang)];
  return termbase.concepts.flatMap((concept) => {
    // A deprecated source term ("Kiev") still asks for the approved translation.
    const sourceTerms = concept.terms.filter((t) => t.lang === source);
    const targetTerms = concept.terms.filter((t) => t.lang === target);
    return sourceTerms.flatMap((s) =>
      targetTerms.map((t) => ({
        sourceTerm: s.term,
        targetTerm: t.term,
        forbidden: t.deprecated,
        note: concept.note,
      })),
    );
  });
}
