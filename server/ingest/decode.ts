import { createRequire } from 'node:module';
import { InputError } from './errors';

const require = createRequire(import.meta.url);

/** Loaded for the files that need them (UTF-16, or not UTF-8 at all): most are UTF-8, and every CLI run would pay. */
const iconv = (): typeof import('iconv-lite') => require('iconv-lite');
const chardet = (): typeof import('chardet') => require('chardet');

/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; anything
 * else is detected (Windows-1250, ISO-8859-2, …) and converted.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return normalizeNewlines(buffer.subarray(3).toString('utf8'));
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return normalizeNewlines(iconv().decode(buffer.subarray(2), 'utf16le'));
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return normalizeNewlines(iconv().decode(buffer.subarray(2), 'utf16be'));
  const asUtf8 = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (!asUtf8.includes('\uFFFD')) return normalizeNewlines(asUtf8);
  const detected = chardet().detect(buffer);
  if (!detected || !iconv().encodingExists(detected)) {
    throw new InputError(fileName, null, 'the text is not UTF-8 and its encoding could not be detected');
  }
  const text = iconv().decode(buffer, detected);
  // Any bytes decode in a single-byte encoding: an image or archive comes out as a text of control characters.
  if (controlShare(text) > MAX_CONTROL_SHARE)
    throw new InputError(fileName, null, 'this is not a text file (it holds binary data)');
  return normalizeNewlines(text);
}

/** Text has tabs and line breaks among its control characters and next to no others. */
const MAX_CONTROL_SHARE = 0.01;

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) controls++;
  }
  return controls / Math.max(1, text.length);
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
