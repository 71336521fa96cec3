import type { Pack, Question } from '../model/pack';
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

/**
 * An importer that can do its slowest work (unpacking an archive) in slices, awaiting `pause` between them
 * so that the page stays responsive; the outcome is the same as its plain {@link Importer}'s.
 */
export type SlicedImporter = (
  input: string | Uint8Array,
  options: ImportOptions,
  pause: () => Promise<void>,
) => Promise<ImportedQuestions>;

/** The start of a file: all a format looks at to recognise its own content. */
export interface FileHead {
  /** The file name, lower-cased. */
  name: string;
  /** The first {@link SNIFF_CHARS} characters of the decoded text, without a byte-order mark. */
  text: string;
  /** The first bytes, when the input came as bytes (a zip's signature, say). */
  bytes?: Uint8Array;
}

/** How much of a file's text a format's sniff sees. */
export const SNIFF_CHARS = 20_000;

/** What every format tells the registry: its names, its file name endings and how to recognise it. */
interface FormatInfo<Id extends string> {
  /** The name the command line and the pack manager's menu use, e.g. `moodle-xml`. */
  id: Id;
  /** The name people read, for menus and messages. */
  name: string;
  /** File name endings, with the dot (`.gift`); an ending only one format lists decides the format alone. */
  extensions: readonly string[];
  /** True when the start of a file looks like this format (formats are asked in registry order). */
  sniff(head: FileHead): boolean;
}

/** A format whose files hold questions, which the router wraps into a pack. */
export interface QuestionFormat<Id extends string = string> extends FormatInfo<Id> {
  /** Says that {@link read} gives questions. */
  kind: 'questions';
  /** The importer. */
  read: Importer;
  /** The same importer working in slices, for formats with slow work to spread out (zip archives). */
  readInSlices?: SlicedImporter;
}

/** What reading a whole pack gave: the pack (when it has questions) and every problem. */
export interface PackReading {
  /** The pack, or null when nothing could be imported. */
  pack: Pack | null;
  /** Errors and warnings, each located. */
  problems: ImportProblem[];
}

/** A format whose files are whole packs already (the game's own JSON), read as they are. */
export interface PackFormat<Id extends string = string> extends FormatInfo<Id> {
  /** Says that {@link read} gives a pack. */
  kind: 'pack';
  /** Reads and validates a pack file; never throws. */
  read(input: string | Uint8Array, file: string): PackReading;
}

/** One row of the format registry: a question format or a pack format. */
export type FormatDefinition<Id extends string = string> = QuestionFormat<Id> | PackFormat<Id>;
