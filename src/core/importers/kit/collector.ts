/**
 * The collector every importer fills: it hands out question ids, records problems with their place, checks
 * every question with {@link questionProblem} before keeping it, and applies the question cap, so that all
 * formats behave alike and an importer can only ever hand back valid questions.
 */
import { errorMessage } from '../../errors';
import type { Question } from '../../model/pack';
import { slugify } from '../../slug';
import {
  IMPORT_SOURCE_ID,
  MAX_IMPORT_QUESTIONS,
  type ImportOptions,
  type ImportProblem,
  type ImportedQuestions,
  type Severity,
} from '../importTypes';
import { questionProblem } from './questionProblem';
import { idPrefixFrom } from './text';

/** Difficulty given to imported questions that do not state one: the middle of the 1-3 scale. */
export const DEFAULT_IMPORT_DIFFICULTY = 2;

/** Longest id prefix taken from the options or a file name. */
const MAX_PREFIX = 40;

/** Where a problem is: a line (text) or spreadsheet row, a line and column, or nowhere in particular. */
export type ProblemPlace = number | { line: number; column: number } | undefined;

/** A 32-bit FNV-1a hash in base 36: short, stable ids from text. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A lowercase keyword from a tag as written (Anki's `A::B` hierarchy becomes `a-b`); empty if none is left. */
export function slugTag(tag: string): string {
  return tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slugged tags without blanks or repeats, in first-seen order. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(slugTag).filter((tag) => tag !== ''))];
}

/** The fields every imported question starts with. */
export type ImportedBase = Pick<Question, 'id' | 'prompt' | 'source' | 'difficulty' | 'tags'>;

/** A warning repeated on many items, said once with the count and the first place it happened. */
interface Tally {
  count: number;
  place: ProblemPlace;
  path: string;
  message: (count: number) => string;
}

/**
 * Gathers an import's questions and problems. It hands out ids (`<prefix>-<name>` when the file names the
 * item, else `<prefix>-<hash of a stable key>`, so that re-importing an edited file keeps the ids, and so the
 * learner's progress, of unchanged questions), checks every question with {@link questionProblem} before
 * keeping it, folds repeated warnings into one, and stops taking questions at {@link MAX_IMPORT_QUESTIONS}
 * with one warning. An importer asks for a question's {@link base} and then {@link add}s it, one question at
 * a time; an id is taken only when its question is kept.
 */
export class ImportCollector {
  private readonly questions: Question[] = [];
  private readonly problems: ImportProblem[] = [];
  private readonly ids = new Set<string>();
  /** For each id stem, the repeat number below which every `<stem>-<n>` is taken (ids are never freed). */
  private readonly nextRepeat = new Map<string, number>();
  private readonly tallies = new Map<string, Tally>();
  private readonly prefix: string;
  private readonly source: string;

  /** Starts an import of the file named in `options`. */
  constructor(private readonly options: ImportOptions) {
    this.prefix = slugify(options.idPrefix ?? '', { max: MAX_PREFIX }) || idPrefixFrom(options.file);
    this.source = options.sourceId ?? IMPORT_SOURCE_ID;
  }

  /** True once the question cap is reached; importers stop reading then. */
  get full(): boolean {
    return this.questions.length >= MAX_IMPORT_QUESTIONS;
  }

  /** Records a problem at a place, with a path such as `row 7, column "answer"` or `question[3]`. */
  report(severity: Severity, place: ProblemPlace, path: string, message: string): void {
    this.problems.push({
      severity,
      file: this.options.file,
      ...(typeof place === 'number' ? { line: place } : (place ?? {})),
      path,
      message,
    });
  }

  /** True once any error has been recorded. */
  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  /** Records an error about the whole file (nothing could be read). */
  fileError(message: string): void {
    this.report('error', undefined, '', message);
  }

  /** Counts one more case of a warning that is reported once, at its first place, with the final count. */
  tally(kind: string, place: ProblemPlace, path: string, message: (count: number) => string): void {
    const tally = this.tallies.get(kind);
    if (tally) tally.count += 1;
    else this.tallies.set(kind, { count: 1, place, path, message });
  }

  /**
   * Counts one more question left out because the cap is reached; said once, at the first one left out.
   * Importers call it for items they skip unread once {@link full}; {@link add} calls it itself.
   */
  overCap(place: ProblemPlace, path: string): void {
    this.tally(
      'cap',
      place,
      path,
      (count) =>
        `only the first ${MAX_IMPORT_QUESTIONS} questions are imported; ${count} more were left out from here on`,
    );
  }

  /**
   * The id of the next question: `<prefix>-<name>` when the file gives the item a usable name (an id
   * column, a GIFT or Moodle title), else `<prefix>-<hash of key>`, where the key identifies the item in its
   * file (its prompt, an Anki guid). A repeat gets `-2`, `-3`, … after it.
   */
  private nextId(key: string, name?: string): string {
    const slug = name === undefined ? '' : slugify(name);
    const stem = `${this.prefix}-${slug || hashText(key)}`;
    let n = this.nextRepeat.get(stem) ?? 1;
    const idOf = (repeat: number) => (repeat === 1 ? stem : `${stem}-${repeat}`);
    while (this.ids.has(idOf(n))) n += 1;
    this.nextRepeat.set(stem, n);
    return idOf(n);
  }

  /** The common fields of a new question, with its id (see `nextId`) and the default difficulty. */
  base(key: string, prompt: string, name?: string): ImportedBase {
    return {
      id: this.nextId(key, name),
      prompt,
      source: this.source,
      difficulty: DEFAULT_IMPORT_DIFFICULTY,
      tags: [],
    };
  }

  /** Keeps `question` if the pack validator would accept it; otherwise reports an error. True if kept. */
  add(question: Question, place: ProblemPlace, path: string): boolean {
    if (this.full) {
      this.overCap(place, path);
      return false;
    }
    const problem = questionProblem(question);
    if (problem !== undefined) {
      this.report('error', place, path, `this item does not make a valid question: ${problem}`);
      return false;
    }
    this.ids.add(question.id);
    this.questions.push(question);
    return true;
  }

  /** The import's result, with each tallied warning added once. */
  finish(title?: string): ImportedQuestions {
    for (const tally of this.tallies.values())
      this.report('warning', tally.place, tally.path, tally.message(tally.count));
    const clean = title?.trim();
    return { questions: this.questions, problems: this.problems, ...(clean ? { title: clean } : {}) };
  }
}

/**
 * Runs an importer body so that an unexpected exception becomes a file error rather than escaping. The
 * body returns the import's title, if the file gives one.
 */
export function guarded(
  options: ImportOptions,
  body: (collector: ImportCollector) => string | undefined,
): ImportedQuestions {
  const collector = new ImportCollector(options);
  try {
    return collector.finish(body(collector));
  } catch (error) {
    collector.fileError(`the file could not be read: ${errorMessage(error)}`);
    return collector.finish();
  }
}
