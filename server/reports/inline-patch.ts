import { diffWordsWithSpace } from 'diff';
import { decodeEntities, flattenInline, placeholderText } from '../ingest/xml';

/**
 * A piece of a segment's inline markup: a character of text (an entity, or a run of white space,
 * counts as one), a placeholder shown by its equivalent text, or markup that shows nothing (a
 * formatting tag, a tag pair's codes, white space trimmed off the ends).
 */
interface Atom {
  raw: string;
  /** What it reads as in the flattened text: one character, a placeholder's text, or nothing. */
  flat: string;
  /** A placeholder: kept as long as any of its text is. */
  placeholder: boolean;
}

const PIECE =
  /<(bpt|ept|it)\b[^>]*>[\s\S]*?<\/\1>|<(?:ph|x|bx|ex|sc|ec|pc|it)\b[^>]*\/>|<ph\b[^>]*>[\s\S]*?<\/ph>|<[^>]+>|&(?:#[xX][0-9a-fA-F]+|#\d+|\w+);|\s+|[\s\S]/gy;

/** The markup cut into atoms, reading as flattenInline() reads it: tags flattened, white space collapsed and trimmed. */
function atoms(raw: string): Atom[] {
  const found: Atom[] = [];
  PIECE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PIECE.exec(raw)) !== null) {
    const piece = match[0];
    if (match[1] !== undefined) found.push({ raw: piece, flat: '', placeholder: false });
    else if (/^<(?:ph|x|bx|ex|sc|ec|pc|it)\b[^>]*\/>$|^<ph\b/u.test(piece)) {
      const text = decodeEntities(placeholderText(piece)).replace(/\s+/g, ' ');
      found.push({ raw: piece, flat: text, placeholder: text !== '' });
    } else if (piece.startsWith('<')) found.push({ raw: piece, flat: '', placeholder: false });
    else if (/^\s+$/u.test(piece)) found.push({ raw: piece, flat: ' ', placeholder: false });
    else found.push({ raw: piece, flat: decodeEntities(piece), placeholder: false });
  }
  // White space collapses across tags ("a <g> b" reads "a b") and goes at both ends.
  let lastWasSpace = true;
  for (const atom of found) {
    if (atom.flat === '') continue;
    if (atom.flat === ' ' && !atom.placeholder) {
      if (lastWasSpace) atom.flat = '';
      lastWasSpace = true;
    } else lastWasSpace = atom.flat.endsWith(' ');
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const atom = found[k];
    if (!atom || atom.flat === '') continue;
    if (atom.flat === ' ' && !atom.placeholder) atom.flat = '';
    else break;
  }
  return found;
}

/** Text as XML character data: what a reviewer typed is never read as markup. */
export const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

type Placement = 'before-tags' | 'next-to-text';

/**
 * The markup rebuilt: atoms whose text stays (a placeholder while any of its text does, every tag),
 * and the inserted text escaped, each before the atom `placement` chooses at its position.
 */
function rebuild(
  parts: readonly Atom[],
  keeps: readonly boolean[],
  inserted: ReadonlyMap<number, string>,
  placement: Placement,
): string {
  const starts: number[] = [];
  let position = 0;
  for (const atom of parts) {
    starts.push(position);
    position += atom.flat.length;
  }
  const lastText = parts.findLastIndex((atom) => atom.flat !== '');
  /** The atom an insertion at flat position p is written before (parts.length: at the very end). */
  const home = (p: number): number => {
    const text = parts.findIndex(
      (atom, k) => atom.flat !== '' && (starts[k] ?? 0) <= p && p < (starts[k] ?? 0) + atom.flat.length,
    );
    if (text < 0) return lastText + 1;
    if (placement === 'next-to-text') return text;
    // Formatting the words stood in: before the tags at the same place.
    let first = text;
    while (first > 0 && parts[first - 1]?.flat === '') first--;
    return p === starts[text] ? first : text;
  };
  const before = new Map<number, string[]>();
  for (const [p, text] of inserted) {
    const k = home(p);
    before.set(k, [...(before.get(k) ?? []), escapeText(text)]);
  }
  let out = '';
  parts.forEach((atom, k) => {
    out += (before.get(k) ?? []).join('');
    const start = starts[k] ?? 0;
    const own = keeps.slice(start, start + atom.flat.length);
    if (atom.flat === '' || (atom.placeholder ? own.some(Boolean) : own.every(Boolean))) out += atom.raw;
  });
  return out + (before.get(parts.length) ?? []).join('');
}

/**
 * A segment's inline markup with its text changed to `corrected`, every tag kept where the text
 * around it still stands: "Biden has <g>signalled</g>" corrected to "Biden has <g>warned</g>" rather than
 * losing the formatting, as a CAT tool would if the plain text replaced the markup. Words the
 * reviewer deleted go, their tags stay; new words are written where the change was, inside the
 * formatting they replace. `corrected` is read with white space collapsed, as the review saves it.
 * Whatever the markup, the result reads as `corrected`: where no placement of the new words does,
 * the text is written whole with the tags that show nothing after it.
 */
export function patchInline(raw: string, corrected: string): string {
  const parts = atoms(raw);
  const flat = parts.map((a) => a.flat).join('');
  const wanted = corrected.replace(/\s+/g, ' ').trim();
  if (flat === wanted) return raw;
  // For each character of the flattened text, whether it stays; and what is inserted before each.
  const keeps: boolean[] = [];
  const inserted = new Map<number, string>();
  for (const change of diffWordsWithSpace(flat, wanted)) {
    if (change.added) inserted.set(keeps.length, (inserted.get(keeps.length) ?? '') + change.value);
    else for (let k = 0; k < change.value.length; k++) keeps.push(!change.removed);
  }
  for (const placement of ['before-tags', 'next-to-text'] as const) {
    const patched = rebuild(parts, keeps, inserted, placement);
    if (flattenInline(patched) === wanted) return patched;
  }
  const tags = parts.filter((atom) => atom.flat === '' && !/^\s+$/u.test(atom.raw)).map((atom) => atom.raw);
  return escapeText(wanted) + tags.join('');
}
