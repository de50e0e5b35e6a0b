import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { originalSpan, withoutWhitespace } from '../../../server/text/compact';
import { textOf } from '../../helpers/texts';

describe('text read without its white space', () => {
  it('drops exactly what /\\s/ matches and keeps where every other character stood', () => {
    const pieces = fc.constantFrom('妈', '的', ' ', '\u3000', '\u00a0', '\n', 'a', '。', '\t', '\u2009');
    fc.assert(
      fc.property(textOf(pieces, 20), (text) => {
        const compact = withoutWhitespace(text);
        expect(compact.text).toBe(text.replace(/\s/g, ''));
        compact.origin.forEach((at, k) => expect(text.charAt(at)).toBe(compact.text.charAt(k)));
      }),
    );
  });

  it('maps a match in the compact text back to its span in the original', () => {
    const text = '你 妈 的 网站';
    const compact = withoutWhitespace(text);
    const at = compact.text.indexOf('妈的');
    const span = originalSpan(compact, at, 2);
    expect(text.slice(span.start, span.end)).toBe('妈 的');
  });
});
