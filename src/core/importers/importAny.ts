import type { Pack } from '../model/pack';
import { parsePack } from '../packs/parsePack';
import { type PackDetails, assemblePack } from './assemblePack';
import { importAnki, importCsv, importQuizlet } from './delimited';
import { importGift } from './gift';
import { type ImportProblem, type Importer, MAX_IMPORT_BYTES } from './importTypes';
import { importKahootCsv, importKahootXlsx } from './kahoot';
import { importMoodleXml } from './moodleXml';

/** Every format the game imports, by the name the command line and the pack manager use. */
export const IMPORT_FORMATS = [
  'borderlines',
  'gift',
  'csv',
  'anki',
  'quizlet',
  'kahoot',
  'moodle-xml',
] as const;

/** One importable format. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Human names of the formats, for menus and messages. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  borderlines: 'Borderlines pack (JSON)',
  gift: 'GIFT (Moodle)',
  csv: 'CSV or TSV with a header row',
  anki: 'Anki notes in plain text',
  quizlet: 'Quizlet export',
  kahoot: 'Kahoot quiz spreadsheet',
  'moodle-xml': 'Moodle XML',
};

/** True for the bytes of a zip file (an .xlsx is one). */
function isZip(input: string | Uint8Array): boolean {
  return typeof input !== 'string' && input[0] === 0x50 && input[1] === 0x4b;
}

/** Decodes bytes as UTF-8 text, without a byte-order mark. */
function asText(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  return text.replace(/^\uFEFF/, '');
}

/**
 * Guesses the format from the file name, then from the content: a JSON object is a Borderlines pack,
 * `<quiz` is Moodle XML, a zip is a Kahoot spreadsheet, `#separator:` or `#html:` headers are Anki,
 * braces with `=` or `~` are GIFT, a Kahoot header row is Kahoot CSV, a tab-separated two-column text
 * without a header is Quizlet, anything else delimited is CSV.
 */
export function detectFormat(file: string, input: string | Uint8Array): ImportFormat {
  const name = file.toLowerCase();
  if (isZip(input) || name.endsWith('.xlsx')) return 'kahoot';
  if (name.endsWith('.gift')) return 'gift';
  if (name.endsWith('.xml')) return 'moodle-xml';
  const text = asText(input).slice(0, 20_000);
  const start = text.trimStart();
  if (name.endsWith('.json') || start.startsWith('{')) return 'borderlines';
  if (start.startsWith('<?xml') || start.startsWith('<quiz')) return 'moodle-xml';
  if (/^#(separator|html|tags|deck|notetype|columns|guid)[^:\n]*:/im.test(start) || /^tags:/i.test(start))
    return 'anki';
  if (/\{[^}]*(^|[\s}])[=~#][^}]*\}/m.test(text) || /^(::|\$CATEGORY:)/m.test(start)) return 'gift';
  if (/question\s*-\s*max\s*120\s*characters/i.test(text)) return 'kahoot';
  const lines = start.split(/\r?\n/).filter((line) => line.trim() !== '');
  const firstLine = lines[0] ?? '';
  const looksLikeHeader = /\b(question|prompt|front|answer|back|term|definition)\b/i.test(firstLine);
  if (!looksLikeHeader && lines.length > 0 && lines.every((line) => line.split('\t').length === 2))
    return 'quizlet';
  return 'csv';
}

/** The importer for each non-JSON format. */
const IMPORTERS: Record<Exclude<ImportFormat, 'borderlines'>, Importer> = {
  gift: importGift,
  csv: importCsv,
  anki: importAnki,
  quizlet: (input, options) => importQuizlet(input, options),
  kahoot: (input, options) =>
    isZip(input) ? importKahootXlsx(input, options) : importKahootCsv(asText(input), options),
  'moodle-xml': importMoodleXml,
};

/** What an import produced: a pack ready to install (when any question survived) and every problem. */
export interface PackImport {
  /** The format used. */
  format: ImportFormat;
  /** The pack, or null when nothing could be imported. */
  pack: Pack | null;
  /** Errors and warnings, each located. */
  problems: ImportProblem[];
}

/**
 * Imports a file of any supported format into a pack: Borderlines JSON is validated as it is; other
 * formats go through their importer and are wrapped with {@link assemblePack}. Never throws.
 */
export function importAny(
  input: string | Uint8Array,
  details: PackDetails,
  format: ImportFormat = detectFormat(details.file, input),
): PackImport {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    const message = `the file is ${(size / 1_048_576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1_048_576} MB`;
    return { format, pack: null, problems: [{ file: details.file, path: '', message, severity: 'error' }] };
  }
  if (format === 'borderlines') {
    const parsed = parsePack(asText(input), details.file);
    if (!parsed.ok)
      return { format, pack: null, problems: parsed.problems.map((p) => ({ ...p, severity: 'error' })) };
    const problems: ImportProblem[] = [
      ...parsed.value.problems.map((p): ImportProblem => ({ ...p, severity: 'error' })),
      ...parsed.value.notices.map((p): ImportProblem => ({ ...p, severity: 'warning' })),
    ];
    return { format, pack: parsed.value.pack.questions.length > 0 ? parsed.value.pack : null, problems };
  }
  try {
    const imported = IMPORTERS[format](input, { file: details.file });
    const pack = imported.questions.length > 0 ? assemblePack(imported, details) : null;
    const problems = [...imported.problems];
    if (!pack && !problems.some((problem) => problem.severity === 'error'))
      problems.push({
        file: details.file,
        path: '',
        message: `no questions were found in this ${FORMAT_NAMES[format]} file`,
        severity: 'error',
      });
    return { format, pack, problems };
  } catch (error) {
    return {
      format,
      pack: null,
      problems: [
        {
          file: details.file,
          path: '',
          message: `the file could not be read: ${String(error)}`,
          severity: 'error',
        },
      ],
    };
  }
}
