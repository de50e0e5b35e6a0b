import { allMatches } from '../util/regexp';
import { fold } from './normalize';
import { organisationOf } from './organisations';

/**
 * Modifier keys under one name in every language: the organisations table already pairs Ctrl/Strg
 * and Shift/Umschalt/Maj/Mayús; these are the spellings and Mac symbols it leaves out.
 */
const MODIFIER_NAMES: Readonly<Record<string, string>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  strg: 'ctrl',
  '⌃': 'ctrl',
  alt: 'alt',
  altgr: 'altgr',
  option: 'alt',
  opt: 'alt',
  '⌥': 'alt',
  shift: 'shift',
  umschalt: 'shift',
  maj: 'shift',
  mayus: 'shift',
  '⇧': 'shift',
  cmd: 'cmd',
  command: 'cmd',
  '⌘': 'cmd',
  win: 'win',
  windows: 'win',
  meta: 'win',
  super: 'win',
  fn: 'fn',
};

const MODIFIER_WORD = Object.keys(MODIFIER_NAMES)
  .filter((name) => /^\p{L}/u.test(name))
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * Modifiers joined by "+" (Mac symbols may stand without one: "⌘⇧S"), then a letter, a digit or a
 * function key. Named keys (Enter, Leertaste, Bild auf) are left out: languages name them their own
 * way, and a list would always lack some.
 */
const SHORTCUT = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:(?:${MODIFIER_WORD}|mayús)\\s*\\+\\s*|[⌘⌥⇧⌃]\\s*\\+?\\s*)+)(F\\d{1,2}|[A-Za-z0-9])(?![\\p{L}\\p{N}])`,
  'giu',
);

const MAY_HOLD_SHORTCUT = /[+⌘⌥⇧⌃]/;

export interface Shortcut {
  /** Modifiers in a fixed order and the key: "ctrl+shift+S". */
  key: string;
  start: number;
  end: number;
}

function modifierName(token: string): string {
  const folded = fold(token);
  return MODIFIER_NAMES[folded] ?? MODIFIER_NAMES[token] ?? `o:${organisationOf(folded) ?? folded}`;
}

/** The keyboard shortcuts in a text ("Ctrl+S", "Strg + Umschalt + Z", "⌘S", "Alt+F4"), each under a language-independent key. */
export function findShortcuts(text: string): Shortcut[] {
  const found: Shortcut[] = [];
  // Nearly no sentence has a shortcut: a "+" or a Mac symbol is needed before the expression runs.
  if (!MAY_HOLD_SHORTCUT.test(text)) return found;
  for (const match of allMatches(SHORTCUT, text)) {
    const modifiers = allMatches(/[⌘⌥⇧⌃]|\p{L}+/gu, match[1] ?? '').map((m) => modifierName(m[0]));
    const key = (match[2] ?? '').toUpperCase();
    found.push({
      key: [...new Set(modifiers)].sort().concat(key).join('+'),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
