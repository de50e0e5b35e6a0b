import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { InputError } from './errors';

/**
 * The most a Word file or workbook may hold once unpacked: far beyond any article, memory or
 * spreadsheet of segments (a 300-page report unpacks to a few megabytes), far below what would take
 * the server's memory with it. A zip of a few megabytes can unpack to gigabytes (a "zip bomb"), and
 * the readers (mammoth, exceljs) unpack everything into memory.
 */
export const MAX_UNPACKED_BYTES = 256 * 2 ** 20;

class TooLarge extends Error {}

/** Compressed bytes fed at a time: deflate inflates at most about a thousandfold, so at most ~16 MiB come out of one. */
const PIECE = 16 * 1024;

/**
 * Unpacks the archive as a stream, counting the bytes each entry inflates to without keeping them,
 * and stops as soon as they pass `limit`: the sizes the archive declares could lie.
 */
export function unpackedSize(bytes: Uint8Array, limit: number): number {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit) throw new TooLarge();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    // In small pieces: inflated in one go, a bomb's entry would be allocated whole before it was counted.
    for (let at = 0; at < bytes.length; at += PIECE)
      unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
  }
  return total;
}

/** Refuses an archive that would unpack to more than `limit` bytes, or that cannot be unpacked at all. */
export function requireModestArchive(
  bytes: Uint8Array,
  fileName: string,
  kind: string,
  limit = MAX_UNPACKED_BYTES,
): void {
  let size: number;
  try {
    size = unpackedSize(bytes, limit);
  } catch {
    throw new InputError(fileName, null, `is not a ${kind} that can be read`);
  }
  if (size > limit)
    throw new InputError(
      fileName,
      null,
      `unpacks to more than ${Math.round(limit / 2 ** 20)} MiB: too large for a ${kind}, or not a genuine one`,
    );
}
