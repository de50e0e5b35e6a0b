import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../server/ingest/index';
import { requireModestArchive, unpackedSize } from '../../../server/ingest/archive';
import { makeDocx } from '../../helpers/docx';
import { zipBomb } from '../../helpers/zip-bomb';

describe('archives (.docx, .xlsx) are measured before they are unpacked', () => {
  it('counts what a genuine Word file unpacks to', async () => {
    const bytes = await makeDocx(['Die Gespräche beginnen am Montag.']);
    const zip = await JSZip.loadAsync(bytes);
    const entries = await Promise.all(
      Object.values(zip.files).map(async (entry) => (await entry.async('uint8array')).length),
    );
    expect(unpackedSize(bytes, 2 ** 20)).toBe(entries.reduce((sum, length) => sum + length, 0));
    expect(() => requireModestArchive(bytes, 'talks.docx', 'Word document (.docx)')).not.toThrow();
  });

  it('stops counting soon after the limit, without unpacking the rest', () => {
    const bomb = zipBomb(40);
    expect(bomb.length).toBeLessThan(100_000);
    const counted = unpackedSize(bomb, 2 ** 20);
    expect(counted).toBeGreaterThan(2 ** 20);
    expect(counted).toBeLessThan(20 * 2 ** 20);
  });

  it('refuses a file that would unpack to more than the limit, naming it', () => {
    const bomb = zipBomb(40);
    expect(() => requireModestArchive(bomb, 'bomb.docx', 'Word document (.docx)', 2 ** 20)).toThrow(
      InputError,
    );
    expect(() => requireModestArchive(bomb, 'bomb.docx', 'Word document (.docx)', 2 ** 20)).toThrow(
      /bomb\.docx: unpacks to more than 1 MiB: too large for a Word document \(\.docx\), or not a genuine one/,
    );
  });
});
