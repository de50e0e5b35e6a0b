/**
 * Negation markers per language. A sentence negated on one side only is a classic critical MT error
 * (meaning reversed). Lists are short on purpose: only words that negate on their own.
 */
export const NEGATION_PATTERNS: Record<string, RegExp> = {
  en: /(?<![\p{L}])(not|no|never|nobody|nothing|none|neither|nor|without|cannot|nowhere)(?![\p{L}])|n['’]t(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(nie|nigdy|żaden|żadna|żadne|żadnego|żadnej|żadnych|nikt|nikogo|nic|niczego|bez|ani|nigdzie)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(nicht|kein|keine|keiner|keinen|keinem|keines|nie|niemals|nichts|niemand|ohne|weder|nirgends)(?![\p{L}])/iu,
  // Czech negates verbs with the prefix ne- ("není", "nejsou", "nechci"); these ne- words are not negations
  // (nebo "or", než "than", nej- superlatives, nechat "let", nenávidět "hate", nesmysl "nonsense", …).
  cs: /(?<![\p{L}])(ne|nikdy|žádný|žádná|žádné|nikdo|nic|bez|ani|nikde)(?![\p{L}])|(?<![\p{L}])ne(?!bo|ž|jen|j(?!s)|dávn|děle|bezpeč|přítel|moc|věst|kolik|kter|konečn|ustál|ch(?!c|tě)|návi|smysl|patrn|ws)\p{Ll}{2,}/iu,
  fr: /(?<![\p{L}])(ne|n['’]|pas|jamais|sans|aucun|aucune|rien|personne|ni)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(no|nunca|jamás|sin|ningún|ninguna|ninguno|nada|nadie|tampoco|ni)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(non|mai|senza|nessun|nessuno|nessuna|niente|nulla|né)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(não|nunca|sem|nenhum|nenhuma|nada|ninguém|nem)(?![\p{L}])/iu,
  ro: /(?<![\p{L}])(nu|n-|niciodată|fără|nici|niciun|nicio|nimic|nimeni)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(не|нет|никогда|без|ни|никто|ничего|ничто|нельзя)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(не|ні|ніколи|без|ніхто|нічого)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(niet|geen|nooit|niets|niemand|zonder)(?![\p{L}])/iu,
  ja: /ない|なかった|ません|ず[、。に]|ぬ|無[い し]|非|不|未|なし/u,
  zh: /不|没|沒|无|無|未|别|別|非|勿|否/u,
};

export function negationMarker(text: string, lang: string): RegExpExecArray | null {
  return NEGATION_PATTERNS[lang]?.exec(text) ?? null;
}
