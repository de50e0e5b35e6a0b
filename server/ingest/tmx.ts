import { primaryLanguage } from '../text/languages';
import { InputError } from './errors';
import type { BilingualFile } from './xliff';
import { type XmlNode, attribute, descendants, firstChild, inlineText, parseXml } from './xml';

function languageOf(node: XmlNode): string | undefined {
  return attribute(node, 'xml:lang') ?? attribute(node, 'lang');
}

/**
 * A TMX memory: each <tu> becomes a pair. The source language is the header's srclang; the target
 * is the other language of the first unit (or the one asked for).
 */
export function readTmx(text: string, fileName: string, wantedTarget?: string): BilingualFile {
  const root = descendants(parseXml(text, fileName), 'tmx')[0];
  if (!root) throw new InputError(fileName, 1, 'no <tmx> root element');
  const header = firstChild(root, 'header');
  const units = descendants([root], 'tu');
  const firstLanguages = (units[0] ? descendants([units[0]], 'tuv') : [])
    .map(languageOf)
    .filter((l): l is string => !!l);
  let sourceLang = header ? attribute(header, 'srclang') : undefined;
  if (!sourceLang || sourceLang === '*all*') sourceLang = firstLanguages[0];
  const targetLang =
    wantedTarget ?? firstLanguages.find((l) => primaryLanguage(l) !== primaryLanguage(sourceLang));
  if (!sourceLang || !targetLang)
    throw new InputError(fileName, null, 'cannot tell the source and target languages of the TMX');
  const pairs = units.map((tu, k) => {
    const variants = descendants([tu], 'tuv');
    const pick = (lang: string): string => {
      const variant = variants.find((v) => primaryLanguage(languageOf(v)) === primaryLanguage(lang));
      return variant ? inlineText(firstChild(variant, 'seg')) : '';
    };
    return { id: attribute(tu, 'tuid') ?? String(k + 1), source: pick(sourceLang), target: pick(targetLang) };
  });
  return { pairs, sourceLang, targetLang };
}
