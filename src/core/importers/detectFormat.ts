/** Guessing a file's format from its name and its first characters, by asking the format registry. */
import { decodeInput } from './kit/decode';
import { type FileHead, SNIFF_CHARS } from './importTypes';
import { FALLBACK_FORMAT, FORMATS, type ImportFormat } from './registry';

/** The start of a file as the formats' sniffs see it. */
export function fileHead(file: string, input: string | Uint8Array): FileHead {
  return {
    name: file.toLowerCase(),
    text: decodeInput(input).text.slice(0, SNIFF_CHARS),
    ...(typeof input === 'string' ? {} : { bytes: input.subarray(0, 8) }),
  };
}

/**
 * Guesses the format of a file: a name ending that only one format reads (`.json`, `.gift`, `.xml`,
 * `.xlsx`) decides; otherwise the first format in the registry whose sniff recognises the start of the
 * file, else CSV.
 */
export function detectFormat(file: string, input: string | Uint8Array): ImportFormat {
  const head = fileHead(file, input);
  const byName = FORMATS.filter((format) => format.extensions.some((ending) => head.name.endsWith(ending)));
  if (byName.length === 1 && byName[0]) return byName[0].id;
  return FORMATS.find((format) => format.sniff(head))?.id ?? FALLBACK_FORMAT;
}
