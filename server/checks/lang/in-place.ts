/**
 * What one side lost and the other has in its place, taken in the order the two sides write them: a
 * number, URL or placeholder changed into another is one error, not one missing and one added. What is
 * left over on either side is missing or added.
 */
export function pairInPlace<T>(
  lost: readonly T[],
  added: readonly T[],
): { changed: { lost: T; added: T }[]; lost: T[]; added: T[] } {
  const count = Math.min(lost.length, added.length);
  const changed: { lost: T; added: T }[] = [];
  for (let k = 0; k < count; k++) {
    const [was, is] = [lost[k], added[k]];
    if (was !== undefined && is !== undefined) changed.push({ lost: was, added: is });
  }
  return { changed, lost: lost.slice(count), added: added.slice(count) };
}
