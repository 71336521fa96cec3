/**
 * Importers for delimited text: a generic CSV/TSV with a header row, Anki's "Notes in Plain Text" export and
 * Quizlet's text export. The pieces the Kahoot importer shares live here too: decoding the input, reading
 * papaparse records together with the line each starts on, and the collector that checks every question
 * against the pack schema before keeping it, so an importer can only ever hand back valid questions.
 */
import { strFromU8 } from 'fflate';
import Papa from 'papaparse';
import * as v from 'valibot';
import type { ClozeQuestion, Question, TypedQuestion, Unit } from '../model/pack';
import { UNITS } from '../model/pack';
import { kindOf } from '../questions/registry';
import { parseCloze } from '../quiz/cloze';
import {
  IMPORT_SOURCE_ID,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_QUESTIONS,
  type ImportOptions,
  type ImportProblem,
  type ImportedQuestions,
  type Importer,
  type Severity,
} from './importTypes';
import { htmlToText, idPrefixFrom } from './importText';

// ---------------------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------------------

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

/**
 * Turns an importer's input into clean text: checks the size cap, decodes bytes (UTF-8; UTF-16 with a
 * byte-order mark; otherwise Windows-1252 with a warning, as Excel writes it), strips the BOM, turns CRLF and
 * lone CR into LF and normalises to NFC. Returns undefined after reporting an error when nothing can be read.
 */
export function decodeTextInput(input: string | Uint8Array, collector: ImportCollector): string | undefined {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    collector.fileError(
      `the file is ${(size / 1048576).toFixed(1)} MB; imports are limited to ${MAX_IMPORT_BYTES / 1048576} MB`,
    );
    return undefined;
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input[0] === 0xff && input[1] === 0xfe) text = decodeUtf16(input, true);
  else if (input[0] === 0xfe && input[1] === 0xff) text = decodeUtf16(input, false);
  else {
    const bad = firstInvalidUtf8(input);
    if (bad === -1) text = strFromU8(input);
    else {
      text = decodeCp1252(input);
      collector.report(
        'warning',
        lineOfByte(input, bad),
        '',
        'the file is not UTF-8; it was read as Windows-1252 (Excel’s usual encoding): check accented letters, or save it again as "CSV UTF-8"',
      );
    }
  }
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

// ---------------------------------------------------------------------------------------------------------
// Records with line numbers
// ---------------------------------------------------------------------------------------------------------

/** One record of delimited text, located in the file. */
export interface DelimitedRow {
  /** The record's fields, unquoted. */
  fields: string[];
  /** 1-based line the record starts on (a quoted field may carry it over several lines). */
  line: number;
  /** 1-based record number, as a spreadsheet numbers its rows (comment lines are not counted). */
  record: number;
  /** Set when the record's quotes are broken: never closed, or closed in the middle of a field. */
  quoteProblem?: 'unclosed' | 'malformed';
}

/** Counts lines up to offsets that only ever grow, so locating every record stays linear. */
function lineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    const end = Math.min(offset, text.length);
    for (; position < end; position++) if (text.charCodeAt(position) === 10) line += 1;
    return line;
  };
}

/**
 * Reads delimited text (LF line ends, as {@link decodeTextInput} leaves it) with papaparse: RFC 4180 quotes,
 * separators and line breaks inside quoted fields, `""` for a quote. Each record keeps the line it starts on,
 * found from papaparse's cursor (the offset just past a record) and the comment lines skipped after it.
 *
 * @param delimiter - the field separator
 * @param comments - treat lines starting with `#` as comments (outside quoted fields), as Anki does
 */
export function readDelimitedRows(text: string, delimiter: string, comments = false): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  const lineOf = lineCounter(text);
  let end = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    comments: comments && delimiter !== '#' ? '#' : false,
    skipEmptyLines: false,
    step: (results) => {
      let start = end;
      while (comments && text.startsWith('#', start)) {
        const next = text.indexOf('\n', start);
        start = next === -1 ? text.length : next + 1;
      }
      const codes = results.errors.map((error) => error.code);
      const quoteProblem = codes.includes('MissingQuotes')
        ? 'unclosed'
        : codes.includes('InvalidQuotes')
          ? 'malformed'
          : undefined;
      rows.push({
        fields: results.data,
        line: lineOf(start),
        record: rows.length + 1,
        ...(quoteProblem ? { quoteProblem } : {}),
      });
      end = results.meta.cursor;
    },
  });
  return rows;
}

/** True when every field of a record is blank. */
export function isBlankRow(row: DelimitedRow): boolean {
  return row.fields.every((field) => field.trim() === '');
}

/** Counts occurrences of `needle` in a line, outside double-quoted stretches. */
function countOutsideQuotes(line: string, needle: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && line.startsWith(needle, i)) count += 1;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------
// The collector: ids, problems and the final check of every question
// ---------------------------------------------------------------------------------------------------------

/** Difficulty given to imported questions that do not state one: the middle of the 1-3 scale. */
export const DEFAULT_IMPORT_DIFFICULTY = 2;

/** Lower-cased, trimmed form used to spot repeated choices or answers (as the pack validator does). */
function sameKey(text: string): string {
  return text.trim().toLowerCase();
}

/** The first text that repeats an earlier one (same key), if any. */
function firstRepeat(texts: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const text of texts) {
    const key = sameKey(text);
    if (seen.has(key)) return text;
    seen.add(key);
  }
  return undefined;
}

/**
 * Why a built question would not pass the pack validator, or undefined when it would: the schema of its type
 * plus the cross-field rules `parsePack` applies (correct-choice counts, repeats, a usable cloze text).
 */
export function questionProblem(question: Question): string | undefined {
  const checked = v.safeParse(kindOf(question.type).schema, question);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = (issue?.path ?? []).map((item) => String(item.key)).join('.');
    return path ? `${path}: ${issue?.message}` : (issue?.message ?? 'invalid question');
  }
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const correct = question.choices.filter((choice) => choice.correct === true).length;
      if (question.type === 'single' && correct !== 1)
        return `a single-choice question needs exactly one correct choice, found ${correct}`;
      if (correct === 0) return 'a multiple-response question needs at least one correct choice';
      const repeat = firstRepeat(question.choices.map((choice) => choice.text));
      return repeat === undefined ? undefined : `choice "${repeat}" appears twice`;
    }
    case 'typed': {
      const repeat = firstRepeat([question.answer, ...(question.accept ?? [])]);
      return repeat === undefined ? undefined : `answer "${repeat}" appears twice`;
    }
    case 'cloze': {
      const cloze = parseCloze(question.text);
      return cloze.ok ? undefined : `the cloze text ${cloze.error}`;
    }
    default:
      return undefined;
  }
}

/** A 32-bit FNV-1a hash in base 36: short, stable ids from text. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A usable id prefix: the one given when it is valid, else one made from the file name. */
function cleanPrefix(options: ImportOptions): string {
  const given = options.idPrefix
    ?.toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return given || idPrefixFrom(options.file);
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
  line: number | undefined;
  path: string;
  message: (count: number) => string;
}

/**
 * Gathers an import's questions and problems. It hands out ids (`<prefix>-<hash of a stable key>`, so that
 * re-importing an edited file keeps the ids, and so the learner's progress, of unchanged questions), checks
 * every question with {@link questionProblem} before keeping it, folds repeated warnings into one, and stops
 * taking questions at {@link MAX_IMPORT_QUESTIONS}.
 */
export class ImportCollector {
  private readonly questions: Question[] = [];
  private readonly problems: ImportProblem[] = [];
  private readonly ids = new Set<string>();
  private readonly tallies = new Map<string, Tally>();
  private readonly prefix: string;
  private readonly source: string;

  /** Starts an import of the file named in `options`. */
  constructor(private readonly options: ImportOptions) {
    this.prefix = cleanPrefix(options);
    this.source = options.sourceId ?? IMPORT_SOURCE_ID;
  }

  /** True once the question cap is reached; importers stop reading then. */
  get full(): boolean {
    return this.questions.length >= MAX_IMPORT_QUESTIONS;
  }

  /** Records a problem at a line (text) or spreadsheet row, with a path such as `row 7, column "answer"`. */
  report(severity: Severity, line: number | undefined, path: string, message: string): void {
    this.problems.push({
      severity,
      file: this.options.file,
      ...(line !== undefined ? { line } : {}),
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
  tally(kind: string, line: number | undefined, path: string, message: (count: number) => string): void {
    const tally = this.tallies.get(kind);
    if (tally) tally.count += 1;
    else this.tallies.set(kind, { count: 1, line, path, message });
  }

  /**
   * A fresh id: `<prefix>-<name>` when the file gives the item a usable name (an id column), else
   * `<prefix>-<hash of key>`, where the key identifies the item in its file (its prompt, an Anki guid).
   */
  private nextId(key: string, name?: string): string {
    const slug = name
      ?.toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-._]+|-+$/g, '');
    const stem = `${this.prefix}-${slug || hashText(key)}`;
    let id = stem;
    for (let n = 2; this.ids.has(id); n++) id = `${stem}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** The common fields of a new question, with a fresh id (see `nextId`) and the default difficulty. */
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
  add(question: Question, line: number | undefined, path: string): boolean {
    if (this.full) {
      this.tally(
        'cap',
        line,
        path,
        (count) =>
          `only the first ${MAX_IMPORT_QUESTIONS} questions are imported; ${count} more were left out from here on`,
      );
      return false;
    }
    const problem = questionProblem(question);
    if (problem !== undefined) {
      this.report('error', line, path, `this item does not make a valid question: ${problem}`);
      return false;
    }
    this.questions.push(question);
    return true;
  }

  /** The import's result, with each tallied warning added once. */
  finish(title?: string): ImportedQuestions {
    for (const tally of this.tallies.values())
      this.report('warning', tally.line, tally.path, tally.message(tally.count));
    const clean = title?.trim();
    return { questions: this.questions, problems: this.problems, ...(clean ? { title: clean } : {}) };
  }
}

/** Runs an importer body so that an unexpected exception becomes a file error rather than escaping. */
export function guarded(
  options: ImportOptions,
  body: (collector: ImportCollector) => string | undefined,
): ImportedQuestions {
  const collector = new ImportCollector(options);
  try {
    return collector.finish(body(collector));
  } catch (error) {
    collector.fileError(
      `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return collector.finish();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Flashcards (Anki and Quizlet)
// ---------------------------------------------------------------------------------------------------------

/** Longest back (one line) that is still a sensible answer to type. */
export const SHORT_BACK_CHARS = 60;

/** One flashcard read from a file. */
interface CardInput {
  front: string;
  back: string;
  key: string;
  line: number;
  path: string;
  tags: string[];
  explanation?: string;
}

/**
 * Adds a flashcard as a `typed` question that keeps the card (front and back) for flashcard study. A short,
 * one-line back is the typed answer as it is. A long back (over {@link SHORT_BACK_CHARS} characters or several
 * lines) is kept the same way with typos allowed, so it can still be quizzed, but mainly serves as a card; one
 * warning says how many there are.
 */
function addFlashcard(collector: ImportCollector, card: CardInput): void {
  const short = card.back.length <= SHORT_BACK_CHARS && !card.back.includes('\n');
  if (!short) {
    collector.tally(
      'long-back',
      card.line,
      card.path,
      (count) =>
        `${count} card${count === 1 ? ' has a long back' : 's have long backs'} (over ${SHORT_BACK_CHARS} characters or several lines): kept as typed questions with typos allowed, best studied as flashcards`,
    );
  }
  const question: TypedQuestion = {
    ...collector.base(card.key, card.front),
    type: 'typed',
    answer: card.back,
    ...(short ? {} : { typos: true }),
    tags: card.tags,
    ...(card.explanation ? { explanation: card.explanation } : {}),
    card: { front: card.front, back: card.back },
  };
  collector.add(question, card.line, card.path);
}

// ---------------------------------------------------------------------------------------------------------
// Cloze deletions in Anki's syntax
// ---------------------------------------------------------------------------------------------------------

/** One Anki cloze deletion `{{cN::answer::hint}}`. */
interface Deletion {
  card: number;
  answer: string;
  hint?: string;
}

/**
 * Splits a text with Anki cloze deletions into plain text and deletions. Fails on a deletion that is not
 * closed, an empty one, or a deletion inside another (nested clozes have no equivalent in our gaps).
 */
function parseAnkiCloze(
  text: string,
): { ok: true; parts: (string | Deletion)[] } | { ok: false; error: string } {
  const parts: (string | Deletion)[] = [];
  const opener = /\{\{c(\d+)::/g;
  let from = 0;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const contentStart = match.index + match[0].length;
    let i = contentStart;
    for (; i < text.length; i++) {
      if (text.startsWith('{{', i)) return { ok: false, error: 'has a cloze deletion inside another one' };
      if (text.startsWith('}}', i)) break;
    }
    if (i >= text.length) return { ok: false, error: `has "{{c${match[1]}::" without a closing "}}"` };
    const content = text.slice(contentStart, i);
    const split = content.indexOf('::');
    const answer = (split === -1 ? content : content.slice(0, split)).trim();
    const hint = split === -1 ? '' : content.slice(split + 2).trim();
    if (answer === '') return { ok: false, error: `has an empty cloze deletion "${match[0]}…}}"` };
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ card: Number(match[1]), answer, ...(hint ? { hint } : {}) });
    from = i + 2;
    opener.lastIndex = from;
  }
  if (from < text.length) parts.push(text.slice(from));
  return { ok: true, parts };
}

/** True when a text holds at least one Anki cloze deletion. */
function hasAnkiCloze(text: string): boolean {
  return /\{\{c\d+::/.test(text);
}

/** One cloze question made from an Anki cloze note: the card number, our gap text and the prompt. */
interface ClozeCard {
  card: number;
  text: string;
  prompt: string;
}

/**
 * Turns Anki cloze text into our cloze questions. `perCard` follows Anki (one question per `cN` number, whose
 * deletions become gaps while the other numbers' answers are shown as text); otherwise every deletion is a
 * gap of a single question. Hints have no place in a gap, so they go into the prompt.
 */
function clozeCards(parts: readonly (string | Deletion)[], perCard: boolean): ClozeCard[] {
  const numbers = perCard
    ? [...new Set(parts.flatMap((part) => (typeof part === 'string' ? [] : [part.card])))].sort(
        (a, b) => a - b,
      )
    : [0];
  return numbers.map((card) => {
    const asked = (part: Deletion) => !perCard || part.card === card;
    const text = parts
      .map((part) => (typeof part === 'string' ? part : asked(part) ? `{{${part.answer}}}` : part.answer))
      .join('');
    const gaps = parts.filter((part): part is Deletion => typeof part !== 'string' && asked(part));
    const hints = gaps.flatMap((gap) => (gap.hint ? [gap.hint] : []));
    const ask = gaps.length === 1 ? 'Fill in the gap.' : 'Fill in the gaps.';
    const prompt =
      hints.length === 0 ? ask : `${ask} Hint${hints.length === 1 ? '' : 's'}: ${hints.join('; ')}`;
    return { card, text, prompt };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Generic CSV
// ---------------------------------------------------------------------------------------------------------

/** What a generic CSV column holds. */
type Role =
  | 'prompt'
  | 'answer'
  | 'type'
  | 'choice'
  | 'distractor'
  | 'accept'
  | 'explanation'
  | 'tags'
  | 'region'
  | 'difficulty'
  | 'unit'
  | 'tolerance'
  | 'id';

/** Header names (lower case, letters and digits only) for the roles that have one column. */
const ROLE_NAMES: Record<Exclude<Role, 'choice' | 'distractor'>, readonly string[]> = {
  prompt: ['question', 'questiontext', 'prompt', 'front', 'term', 'q', 'stem'],
  answer: [
    'answer',
    'answers',
    'back',
    'correct',
    'correctanswer',
    'correctanswers',
    'definition',
    'a',
    'solution',
  ],
  type: ['type', 'questiontype', 'kind', 'qtype'],
  accept: [
    'accept',
    'accepted',
    'acceptedanswers',
    'alsoaccept',
    'alternatives',
    'alternative',
    'alt',
    'synonyms',
  ],
  explanation: ['explanation', 'feedback', 'generalfeedback', 'rationale', 'explain'],
  tags: ['tags', 'tag', 'keywords', 'topic', 'topics', 'category'],
  region: ['region'],
  difficulty: ['difficulty', 'level'],
  unit: ['unit', 'units'],
  tolerance: ['tolerance', 'margin'],
  id: ['id', 'questionid'],
};

/** A CSV column: where it is, what it holds, and whether one cell lists several values (`a|b`). */
interface Column {
  index: number;
  label: string;
  role: Role;
  list: boolean;
}

/** A header reduced to lower-case letters and digits: `Choice 1` → `choice1`, `Correct-Answer` → `correctanswer`. */
function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The role of a header, if we know it. */
function roleOf(header: string): { role: Role; list: boolean } | undefined {
  const key = headerKey(header);
  for (const [role, names] of Object.entries(ROLE_NAMES)) {
    if (names.includes(key)) return { role: role as Role, list: false };
  }
  if (/^(choice|option|opt|answer)([1-9]|[a-i])$/.test(key)) return { role: 'choice', list: false };
  if (key === 'choices' || key === 'options') return { role: 'choice', list: true };
  if (/^(wrong|wronganswer|distractor|incorrect|incorrectanswer)[1-9]$/.test(key))
    return { role: 'distractor', list: false };
  if (/^(wrong|wronganswers|distractors|incorrect|incorrectanswers)$/.test(key))
    return { role: 'distractor', list: true };
  return undefined;
}

/** Question types a CSV row can ask for; `choice` means single or multiple, decided by the answers. */
type CsvType = 'single' | 'multiple' | 'choice' | 'truefalse' | 'typed' | 'numeric' | 'year' | 'cloze';

const TYPE_NAMES: Record<string, CsvType> = {
  single: 'single',
  singlechoice: 'single',
  singleanswer: 'single',
  multiple: 'multiple',
  multipleresponse: 'multiple',
  multipleanswer: 'multiple',
  multipleanswers: 'multiple',
  multiselect: 'multiple',
  multi: 'multiple',
  checkbox: 'multiple',
  checkboxes: 'multiple',
  multiplechoice: 'choice',
  mc: 'choice',
  mcq: 'choice',
  choice: 'choice',
  quiz: 'choice',
  truefalse: 'truefalse',
  tf: 'truefalse',
  boolean: 'truefalse',
  bool: 'truefalse',
  typed: 'typed',
  text: 'typed',
  short: 'typed',
  shortanswer: 'typed',
  input: 'typed',
  freetext: 'typed',
  open: 'typed',
  numeric: 'numeric',
  number: 'numeric',
  numerical: 'numeric',
  num: 'numeric',
  year: 'year',
  cloze: 'cloze',
  gaps: 'cloze',
  fillintheblank: 'cloze',
  fillintheblanks: 'cloze',
};

/** Pack types that need more than one answer column and so cannot come from a CSV row. */
const NOT_FROM_CSV = new Set(['ordering', 'matching', 'mapclick']);

/** Names of units the way people write them, mapped to the pack's units. */
const UNIT_NAMES: Record<string, Unit> = {
  $: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  km: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mi: 'miles',
  mile: 'miles',
  miles: 'miles',
  km2: 'km2',
  'km²': 'km2',
  'km^2': 'km2',
  sqkm: 'km2',
  bcm: 'bcm',
  '%': 'percent',
  percent: 'percent',
  '°c': 'celsius',
  c: 'celsius',
  celsius: 'celsius',
  people: 'people',
  persons: 'people',
  count: 'count',
};

/** The pack unit a cell names, if any. */
function parseUnit(text: string): Unit | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, '');
  const exact = UNITS.find((unit) => unit.toLowerCase() === key);
  return exact ?? UNIT_NAMES[key];
}

/**
 * A number as people type it: `-62`, `117.5`, `1e9`, `1,800` or `1 800` (thousands), with a Unicode minus.
 * A decimal comma (`3,5`) is not read, because `1,800` would then be ambiguous.
 */
function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\u2212/g, '-');
  let plain: string | undefined;
  if (/^[+-]?\d{1,3}([,\u00a0\u202f ]\d{3})+(\.\d+)?$/.test(t)) plain = t.replace(/[,\u00a0\u202f ]/g, '');
  else if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) plain = t;
  if (plain === undefined) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** A true/false answer; `strict` accepts only the words true and false (used when the type is inferred). */
function parseTruth(text: string, strict: boolean): boolean | undefined {
  const key = text.trim().toLowerCase();
  const yes = strict ? ['true'] : ['true', 't', 'yes', 'y', '1'];
  const no = strict ? ['false'] : ['false', 'f', 'no', 'n', '0'];
  return yes.includes(key) ? true : no.includes(key) ? false : undefined;
}

/** Difficulty as written (`1`-`3`, easy, medium, hard), if it is one. */
function parseDifficulty(text: string): 1 | 2 | 3 | undefined {
  const key = text.trim().toLowerCase();
  if (['1', 'easy', 'e', 'low'].includes(key)) return 1;
  if (['2', 'medium', 'm', 'normal', 'moderate'].includes(key)) return 2;
  if (['3', 'hard', 'h', 'high', 'difficult'].includes(key)) return 3;
  return undefined;
}

/** A map region id from a cell (`North China` → `north-china`), if a valid id is left. */
function parseRegion(text: string): string | undefined {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
  return /^[a-z0-9][a-z0-9._-]*$/.test(id) ? id : undefined;
}

/** The values of a list cell: `a | b | c`, blanks dropped. */
function splitList(text: string, separator: RegExp = /\|/): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Tags from a cell: split at commas, semicolons or pipes when there are any, else at spaces. */
function splitTags(text: string): string[] {
  return /[,;|]/.test(text) ? splitList(text, /[,;|]/) : splitList(text, /\s+/);
}

/** Keeps the first of each answer (ignoring case), minus any that equal `answer`. */
function uniqueAnswers(answer: string, others: readonly string[]): string[] {
  const seen = new Set([sameKey(answer)]);
  return others.filter((other) => {
    const key = sameKey(other);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Guesses the separator of a CSV from its first line: the most frequent of tab, comma, semicolon and pipe. */
function guessDelimiter(line: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of ['\t', ',', ';', '|']) {
    const count = countOutsideQuotes(line, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** A row of a generic CSV with helpers to read it by role and to report problems at its cells. */
class CsvRow {
  constructor(
    readonly row: DelimitedRow,
    private readonly columns: readonly Column[],
    private readonly collector: ImportCollector,
  ) {}

  /** The trimmed text of the first column with `role`, or '' when there is none. */
  get(role: Role): string {
    const column = this.columns.find((item) => item.role === role);
    return column ? (this.row.fields[column.index] ?? '').trim() : '';
  }

  /** Every non-blank value of the columns with `role`, splitting list columns at `|`. */
  all(role: Role): string[] {
    return this.columns
      .filter((column) => column.role === role)
      .flatMap((column) => {
        const cell = (this.row.fields[column.index] ?? '').trim();
        return column.list ? splitList(cell) : cell === '' ? [] : [cell];
      });
  }

  /** `row 7, column "answer"` for the first column with `role`, or `row 7` for the whole row. */
  path(role?: Role): string {
    const column = role ? this.columns.find((item) => item.role === role) : undefined;
    return column ? `row ${this.row.record}, column "${column.label}"` : `row ${this.row.record}`;
  }

  /** The common fields of this row's question; the id comes from the id column, else the question cell. */
  base(prompt: string): ImportedBase {
    return this.collector.base(this.get('prompt'), prompt, this.get('id') || undefined);
  }

  /** Reports a problem on this row (at the column with `role`, if given). */
  report(severity: Severity, message: string, role?: Role): void {
    this.collector.report(severity, this.row.line, this.path(role), message);
  }
}

/** The optional fields shared by every type, read from a CSV row (with warnings for unusable values). */
function csvCommon(row: CsvRow): Pick<Question, 'difficulty' | 'tags' | 'explanation' | 'region'> {
  const common: Pick<Question, 'difficulty' | 'tags' | 'explanation' | 'region'> = {
    difficulty: DEFAULT_IMPORT_DIFFICULTY,
    tags: cleanTags(splitTags(row.get('tags'))),
  };
  const difficulty = row.get('difficulty');
  if (difficulty !== '') {
    const level = parseDifficulty(difficulty);
    if (level === undefined)
      row.report(
        'warning',
        `difficulty "${difficulty}" is not 1-3 or easy/medium/hard; using 2`,
        'difficulty',
      );
    else common.difficulty = level;
  }
  const explanation = row.get('explanation');
  if (explanation !== '') common.explanation = explanation;
  const region = row.get('region');
  if (region !== '') {
    const id = parseRegion(region);
    if (id === undefined)
      row.report('warning', `region "${region}" is not a usable region id; ignored`, 'region');
    else common.region = id;
  }
  return common;
}

/** Builds the question of a choice row; undefined after reporting when it cannot. */
function csvChoiceQuestion(row: CsvRow, type: CsvType, answers: string[]): Question | undefined {
  const options = row.all('choice');
  const distractors = row.all('distractor');
  let tokens = answers;
  const findOption = (token: string): number => {
    const byText = options.findIndex((option) => sameKey(option) === sameKey(token));
    if (byText !== -1) return byText;
    if (/^[1-9]$/.test(token) && Number(token) <= options.length) return Number(token) - 1;
    if (/^[a-i]$/i.test(token)) {
      const index = token.toLowerCase().charCodeAt(0) - 97;
      if (index < options.length) return index;
    }
    return -1;
  };
  if (options.length > 0 && tokens.length === 1 && findOption(tokens[0] as string) === -1) {
    const pieces = splitList(tokens[0] as string, /[,;]/);
    if (pieces.length > 1 && pieces.every((piece) => findOption(piece) !== -1)) tokens = pieces;
  }
  const found = tokens.map(findOption);
  let choices: { text: string; correct?: boolean }[];
  if (options.length > 0 && found.some((index) => index !== -1)) {
    const missing = tokens.filter((_, i) => found[i] === -1);
    if (missing.length > 0) {
      row.report('error', `answer "${missing[0]}" is not one of the choices`, 'answer');
      return undefined;
    }
    choices = options.map((text, i) => (found.includes(i) ? { text, correct: true } : { text }));
    choices.push(...distractors.map((text) => ({ text })));
  } else {
    choices = [
      ...tokens.map((text) => ({ text, correct: true })),
      ...options.map((text) => ({ text })),
      ...distractors.map((text) => ({ text })),
    ];
  }
  const repeat = firstRepeat(choices.map((choice) => choice.text));
  if (repeat !== undefined) {
    row.report('error', `choice "${repeat}" appears twice`);
    return undefined;
  }
  if (choices.length < 2) {
    row.report('error', 'a choice question needs at least two choices');
    return undefined;
  }
  if (choices.length > 9) {
    row.report('error', `a choice question can have at most 9 choices, found ${choices.length}`);
    return undefined;
  }
  const correct = choices.filter((choice) => choice.correct).length;
  if (type === 'single' && correct > 1) {
    row.report('error', `type is single but ${correct} answers are marked correct`, 'answer');
    return undefined;
  }
  const base = row.base(row.get('prompt'));
  return correct > 1 || type === 'multiple'
    ? { ...base, type: 'multiple', choices }
    : { ...base, type: 'single', choices };
}

/** Builds a numeric or year question from its answer; undefined after reporting when it cannot. */
function csvNumberQuestion(row: CsvRow, type: 'numeric' | 'year', answerText: string): Question | undefined {
  const percent = /%\s*$/.test(answerText);
  const value = parseNumber(answerText.replace(/%\s*$/, ''));
  if (value === undefined) {
    row.report('error', `answer "${answerText}" is not a number`, 'answer');
    return undefined;
  }
  const toleranceText = row.get('tolerance').replace(/^±/, '').trim();
  const prompt = row.get('prompt');
  if (type === 'year') {
    if (!Number.isInteger(value) || value < -5000 || value > 3000) {
      row.report('error', `answer "${answerText}" is not a year between -5000 and 3000`, 'answer');
      return undefined;
    }
    const years = toleranceText === '' ? undefined : parseNumber(toleranceText);
    const usable = years !== undefined && Number.isInteger(years) && years >= 0 && years <= 100;
    if (toleranceText !== '' && !usable)
      row.report(
        'warning',
        `tolerance "${toleranceText}" is not a whole number of years (0-100); ignored`,
        'tolerance',
      );
    return {
      ...row.base(prompt),
      type: 'year',
      answer: value,
      ...(usable && years > 0 ? { tolerance: years } : {}),
    };
  }
  const unitText = row.get('unit');
  let unit = percent ? ('percent' as Unit) : undefined;
  if (unitText !== '') {
    const parsed = parseUnit(unitText);
    if (parsed === undefined)
      row.report('warning', `unit "${unitText}" is not one of ${UNITS.join(', ')}; ignored`, 'unit');
    else unit = parsed;
  }
  let tolerance: { absolute?: number; relative?: number } | undefined;
  if (toleranceText !== '') {
    const relative = /%$/.test(toleranceText);
    const amount = parseNumber(toleranceText.replace(/%$/, ''));
    if (amount === undefined || amount < 0 || (relative && amount > 100))
      row.report(
        'warning',
        `tolerance "${toleranceText}" is not a number like 5 or 10%; ignored`,
        'tolerance',
      );
    else tolerance = relative ? { relative: amount / 100 } : { absolute: amount };
  }
  return {
    ...row.base(prompt),
    type: 'numeric',
    answer: value,
    ...(unit ? { unit } : {}),
    ...(tolerance ? { tolerance } : {}),
  };
}

/** Reads one data row of a generic CSV into a question (or reports why not). */
function csvQuestion(row: CsvRow): Question | undefined {
  const prompt = row.get('prompt');
  if (prompt === '') {
    row.report('error', 'the question is empty', 'prompt');
    return undefined;
  }
  const typeText = row.get('type');
  let type: CsvType | undefined;
  if (typeText !== '') {
    const key = headerKey(typeText);
    if (NOT_FROM_CSV.has(key)) {
      row.report(
        'error',
        `type "${typeText}" cannot be imported from a CSV file; write it in a JSON pack`,
        'type',
      );
      return undefined;
    }
    type = TYPE_NAMES[key];
    if (type === undefined) {
      row.report(
        'error',
        `type "${typeText}" is not one of single, multiple, truefalse, typed, numeric, year, cloze`,
        'type',
      );
      return undefined;
    }
  }
  const answerText = row.get('answer');
  const answers = splitList(answerText);
  const hasChoices = row.all('choice').length > 0 || row.all('distractor').length > 0;
  if (type === undefined) {
    if (hasChoices) type = 'choice';
    else if (answerText === '' && (hasAnkiCloze(prompt) || prompt.includes('{{'))) type = 'cloze';
    else if (parseTruth(answerText, true) !== undefined) type = 'truefalse';
    else if (parseNumber(answerText.replace(/%\s*$/, '')) !== undefined) {
      const value = parseNumber(answerText) ?? NaN;
      const yearLike = Number.isInteger(value) && value >= -5000 && value <= 3000 && row.get('unit') === '';
      type = yearLike && /\b(year|when)\b/i.test(prompt) ? 'year' : 'numeric';
    } else type = 'typed';
  }
  if (type === 'cloze') {
    const text = hasAnkiCloze(prompt) ? ankiClozeToOurs(prompt) : { ok: true as const, text: prompt };
    if (!text.ok) {
      row.report('error', `the cloze text ${text.error}`, 'prompt');
      return undefined;
    }
    const cloze = parseCloze(text.text);
    if (!cloze.ok) {
      row.report('error', `the cloze text ${cloze.error}`, 'prompt');
      return undefined;
    }
    const gaps = cloze.segments.filter((segment) => typeof segment !== 'string').length;
    const question: ClozeQuestion = {
      ...row.base(gaps === 1 ? 'Fill in the gap.' : 'Fill in the gaps.'),
      type: 'cloze',
      text: text.text,
    };
    return question;
  }
  if (answers.length === 0) {
    row.report('error', 'the answer is missing', 'answer');
    return undefined;
  }
  if (hasChoices && type !== 'single' && type !== 'multiple' && type !== 'choice')
    row.report('warning', `choice columns are ignored for a ${type} question`);
  switch (type) {
    case 'single':
    case 'multiple':
    case 'choice':
      return csvChoiceQuestion(row, type, answers);
    case 'truefalse': {
      const truth = parseTruth(answerText, false);
      if (truth === undefined) {
        row.report('error', `answer "${answerText}" is not true or false`, 'answer');
        return undefined;
      }
      return { ...row.base(prompt), type: 'truefalse', answer: truth };
    }
    case 'numeric':
    case 'year':
      return csvNumberQuestion(row, type, answerText);
    case 'typed': {
      const [answer, ...others] = answers as [string, ...string[]];
      const accept = uniqueAnswers(answer, [
        ...others,
        ...row.all('accept').flatMap((cell) => splitList(cell)),
      ]);
      return { ...row.base(prompt), type: 'typed', answer, ...(accept.length > 0 ? { accept } : {}) };
    }
  }
}

/** Our cloze text from Anki's syntax with every deletion a gap (the CSV importer makes one question). */
function ankiClozeToOurs(text: string): { ok: true; text: string } | { ok: false; error: string } {
  const parsed = parseAnkiCloze(text);
  if (!parsed.ok) return parsed;
  const [card] = clozeCards(parsed.parts, false);
  return { ok: true, text: card?.text ?? text };
}

/**
 * Imports a generic CSV or TSV whose first row names the columns (case, spaces and punctuation ignored):
 * `question`/`prompt`/`front`, `answer`/`back`/`correct`, `type`, `choice 1`…/`option a`…/`choices` (all
 * options; the answer names one by text, number or letter, or lists several as `1,3` or `a|b`),
 * `wrong 1`…/`distractors` (wrong options only), `accept`/`alternatives` (`|`-separated), `explanation`/
 * `feedback`, `tags`, `region`, `difficulty`, `unit`, `tolerance` and `id`.
 *
 * Without a type, a row with choices is single choice (multiple when several answers are correct), an
 * answer `true`/`false` makes a true/false question, a number a numeric question (a year question when it is
 * a whole number, there is no unit and the question asks "when" or says "year"), a question with `{{gaps}}`
 * and no answer a cloze question, and anything else a typed question (`a|b` in the answer adds accepted
 * alternatives). The separator is guessed from the header line (tab, comma, semicolon or pipe; Excel's
 * `sep=;` first line is honoured). Lines starting with `#` before the header are skipped.
 */
export const importCsv: Importer = (input, options) =>
  guarded(options, (collector) => {
    let text = decodeTextInput(input, collector);
    if (text === undefined) return undefined;
    let delimiter: string | undefined;
    const sep = /^sep=(.)\n/i.exec(text);
    if (sep) {
      delimiter = sep[1];
      text = ' '.repeat(sep[0].length - 1) + text.slice(sep[0].length - 1);
    }
    const firstLine = text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
    const rows = readDelimitedRows(text, delimiter ?? guessDelimiter(firstLine));
    let headerAt = -1;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as DelimitedRow;
      if (isBlankRow(row)) continue;
      const first = (row.fields[0] ?? '').trimStart();
      if (first.startsWith('#') && !row.fields.some((field) => roleOf(field)?.role === 'prompt')) continue;
      headerAt = i;
      break;
    }
    const header = rows[headerAt];
    if (!header) {
      collector.fileError('the file has no rows');
      return undefined;
    }
    const columns: Column[] = [];
    const unknown: string[] = [];
    header.fields.forEach((label, index) => {
      const role = roleOf(label);
      const name = label.trim();
      if (!role) {
        if (name !== '') unknown.push(name);
        return;
      }
      if (role.role !== 'choice' && role.role !== 'distractor' && columns.some((c) => c.role === role.role)) {
        collector.report(
          'warning',
          header.line,
          `row ${header.record}, column "${name}"`,
          `column "${name}" repeats an earlier column with the same meaning; it is ignored`,
        );
        return;
      }
      columns.push({ index, label: name, ...role });
    });
    if (unknown.length > 0) {
      collector.report(
        'warning',
        header.line,
        `row ${header.record}`,
        `unknown column${unknown.length === 1 ? '' : 's'} ignored: ${unknown.map((name) => `"${name}"`).join(', ')}`,
      );
    }
    if (!columns.some((column) => column.role === 'prompt')) {
      collector.report(
        'error',
        header.line,
        `row ${header.record}`,
        'the first row must name the columns, with at least one called "question" (or "prompt" or "front") and one called "answer"',
      );
      return undefined;
    }
    for (const data of rows.slice(headerAt + 1)) {
      if (isBlankRow(data)) continue;
      const row = new CsvRow(data, columns, collector);
      if (data.quoteProblem === 'unclosed') {
        row.report(
          'error',
          'a quoted field starts on this line but its closing quote is missing; the rest of the file was read into it',
        );
        continue;
      }
      if (data.quoteProblem === 'malformed')
        row.report(
          'warning',
          'a quote is misplaced (a field that starts with " must end with " before the separator)',
        );
      if (
        data.fields.length > header.fields.length &&
        data.fields.slice(header.fields.length).some((f) => f.trim() !== '')
      )
        row.report(
          'warning',
          `this row has ${data.fields.length} fields but the header has ${header.fields.length}; the extra fields are ignored (is a separator inside a field missing its quotes?)`,
        );
      const question = csvQuestion(row);
      if (!question) continue;
      const common = csvCommon(row);
      collector.add({ ...question, ...common }, data.line, row.path());
    }
    return undefined;
  });

// ---------------------------------------------------------------------------------------------------------
// Anki "Notes in Plain Text"
// ---------------------------------------------------------------------------------------------------------

/** Anki's names for the separators `#separator:` may give. */
const ANKI_SEPARATORS: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** Separators tried, in order, when an Anki file does not declare one. */
const ANKI_GUESS_ORDER = ['\t', '|', ';', ',', ':', ' '];

/** What the `#key:value` header lines of an Anki export say. */
interface AnkiHeader {
  separator?: string;
  html?: boolean;
  tags: string[];
  columns?: string;
  notetype?: string;
  deck?: string;
  /** 0-based indexes of the guid, notetype, deck and tags columns. */
  guidColumn?: number;
  notetypeColumn?: number;
  deckColumn?: number;
  tagsColumn?: number;
}

/**
 * Reads the header of an Anki export: the `#key:value` lines at the top (keys matched without regard to case
 * or spaces), and a legacy `tags:` first line. Returns the header and the text with that legacy line turned
 * into a comment of the same length, so that offsets, and so line numbers, do not move.
 */
function readAnkiHeader(source: string, collector: ImportCollector): { header: AnkiHeader; text: string } {
  const header: AnkiHeader = { tags: [] };
  let text = source;
  let offset = 0;
  let line = 1;
  const legacy = /^tags:(.*)/i.exec(
    text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')),
  );
  if (legacy) {
    header.tags.push(...splitList(legacy[1] ?? '', /\s+/));
    text = `#${' '.repeat(legacy[0].length - 1)}${text.slice(legacy[0].length)}`;
    offset = legacy[0].length + 1;
    line = 2;
  }
  while (offset < text.length && text[offset] === '#') {
    const end = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
    const body = text.slice(offset + 1, end);
    const colon = body.indexOf(':');
    if (colon !== -1) {
      const key = body
        .slice(0, colon)
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '');
      const raw = body.slice(colon + 1);
      const value = raw.trim();
      const column = (name: string): number | undefined => {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1) return n - 1;
        collector.report('warning', line, '', `"${name}" should be a column number, not "${value}"; ignored`);
        return undefined;
      };
      switch (key) {
        case 'separator': {
          const named = raw.length === 1 ? raw : ANKI_SEPARATORS[value.toLowerCase()];
          if (named === undefined || named === '"' || named === '#')
            collector.report('warning', line, '', `unknown separator "${value}"; guessing it from the notes`);
          else header.separator = named;
          break;
        }
        case 'html':
          if (/^(true|false)$/i.test(value)) header.html = value.toLowerCase() === 'true';
          else
            collector.report('warning', line, '', `html should be true or false, not "${value}"; guessing`);
          break;
        case 'tags':
          header.tags.push(...splitList(value, /\s+/));
          break;
        case 'columns':
          header.columns = raw;
          break;
        case 'notetype':
          header.notetype = value;
          break;
        case 'deck':
          header.deck = value;
          break;
        case 'guidcolumn':
          header.guidColumn = column('guid column');
          break;
        case 'notetypecolumn':
          header.notetypeColumn = column('notetype column');
          break;
        case 'deckcolumn':
          header.deckColumn = column('deck column');
          break;
        case 'tagscolumn':
          header.tagsColumn = column('tags column');
          break;
        default:
          break;
      }
    }
    offset = end + 1;
    line += 1;
  }
  return { header, text };
}

/**
 * Guesses an Anki file's separator from its first notes: the first of tab, pipe, semicolon, comma, colon and
 * space found (outside quotes) on every one of up to five data lines, else on the first, else tab. Anki itself
 * tries colon before comma; we do not, since colons are common in questions.
 */
function guessAnkiSeparator(text: string): string {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(0, 5);
  const found = (line: string, separator: string) => countOutsideQuotes(line, separator) > 0;
  return (
    ANKI_GUESS_ORDER.find((separator) => lines.length > 0 && lines.every((line) => found(line, separator))) ??
    ANKI_GUESS_ORDER.find((separator) => lines[0] !== undefined && found(lines[0], separator)) ??
    '\t'
  );
}

/** A deck name for people: Anki's `Geography::Capitals` becomes `Geography › Capitals`. */
function deckTitle(deck: string): string {
  return deck
    .split('::')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' › ');
}

/** The deck path all `decks` share (`A::B` of `A::B::C` and `A::B::D`), or '' when they share none. */
function commonDeck(decks: readonly string[]): string {
  const split = decks.map((deck) => deck.split('::').map((part) => part.trim()));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join('::');
}

/** HTML or plain text guessed from the first notes, as Anki does when the header does not say. */
function looksLikeHtml(rows: readonly DelimitedRow[]): boolean {
  return rows
    .slice(0, 5)
    .some((row) => row.fields.some((field) => /<[a-z/][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(field)));
}

/**
 * Imports Anki's "Notes in Plain Text" export (`.txt`/`.csv`, Anki 2.1.54 and later, and older files with a
 * `tags:` first line). The `#key:value` header is read here (separator, html, tags, columns, notetype, deck and
 * the guid/notetype/deck/tags column numbers); the notes are read by papaparse, where a line starting with `#`
 * is a comment. With `html:true` (or HTML guessed from the first notes, as Anki does) fields become plain text;
 * images and sounds are dropped with one warning.
 *
 * Notes are flashcards. A basic note (front, back) becomes a `typed` question whose answer is the back and
 * whose `card` keeps front and back; long backs are kept too (see {@link SHORT_BACK_CHARS}). Notetypes named
 * "… reversed …" add the reverse card ("optional reversed" only when the third field is filled). A cloze note
 * (notetype "Cloze", or `{{c1::…}}` in its first field) gives one `cloze` question per card number, as Anki
 * makes one card per number: that number's deletions become `{{gaps}}`, the others are shown, hints go into the
 * prompt and the second field ("Back Extra") becomes the explanation. The deck name is the title (the shared
 * part when several decks are exported, each question then tagged with its own deck); tags are slugged.
 */
export const importAnki: Importer = (input, options) =>
  guarded(options, (collector) => {
    const decoded = decodeTextInput(input, collector);
    if (decoded === undefined) return undefined;
    const { header, text } = readAnkiHeader(decoded, collector);
    const separator = header.separator ?? guessAnkiSeparator(text);
    const rows = readDelimitedRows(text, separator, true).filter((row) => !isBlankRow(row));
    const names =
      header.columns === undefined ? [] : header.columns.split(separator).map((name) => name.trim());
    const namedTags = names.findIndex((name) => name.toLowerCase() === 'tags');
    const tagsColumn = header.tagsColumn ?? (namedTags === -1 ? undefined : namedTags);
    const special = new Set(
      [header.guidColumn, header.notetypeColumn, header.deckColumn, tagsColumn].filter(
        (index): index is number => index !== undefined,
      ),
    );
    const fieldNames = names.filter((_, index) => !special.has(index));
    const html = header.html ?? looksLikeHtml(rows);
    const cell = (row: DelimitedRow, index: number | undefined) =>
      index === undefined ? '' : (row.fields[index] ?? '').trim();
    const deckOf = (row: DelimitedRow) => cell(row, header.deckColumn) || header.deck || '';
    const decks = [...new Set(rows.map(deckOf).filter((deck) => deck !== '' && !/^\d+$/.test(deck)))];
    const several = decks.length > 1;

    rows.forEach((row, index) => {
      const path = (field?: number) =>
        field === undefined
          ? `note ${index + 1}`
          : `note ${index + 1}, field ${fieldNames[field] ? `"${fieldNames[field]}"` : field + 1}`;
      if (row.quoteProblem === 'unclosed') {
        collector.report(
          'error',
          row.line,
          path(),
          'a quoted field starts here but never ends; the rest of the file was read into it',
        );
        return;
      }
      if (row.quoteProblem === 'malformed')
        collector.report(
          'warning',
          row.line,
          path(),
          'a quote is misplaced (a field that starts with " must end with " before the separator)',
        );
      const raw = row.fields.filter((_, i) => !special.has(i));
      const fields = raw.map((field) => {
        if (/\[sound:[^\]]*\]/i.test(field) || (html && /<img\b/i.test(field)))
          collector.tally(
            'media',
            row.line,
            path(),
            (count) =>
              `${count} note${count === 1 ? ' has' : 's have'} images or sounds, which are not imported`,
          );
        const stripped = field.replace(/\[sound:[^\]]*\]/gi, '').replace(/\[\[type:[^\]]*\]\]/gi, '');
        return html ? htmlToText(stripped) : stripped.trim();
      });
      const notetype = cell(row, header.notetypeColumn) || header.notetype || '';
      const deck = deckOf(row);
      const tags = cleanTags([
        ...header.tags,
        ...splitList(cell(row, tagsColumn), /\s+/),
        ...(several && deck ? [deck.split('::').pop() ?? ''] : []),
      ]);
      const key = cell(row, header.guidColumn) || (fields[0] ?? '');
      const front = fields[0] ?? '';
      const back = fields[1] ?? '';
      if (front === '') {
        collector.report('error', row.line, path(0), 'the first field (front) is empty');
        return;
      }
      if (/cloze/i.test(notetype) || hasAnkiCloze(front)) {
        const parsed = parseAnkiCloze(front);
        if (!parsed.ok) {
          collector.report('error', row.line, path(0), `the cloze text ${parsed.error}`);
          return;
        }
        if (!parsed.parts.some((part) => typeof part !== 'string')) {
          collector.report(
            'error',
            row.line,
            path(0),
            'a cloze note needs at least one deletion written {{c1::answer}}',
          );
          return;
        }
        for (const card of clozeCards(parsed.parts, true)) {
          const question: ClozeQuestion = {
            ...collector.base(`${key}#c${card.card}`, card.prompt),
            type: 'cloze',
            text: card.text,
            tags,
            ...(back ? { explanation: back } : {}),
          };
          collector.add(question, row.line, path(0));
        }
        return;
      }
      if (back === '') {
        collector.report('error', row.line, path(1), 'the second field (back) is empty');
        return;
      }
      addFlashcard(collector, { front, back, key, line: row.line, path: path(), tags });
      const reverse = /revers/i.test(notetype) && (!/optional/i.test(notetype) || (fields[2] ?? '') !== '');
      if (reverse)
        addFlashcard(collector, {
          front: back,
          back: front,
          key: `${key}#reverse`,
          line: row.line,
          path: path(),
          tags,
        });
    });
    if (rows.length === 0) collector.fileError('the file has no notes');
    return header.deck && !/^\d+$/.test(header.deck) ? deckTitle(header.deck) : deckTitle(commonDeck(decks));
  });

// ---------------------------------------------------------------------------------------------------------
// Quizlet
// ---------------------------------------------------------------------------------------------------------

/** The separators of a Quizlet export; any left out are detected from the text. */
export interface QuizletSeparators {
  /** Between term and definition: a tab (Quizlet's default), `,`, or any custom string. */
  term?: string;
  /** Between cards: a newline (Quizlet's default), `;`, or any custom string. */
  row?: string;
}

/** Term/definition separators tried, in order of preference. */
const TERM_CANDIDATES = ['\t', ',', ';', ' - ', ':'];

/** Card separators tried, in order of preference. */
const ROW_CANDIDATES = ['\n', ';'];

/** Splits text at a separator, keeping each piece's offset. */
function splitWithOffsets(text: string, separator: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, start)) {
    pieces.push({ text: text.slice(start, at), start });
    start = at + separator.length;
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

/**
 * Picks Quizlet separators: each given one is kept, the others are chosen among the usual ones (tab, comma,
 * semicolon, ` - `, colon between term and definition; newline or semicolon between cards) as the pair that
 * finds a separator in the most cards, then in the largest share of them, then in the order above.
 */
export function detectQuizletSeparators(
  text: string,
  given: QuizletSeparators = {},
): Required<QuizletSeparators> {
  const rows = given.row ? [given.row] : ROW_CANDIDATES;
  const terms = given.term ? [given.term] : TERM_CANDIDATES;
  let best = { term: terms[0] as string, row: rows[0] as string };
  let bestHits = 0;
  let bestShare = 0;
  for (const row of rows) {
    for (const term of terms) {
      if (row.includes(term) || term.includes(row)) continue;
      const cards = splitWithOffsets(text, row).filter((piece) => piece.text.trim() !== '');
      const hits = cards.filter((piece) => piece.text.includes(term)).length;
      const share = cards.length === 0 ? 0 : hits / cards.length;
      if (hits > bestHits || (hits === bestHits && share > bestShare)) {
        best = { term, row };
        bestHits = hits;
        bestShare = share;
      }
    }
  }
  return best;
}

/** A Quizlet card as read, before it becomes a question. */
interface QuizletCard {
  term: string;
  definition: string;
  line: number;
  number: number;
}

/**
 * Makes a Quizlet importer for the given separators (those left out are detected with
 * {@link detectQuizletSeparators}). Quizlet's export has no quoting, so the text is split by hand: each card
 * at the first term separator, both sides trimmed, empty cards dropped. A piece with no term separator after
 * a card is taken to be the rest of that card's definition, which a line break (or the card separator)
 * inside the definition cut off, and is joined back with a warning. Terms become prompts and definitions
 * typed answers, each keeping the card (front and back) for flashcard study.
 */
export function quizletImporter(separators: QuizletSeparators = {}): Importer {
  return (input, options) =>
    guarded(options, (collector) => {
      const text = decodeTextInput(input, collector);
      if (text === undefined) return undefined;
      const clean = (value: string | undefined) => (value ? value.replace(/\r\n?/g, '\n') : undefined);
      const given: QuizletSeparators = {};
      const term = clean(separators.term);
      const row = clean(separators.row);
      if (term) given.term = term;
      if (row) given.row = row;
      const chosen = detectQuizletSeparators(text, given);
      const lineOf = lineCounter(text);
      const cards: QuizletCard[] = [];
      for (const piece of splitWithOffsets(text, chosen.row)) {
        const lead = piece.text.length - piece.text.trimStart().length;
        const line = lineOf(piece.start + lead);
        if (piece.text.trim() === '') continue;
        const at = piece.text.indexOf(chosen.term);
        const previous = cards[cards.length - 1];
        if (at === -1) {
          if (previous) {
            previous.definition = `${previous.definition}${chosen.row}${piece.text}`.trim();
            collector.report(
              'warning',
              line,
              `card ${previous.number}`,
              'no separator between term and definition here, so this was joined to the definition above (a line break inside a definition?)',
            );
          } else {
            collector.report(
              'error',
              line,
              `card ${cards.length + 1}`,
              'no separator between term and definition',
            );
          }
          continue;
        }
        cards.push({
          term: piece.text.slice(0, at).trim(),
          definition: piece.text.slice(at + chosen.term.length).trim(),
          line,
          number: cards.length + 1,
        });
      }
      for (const card of cards) {
        const path = `card ${card.number}`;
        if (card.term === '') collector.report('error', card.line, path, 'the term is empty');
        else if (card.definition === '')
          collector.report('error', card.line, path, 'the definition is empty');
        else
          addFlashcard(collector, {
            front: card.term,
            back: card.definition,
            key: card.term,
            line: card.line,
            path,
            tags: [],
          });
      }
      if (cards.length === 0 && !collector.hasErrors) collector.fileError('the file has no cards');
      return undefined;
    });
}

/** Imports a Quizlet export, detecting its separators (tab and newline unless the text says otherwise). */
export const importQuizlet: Importer = quizletImporter();
