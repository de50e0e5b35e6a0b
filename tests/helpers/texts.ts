import fc from 'fast-check';

/**
 * Texts built by joining up to `maxLength` pieces: the shape of the parsers' property tests, which put
 * the hard cases (separators, scripts, spaces) next to each other in every order.
 */
export function textOf(
  pieces: readonly string[] | fc.Arbitrary<string>,
  maxLength: number,
): fc.Arbitrary<string> {
  const piece = pieces instanceof fc.Arbitrary ? pieces : fc.constantFrom(...pieces);
  return fc.array(piece, { maxLength }).map((parts) => parts.join(''));
}
