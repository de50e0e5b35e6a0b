/**
 * The source's mentions that the target has only the other way round: the same thing (a share, a
 * number of years) said in the opposite direction (by for to, ago for in) and never in the source's.
 */
export function turnedRound<T>(
  source: readonly T[],
  target: readonly T[],
  sameThing: (a: T, b: T) => boolean,
  sameWay: (a: T, b: T) => boolean,
): { said: T; turned: T }[] {
  const found: { said: T; turned: T }[] = [];
  for (const said of source) {
    const matches = target.filter((other) => sameThing(said, other));
    const [turned] = matches;
    if (turned !== undefined && !matches.some((other) => sameWay(said, other))) found.push({ said, turned });
  }
  return found;
}
