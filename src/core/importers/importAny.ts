/** The router of the importers: any supported file in, a pack ready to install (or the reasons why not) out. */
import type { Pack } from '../model/pack';
import { errorMessage } from '../errors';
import { type PackDetails, assemblePack } from './assemblePack';
import { detectFormat } from './detectFormat';
import { sizeProblem } from './kit/decode';
import type { ImportProblem, ImportedQuestions } from './importTypes';
import { type ImportFormat, formatOf } from './registry';

/** What an import produced: a pack ready to install (when any question survived) and every problem. */
export interface PackImport {
  /** The format used. */
  format: ImportFormat;
  /** The pack, or null when nothing could be imported. */
  pack: Pack | null;
  /** Errors and warnings, each located. */
  problems: ImportProblem[];
}

/** An import that failed as a whole, with one error about the file. */
function failed(format: ImportFormat, file: string, message: string): PackImport {
  return { format, pack: null, problems: [{ file, path: '', message, severity: 'error' }] };
}

/** Wraps what a question format's importer found into a pack (when any question survived). */
function packOf(
  format: ImportFormat,
  formatName: string,
  imported: ImportedQuestions,
  details: PackDetails,
): PackImport {
  const pack = imported.questions.length > 0 ? assemblePack(imported, details) : null;
  const problems = [...imported.problems];
  if (!pack && !problems.some((problem) => problem.severity === 'error'))
    problems.push({
      file: details.file,
      path: '',
      message: `no questions were found in this ${formatName} file`,
      severity: 'error',
    });
  return { format, pack, problems };
}

/**
 * Imports a file of any supported format into a pack: a pack format (Borderlines JSON) is validated as it
 * is; a question format goes through its importer and is wrapped with {@link assemblePack}. The format is
 * detected with {@link detectFormat} unless given. Never throws.
 */
export function importAny(
  input: string | Uint8Array,
  details: PackDetails,
  format: ImportFormat = detectFormat(details.file, input),
): PackImport {
  const tooLarge = sizeProblem(input);
  if (tooLarge !== undefined) return failed(format, details.file, tooLarge);
  const definition = formatOf(format);
  try {
    if (definition.kind === 'pack') return { format, ...definition.read(input, details.file) };
    return packOf(format, definition.name, definition.read(input, { file: details.file }), details);
  } catch (error) {
    return failed(format, details.file, `the file could not be read: ${errorMessage(error)}`);
  }
}

/**
 * {@link importAny} for the page: a format with slow work (a zip archive to unpack) does it in slices,
 * awaiting `pause` between them, so that a large or hostile file never freezes the page. Same outcome as
 * {@link importAny}; never rejects.
 */
export async function importAnyInSlices(
  input: string | Uint8Array,
  details: PackDetails,
  pause: () => Promise<void>,
  format: ImportFormat = detectFormat(details.file, input),
): Promise<PackImport> {
  const definition = formatOf(format);
  if (definition.kind === 'pack' || !definition.readInSlices || sizeProblem(input) !== undefined)
    return importAny(input, details, format);
  try {
    const imported = await definition.readInSlices(input, { file: details.file }, pause);
    return packOf(format, definition.name, imported, details);
  } catch (error) {
    return failed(format, details.file, `the file could not be read: ${errorMessage(error)}`);
  }
}
