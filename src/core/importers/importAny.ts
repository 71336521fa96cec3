/** The router of the importers: any supported file in, a pack ready to install (or the reasons why not) out. */
import type { Pack } from '../model/pack';
import { errorMessage } from '../errors';
import { type PackDetails, assemblePack } from './assemblePack';
import { detectFormat } from './detectFormat';
import { sizeProblem } from './kit/decode';
import type { ImportProblem } from './importTypes';
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
    const imported = definition.read(input, { file: details.file });
    const pack = imported.questions.length > 0 ? assemblePack(imported, details) : null;
    const problems = [...imported.problems];
    if (!pack && !problems.some((problem) => problem.severity === 'error'))
      problems.push({
        file: details.file,
        path: '',
        message: `no questions were found in this ${definition.name} file`,
        severity: 'error',
      });
    return { format, pack, problems };
  } catch (error) {
    return failed(format, details.file, `the file could not be read: ${errorMessage(error)}`);
  }
}
