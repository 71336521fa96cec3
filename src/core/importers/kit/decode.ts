/**
 * The one decoder of the importers: the size cap every import shares, and bytes to text (UTF-8; UTF-16 with a
 * byte-order mark; otherwise Windows-1252, as Excel and other Windows programs write text files).
 */
import { strFromU8 } from 'fflate';
import type { ImportCollector } from './collector';
import { MAX_IMPORT_BYTES } from '../importTypes';

/** Windows-1252 characters for bytes 0x80-0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Index of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const need =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (need === 0 || i + need >= bytes.length) return i;
    let code = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-16 (little- or big-endian, after its byte-order mark). */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    if (units.length === 4096) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/** Decodes Windows-1252, the usual encoding of a CSV saved by Excel on Windows. */
function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 4096) {
    const codes = Array.from(bytes.subarray(start, start + 4096), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as number) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The 1-based line of byte `index` (counting line feeds before it). */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line += 1;
  return line;
}

/** The number of bytes `text` takes in UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Megabytes for a message, in one style for every importer: `20 MB`, `20.4 MB`, `2048 MB`. */
export function megabytes(bytes: number): string {
  const value = bytes / 1_048_576;
  return `${Number.isInteger(value) || value >= 100 ? Math.round(value) : value.toFixed(1)} MB`;
}

/**
 * Why an input is too large to import (over {@link MAX_IMPORT_BYTES}, counting text as UTF-8), or undefined
 * when it is not. One check and one wording for every format and for the router.
 */
export function sizeProblem(input: string | Uint8Array): string | undefined {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  return size > MAX_IMPORT_BYTES
    ? `the file is ${megabytes(size)}; imports are limited to ${megabytes(MAX_IMPORT_BYTES)}`
    : undefined;
}

/** Text decoded from an importer's input. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** When the bytes were not UTF-8 and were read as Windows-1252: the line of the first byte that was not. */
  notUtf8Line?: number;
}

/**
 * Decodes an importer's input: text as it is; bytes as UTF-16 after its byte-order mark, else as UTF-8, else
 * (when they are not UTF-8) as Windows-1252, saying where the first foreign byte was. The BOM is removed.
 */
export function decodeInput(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, '') };
  if (input[0] === 0xff && input[1] === 0xfe) return { text: decodeUtf16(input, true) };
  if (input[0] === 0xfe && input[1] === 0xff) return { text: decodeUtf16(input, false) };
  const bad = firstInvalidUtf8(input);
  if (bad === -1) return { text: strFromU8(input).replace(/^\uFEFF/, '') };
  return { text: decodeCp1252(input), notUtf8Line: lineOfByte(input, bad) };
}

/**
 * Turns an importer's input into clean text: checks the size cap, decodes it with {@link decodeInput} (a
 * located warning when it was read as Windows-1252), turns CRLF and lone CR into LF and normalises to NFC.
 * Returns undefined after reporting an error when nothing can be read.
 */
export function decodeTextInput(input: string | Uint8Array, collector: ImportCollector): string | undefined {
  const tooLarge = sizeProblem(input);
  if (tooLarge !== undefined) {
    collector.fileError(tooLarge);
    return undefined;
  }
  const decoded = decodeInput(input);
  if (decoded.notUtf8Line !== undefined)
    collector.report(
      'warning',
      decoded.notUtf8Line,
      '',
      'the file is not UTF-8; it was read as Windows-1252 (the usual encoding of Excel and other Windows programs): check accented letters, or save it again as UTF-8',
    );
  return decoded.text.replace(/\r\n?/g, '\n').normalize('NFC');
}
