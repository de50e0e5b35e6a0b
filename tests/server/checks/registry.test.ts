import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS, assertUniqueIds } from '../../../server/checks/index';
import { withCheckReference } from '../../../server/checks/reference';
import { MQM_CATEGORIES, SEVERITIES } from '../../../server/domain/types';
import { loadFixture, runExample } from '../../helpers/check-fixtures';
import { type LanguageScores, loadLanguageIdentifier } from '../../../server/text/language-id';

describe('check registry', () => {
  // As the pipeline would have it when a target looks like another language: every case runs with it.
  let identify: (text: string) => LanguageScores;
  beforeAll(async () => {
    identify = await loadLanguageIdentifier();
  });

  it('refuses two checks with the same id', () => {
    const first = CHECKS[0];
    if (!first) throw new Error('empty registry');
    expect(() => assertUniqueIds([first, first])).toThrow(/share the id/);
  });

  for (const check of CHECKS) {
    describe(check.id, () => {
      it('has metadata a reviewer can read', () => {
        expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(check.name.length).toBeGreaterThan(3);
        expect(check.description.length).toBeGreaterThan(20);
        expect(MQM_CATEGORIES).toContain(check.category);
        expect(SEVERITIES).toContain(check.severity);
      });

      it('has fixtures with at least one passing and one failing case', () => {
        expect(existsSync(new URL(`../../../fixtures/checks/${check.id}.json`, import.meta.url))).toBe(true);
        const fixture = loadFixture(check.id);
        expect(fixture.pass.length).toBeGreaterThan(0);
        expect(fixture.fail.length).toBeGreaterThan(0);
      });

      it('stays silent on its passing cases', () => {
        for (const example of loadFixture(check.id).pass) {
          expect(runExample(check, example, identify).flat(), JSON.stringify(example)).toEqual([]);
        }
      });

      it('flags its failing cases, with spans inside the text', () => {
        for (const example of loadFixture(check.id).fail) {
          const flags = runExample(check, example, identify);
          expect(flags.flat().length, JSON.stringify(example)).toBeGreaterThan(0);
          const units = 'units' in example ? example.units : [example];
          flags.forEach((unitFlags, k) => {
            for (const flag of unitFlags) {
              expect(flag.check).toBe(check.id);
              const text = flag.side === 'source' ? units[k]?.source : units[k]?.target;
              if (flag.span) {
                expect(flag.span.start).toBeGreaterThanOrEqual(0);
                expect(flag.span.end).toBeLessThanOrEqual(text?.length ?? 0);
                expect(flag.span.start).toBeLessThan(flag.span.end);
              }
            }
          });
        }
      });
    });
  }
});

describe('check reference', () => {
  it('in the README is the one the registry generates (run `npm run docs:checks` after changing a check)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(withCheckReference(readme)).toBe(readme);
    for (const check of CHECKS) expect(readme).toContain(`| \`${check.id}\` |`);
  });
});
