import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemKey, translationKeys } from '../../../server/bilingual/keys';

describe('translation keys', () => {
  it('gives inflected forms of one word one key, and keeps short words whole', () => {
    expect(stemKey('houses')).toBe(stemKey('house'));
    expect(stemKey('governments')).toBe(stemKey('government'));
    expect(stemKey('ready')).not.toBe(stemKey('read'));
    expect(stemKey('Straße')).toBe(stemKey('Strasse'));
  });

  it('reads tokenised and running Chinese and Japanese text alike', () => {
    expect(translationKeys('我们 不 同意 这个 决定 。', 'zh')).toEqual(
      translationKeys('我们不同意这个决定。', 'zh'),
    );
    expect(translationKeys('私 は 東京 に 住ん で い ます 。', 'ja')).toEqual(
      translationKeys('私は東京に住んでいます。', 'ja'),
    );
    // Kana keep their voicing marks: で is not て.
    expect(translationKeys('住んでいます', 'ja').join('')).toContain('で');
  });

  it('keeps Latin words in a Chinese sentence apart', () => {
    expect(translationKeys('他 在 New York 工作', 'zh')).toEqual(expect.arrayContaining(['new', 'york']));
  });

  it('property: keys are distinct, non-empty and lower case', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('en', 'de', 'zh', 'ja', 'cs'),
        (text, lang) => {
          const keys = translationKeys(text, lang);
          expect(new Set(keys).size).toBe(keys.length);
          for (const key of keys) {
            expect(key.length).toBeGreaterThan(0);
            expect(key).toBe(key.toLowerCase());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
