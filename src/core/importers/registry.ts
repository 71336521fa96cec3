/**
 * The format registry: every format the game imports, in the order detection asks them. The format
 * detector, the pack manager's menu and file picker, and the command line all read it, so a new format is
 * one file in `formats/` plus one row here.
 */
import type { FormatDefinition } from './importTypes';
import { ankiFormat } from './formats/anki';
import { borderlinesFormat } from './formats/borderlines';
import { csvFormat } from './formats/csv';
import { giftFormat } from './formats/gift';
import { kahootFormat } from './formats/kahoot';
import { moodleXmlFormat } from './formats/moodleXml';
import { quizletFormat } from './formats/quizlet';

/**
 * Every format, in the order their sniffs are asked (the most particular first; CSV, which takes any
 * delimited text, last). Menus list them in this order too.
 */
export const FORMATS = [
  borderlinesFormat,
  moodleXmlFormat,
  kahootFormat,
  ankiFormat,
  giftFormat,
  quizletFormat,
  csvFormat,
] as const;

/** One importable format, by the name the command line and the pack manager use. */
export type ImportFormat = (typeof FORMATS)[number]['id'];

/** The ids of every format, in registry order. */
export const IMPORT_FORMATS: readonly ImportFormat[] = FORMATS.map((format) => format.id);

/** The format to fall back on when no other one recognises a file. */
export const FALLBACK_FORMAT: ImportFormat = csvFormat.id;

/** True when `value` names a format (for input from the command line or a menu). */
export function isImportFormat(value: string): value is ImportFormat {
  return FORMATS.some((format) => format.id === value);
}

/** The registry row of a format. */
export function formatOf(id: ImportFormat): FormatDefinition<ImportFormat> {
  const found = FORMATS.find((format) => format.id === id);
  if (!found) throw new Error(`"${id}" is not in the format registry`);
  return found;
}

/** Every file name ending some format reads, once each, as the `accept` list of a file picker. */
export const ACCEPTED_EXTENSIONS: readonly string[] = [
  ...new Set(FORMATS.flatMap((format) => format.extensions)),
];
