import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { PairInput } from '../analysis/analyze';
import { decodeText } from './decode';
import { isZip, readDocx } from './docx';
import { InputError } from './errors';
import { readPairsJsonl } from './pairs-jsonl';
import { readPairsTable } from './pairs-table';
import { readTmx } from './tmx';
import { readXliff } from './xliff';
import { readXlsx } from './xlsx';

export { InputError } from './errors';
export { decodeText } from './decode';

export interface PairsFile {
  pairs: PairInput[];
  /** Every column of each row (for labels and scores in `eval`). */
  extra: Record<string, string>[];
  sourceLang?: string;
  targetLang?: string;
  /**
   * The file as it came (an XLIFF or a table decoded, a workbook's bytes), for the reviewed
   * translation to be written back into.
   */
  original?: OriginalFile;
}

export interface OriginalFile {
  name: string;
  content: string;
  bytes?: Uint8Array;
}

export const PAIR_EXTENSIONS = [
  '.tsv',
  '.csv',
  '.xlsx',
  '.jsonl',
  '.xliff',
  '.xlf',
  '.sdlxliff',
  '.mqxliff',
  '.tmx',
] as const;

export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new InputError(
      path,
      null,
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read',
    );
  }
}

/** The Word file a document came in, kept to write the reviewed translation back into. */
export interface WordFile {
  name: string;
  bytes: Uint8Array;
}

/** A document file read: its text, one paragraph per line, and the Word file itself when it was one. */
export interface DocumentFile {
  text: string;
  word?: WordFile;
}

/**
 * A document file: a Word file (.docx, or a zip archive whatever its name), or plain text in any
 * common encoding.
 */
export async function readDocumentFile(bytes: Uint8Array, fileName: string): Promise<DocumentFile> {
  if (extname(fileName).toLowerCase() !== '.docx' && !isZip(bytes))
    return { text: decodeText(bytes, fileName) };
  return { text: await readDocx(bytes, fileName), word: { name: basename(fileName), bytes } };
}

/** A document file's text, one paragraph per line. */
export async function documentText(bytes: Uint8Array, fileName: string): Promise<string> {
  return (await readDocumentFile(bytes, fileName)).text;
}

/** A document file on disk (plain text or .docx) as text, one paragraph per line. */
export function readTextDocument(path: string): Promise<string> {
  return documentText(readFileBytes(path), path);
}

/** An already aligned file, chosen by extension. */
export function parsePairs(text: string, fileName: string): PairsFile {
  const extension = extname(fileName).toLowerCase();
  switch (extension) {
    case '.tsv':
    case '.csv':
      return {
        ...readPairsTable(text, fileName, extension === '.tsv' ? '\t' : ','),
        original: { name: basename(fileName), content: text },
      };
    case '.jsonl':
      return readPairsJsonl(text, fileName);
    case '.xliff':
    case '.xlf':
    case '.sdlxliff':
    case '.mqxliff': {
      const file = readXliff(text, fileName);
      return {
        ...file,
        extra: file.pairs.map(() => ({})),
        original: { name: basename(fileName), content: text },
      };
    }
    case '.tmx': {
      const file = readTmx(text, fileName);
      return { ...file, extra: file.pairs.map(() => ({})) };
    }
    case '.xlsx':
      // Reached only by callers that decode text first: workbooks are read from their bytes (loadPairs).
      throw new InputError(fileName, null, 'an .xlsx workbook is read from the file itself, not from text');
    default:
      throw new InputError(
        fileName,
        null,
        `unknown pairs format "${extension || 'no extension'}" (use ${PAIR_EXTENSIONS.join(', ')})`,
      );
  }
}

export function readPairsFile(path: string): PairsFile {
  return parsePairs(decodeText(readFileBytes(path), path), path);
}

/** An aligned file's bytes as pairs, spreadsheets (.xlsx) included. */
export async function loadPairs(bytes: Uint8Array, fileName: string): Promise<PairsFile> {
  if (extname(fileName).toLowerCase() === '.xlsx') return readXlsx(bytes, fileName);
  return parsePairs(decodeText(bytes, fileName), fileName);
}

/** An aligned file on disk as pairs, spreadsheets (.xlsx) included. */
export function loadPairsFile(path: string): Promise<PairsFile> {
  return loadPairs(readFileBytes(path), path);
}
