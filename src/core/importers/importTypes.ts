import type { Question } from '../model/pack';
import type { Problem } from '../problems';

/** How bad an import problem is: an error drops the item; a warning keeps it, changed or partly read. */
export type Severity = 'error' | 'warning';

/** A problem found while importing, located by line (text formats) or row (tables, as `line`). */
export interface ImportProblem extends Problem {
  /** Whether the item was dropped (error) or kept (warning). */
  severity: Severity;
}

/** The questions an importer found, and every problem on the way. One bad item never loses the rest. */
export interface ImportedQuestions {
  /** Questions valid under the pack schema, citing the source id given in the options. */
  questions: Question[];
  /** Errors (items dropped) and warnings (items kept but changed), each with a location. */
  problems: ImportProblem[];
  /** A title the file itself gives (an Anki deck name, a Kahoot title, a GIFT category), if any. */
  title?: string;
}

/** What every importer is told about the input. */
export interface ImportOptions {
  /** The file name as the user knows it, used in problems. */
  file: string;
  /** Prefix for generated question ids (lowercase letters, digits, '-'); defaults to one made from `file`. */
  idPrefix?: string;
  /** The source id every imported question cites; defaults to {@link IMPORT_SOURCE_ID}. */
  sourceId?: string;
}

/** The source id imported questions cite unless told otherwise. */
export const IMPORT_SOURCE_ID = 'imported';

/** Most questions one import may hold, so a huge or hostile file cannot freeze the page. */
export const MAX_IMPORT_QUESTIONS = 10_000;

/** Largest input an importer reads, in bytes (text or a zip before unpacking). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** An importer: text (or bytes, for zip-based formats) in, questions and problems out; it never throws. */
export type Importer = (input: string | Uint8Array, options: ImportOptions) => ImportedQuestions;
