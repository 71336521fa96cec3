/**
 * Importers for Kahoot's quiz spreadsheet template: the `.xlsx` itself (unzipped with fflate under size
 * limits, its XML read with fast-xml-parser) and a CSV saved from it. Both end in the same reader, which finds
 * the header row by its texts rather than its position and turns each filled row into a choice question.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8 } from 'fflate';
import type { MultipleChoiceQuestion, SingleChoiceQuestion } from '../../model/pack';
import { type ImportCollector, guarded } from '../kit/collector';
import { type BoundedUnzip, unzipBounded, unzipBoundedInSlices } from '../kit/boundedUnzip';
import { decodeTextInput, sizeProblem } from '../kit/decode';
import { findExcessXmlDepth, xmlTooDeepMessage } from '../kit/xmlDepth';
import { isBlankRow, readDelimitedRows } from '../kit/rows';
import type { Importer, QuestionFormat, SlicedImporter } from '../importTypes';
import { decodeEntities } from '../kit/text';

/** The time limits (seconds) Kahoot's template allows. */
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;

/** Kahoot's length limit for a question; longer ones are kept with a warning (the limit is Kahoot's, not ours). */
export const KAHOOT_QUESTION_CHARS = 120;

/** Kahoot's length limit for an answer; longer ones are kept with a warning. */
export const KAHOOT_ANSWER_CHARS = 75;

/** Most entries an .xlsx archive may list; a real template has about fifteen. */
export const MAX_XLSX_ENTRIES = 1000;

/** Most bytes the parts we read may unpack to, by the sizes the zip's central directory declares. */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** The unpacked parts of an archive, by path. */
type Unzipped = Record<string, Uint8Array>;

/** A spreadsheet row: its row number, the line to report it at, and its cells by 0-based column. */
interface SheetRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** Line reported in problems: the row number for .xlsx, the text line for CSV. */
  line: number;
  cells: string[];
  quoteProblem?: 'unclosed' | 'malformed';
}

/** What a template column holds. */
type KahootColumn = 'question' | 'answer1' | 'answer2' | 'answer3' | 'answer4' | 'time' | 'correct';

/** Short names of the template's columns, for problem paths. */
const COLUMN_LABELS: Record<KahootColumn, string> = {
  question: 'Question',
  answer1: 'Answer 1',
  answer2: 'Answer 2',
  answer3: 'Answer 3',
  answer4: 'Answer 4',
  time: 'Time limit',
  correct: 'Correct answer(s)',
};

/**
 * The column a header cell names, matched loosely: case, dash style (hyphen, en or em dash) and a
 * ` - max 120 characters`-style suffix are ignored, so `Time limit (sec) – 5, 10, …` is the time column.
 */
function columnOf(header: string): KahootColumn | undefined {
  const base =
    header
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .split(/\s+-|-\s+|\bmax\b/)[0] ?? '';
  const key = base.replace(/[^a-z0-9]/g, '');
  if (key === 'question' || key === 'questiontext') return 'question';
  const answer = /^(?:answer|option)([1-4])$/.exec(key);
  if (answer) return `answer${answer[1]}` as KahootColumn;
  if (key.startsWith('timelimit')) return 'time';
  if (key.startsWith('correctanswer') || key === 'correct') return 'correct';
  return undefined;
}

/** The template's columns found in a row, if it is the header row (question, two answers and correct). */
function headerColumns(row: SheetRow): Map<KahootColumn, number> | undefined {
  const columns = new Map<KahootColumn, number>();
  row.cells.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const needed: KahootColumn[] = ['question', 'answer1', 'answer2', 'correct'];
  return needed.every((column) => columns.has(column)) ? columns : undefined;
}

/** The allowed time limit nearest to `seconds` (the longer one on a tie). */
function snapTime(seconds: number): number {
  return KAHOOT_TIME_LIMITS.reduce<number>(
    (best, limit) => (Math.abs(limit - seconds) <= Math.abs(best - seconds) ? limit : best),
    KAHOOT_TIME_LIMITS[0],
  );
}

/** Reads one filled template row into a question, reporting why when it cannot. */
function kahootRow(row: SheetRow, columns: Map<KahootColumn, number>, collector: ImportCollector): void {
  const get = (column: KahootColumn) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const path = (column?: KahootColumn) =>
    column ? `row ${row.row}, column "${COLUMN_LABELS[column]}"` : `row ${row.row}`;
  const report = (severity: 'error' | 'warning', message: string, column?: KahootColumn) =>
    collector.report(severity, row.line, path(column), message);

  const slots = (['answer1', 'answer2', 'answer3', 'answer4'] as const).map((column, i) => ({
    column,
    number: i + 1,
    text: get(column),
  }));
  const prompt = get('question');
  const correctText = get('correct');
  const timeText = get('time');
  if (prompt === '' && correctText === '' && slots.every((slot) => slot.text === '')) return;
  if (row.quoteProblem === 'unclosed') {
    report('error', 'a quoted cell starts here but never ends; the rest of the file was read into it');
    return;
  }
  if (prompt === '') {
    report('error', 'the question is empty', 'question');
    return;
  }
  if (prompt.length > KAHOOT_QUESTION_CHARS)
    report(
      'warning',
      `the question has ${prompt.length} characters; Kahoot allows ${KAHOOT_QUESTION_CHARS}`,
      'question',
    );
  const filled = slots.filter((slot) => slot.text !== '');
  for (const slot of filled) {
    if (slot.text.length > KAHOOT_ANSWER_CHARS)
      report(
        'warning',
        `answer ${slot.number} has ${slot.text.length} characters; Kahoot allows ${KAHOOT_ANSWER_CHARS}`,
        slot.column,
      );
  }
  if (filled.length < 2) {
    report('error', 'a Kahoot question needs at least two answers', 'answer1');
    return;
  }
  for (let i = 1; i < filled.length; i++) {
    const slot = filled[i] as (typeof filled)[number];
    const earlier = filled.slice(0, i).find((other) => other.text.toLowerCase() === slot.text.toLowerCase());
    if (earlier) {
      report('error', `answer ${slot.number} repeats answer ${earlier.number}`, slot.column);
      return;
    }
  }
  if (correctText === '') {
    report('error', 'no correct answer is given (write its number, e.g. 2, or several as 1,3)', 'correct');
    return;
  }
  const correct = new Set<number>();
  for (const token of correctText.split(/[\s,;]+/).filter((part) => part !== '')) {
    const number = /^[1-4](\.0+)?$/.test(token) ? Number(token) : NaN;
    if (Number.isNaN(number)) {
      report('error', `correct answer "${token}" is not an answer number from 1 to 4`, 'correct');
      return;
    }
    if (slots[number - 1]?.text === '') {
      report('error', `answer ${number} is marked correct but is empty`, 'correct');
      return;
    }
    correct.add(number);
  }
  if (timeText !== '') {
    const seconds = Number(timeText);
    if (!Number.isFinite(seconds) || seconds <= 0)
      report('warning', `time limit "${timeText}" is not a number of seconds; ignored`, 'time');
    else if (!(KAHOOT_TIME_LIMITS as readonly number[]).includes(seconds))
      report(
        'warning',
        `time limit ${seconds} s is not one Kahoot allows (${KAHOOT_TIME_LIMITS.join(', ')}); taken as ${snapTime(seconds)} s`,
        'time',
      );
  }
  const choices = filled.map((slot) =>
    correct.has(slot.number) ? { text: slot.text, correct: true } : { text: slot.text },
  );
  const base = collector.base(prompt, prompt);
  const question: SingleChoiceQuestion | MultipleChoiceQuestion =
    correct.size > 1 ? { ...base, type: 'multiple', choices } : { ...base, type: 'single', choices };
  collector.add(question, row.line, path());
}

/** Finds the header row and reads every row below it. */
function readTemplate(rows: readonly SheetRow[], collector: ImportCollector): void {
  const at = rows.findIndex((row) => headerColumns(row) !== undefined);
  const header = rows[at];
  const columns = header ? headerColumns(header) : undefined;
  if (!header || !columns) {
    collector.fileError(
      'no header row found: Kahoot’s template has a row with "Question", "Answer 1" to "Answer 4", "Time limit (sec)" and "Correct answer(s)"',
    );
    return;
  }
  for (const row of rows.slice(at + 1)) kahootRow(row, columns, collector);
}

// ---------------------------------------------------------------------------------------------------------
// .xlsx
// ---------------------------------------------------------------------------------------------------------

/** The parts of an .xlsx we read: workbook and its relationships (to find the first sheet), strings, sheets. */
function wanted(name: string): boolean {
  return (
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' ||
    /^xl\/worksheets\/[^/]+\.xml$/.test(name)
  );
}

/** The parts of an .xlsx, unpacked, or why they could not be. */
type Unpacked = { ok: true; files: Unzipped } | { ok: false; error: string };

/** The limits every .xlsx is unpacked under. */
const XLSX_LIMITS = {
  maxEntries: MAX_XLSX_ENTRIES,
  maxTotalBytes: MAX_XLSX_UNPACKED_BYTES,
  what: 'the spreadsheet',
};

/** An unzip outcome in the importer's words. */
function unpacked(unzipped: BoundedUnzip): Unpacked {
  if (!unzipped.ok)
    return {
      ok: false,
      error: unzipped.error.replace(/^the archive is damaged/, 'this .xlsx file is damaged'),
    };
  return { ok: true, files: unzipped.files };
}

/** Why bytes are not a zip archive at all, or undefined when they start like one. */
function notZip(bytes: Uint8Array): Unpacked | undefined {
  return bytes[0] !== 0x50 || bytes[1] !== 0x4b
    ? { ok: false, error: 'this is not an .xlsx file (not a zip archive)' }
    : undefined;
}

/**
 * Unzips the parts we need with {@link unzipBounded}: an archive with too many entries, an unknown
 * compression, or parts declaring more than {@link MAX_XLSX_UNPACKED_BYTES} in total is refused before
 * anything is inflated, and a part that unpacks past the size it declares (a zip bomb that lies) is
 * refused after at most one small slice more.
 */
function unpack(bytes: Uint8Array): Unpacked {
  return notZip(bytes) ?? unpacked(unzipBounded(bytes, wanted, XLSX_LIMITS));
}

/** {@link unpack} in slices, awaiting `pause` between them so that the page never freezes. */
async function unpackInSlices(bytes: Uint8Array, pause: () => Promise<void>): Promise<Unpacked> {
  return notZip(bytes) ?? unpacked(await unzipBoundedInSlices(bytes, wanted, XLSX_LIMITS, pause));
}

const XML = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  isArray: (name) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

/** The object at `key` of a parsed XML node, if it is one. */
function child(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
}

/** A parsed node as a list (absent → empty). */
function list(node: unknown): unknown[] {
  return Array.isArray(node) ? node : node === undefined || node === '' ? [] : [node];
}

/** Decodes XML character references and OOXML's `_x000D_` escapes. */
function unescapeText(text: string): string {
  return decodeEntities(text).replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The text of a parsed element (`<t>` with or without attributes). */
function textOf(node: unknown): string {
  if (typeof node === 'string') return unescapeText(node);
  if (typeof node === 'number') return String(node);
  const text = child(node, '#text');
  return text === undefined ? '' : textOf(text);
}

/** The text of a shared or inline string: plain `<t>`, or rich-text runs `<r><t>` (phonetic runs skipped). */
function stringItem(node: unknown): string {
  return (
    textOf(child(node, 't')) +
    list(child(node, 'r'))
      .map((run) => textOf(child(run, 't')))
      .join('')
  );
}

/** Parses an XML part, refusing DOCTYPEs (never in .xlsx, and the way to entity bombs) and broken XML. */
function parseXml(files: Unzipped, name: string): { ok: true; xml: unknown } | { ok: false; error: string } {
  const bytes = files[name];
  if (!bytes) return { ok: true, xml: undefined };
  const text = strFromU8(bytes);
  if (/<!DOCTYPE/i.test(text))
    return { ok: false, error: `${name} contains a DOCTYPE, which .xlsx files never do` };
  const tooDeep = findExcessXmlDepth(text);
  if (tooDeep) return { ok: false, error: xmlTooDeepMessage(tooDeep, name) };
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { ok: false, error: `${name} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  return { ok: true, xml: XML.parse(text) };
}

/** The path of the workbook's first sheet, from workbook.xml and its relationships; sheet1.xml otherwise. */
function firstSheet(workbook: unknown, rels: unknown): string {
  const first = list(child(child(child(workbook, 'workbook'), 'sheets'), 'sheet'))[0];
  const id = child(first, '@_id');
  const relation = list(child(child(rels, 'Relationships'), 'Relationship')).find(
    (item) => child(item, '@_Id') === id,
  );
  const target = child(relation, '@_Target');
  if (typeof target !== 'string' || target === '') return 'xl/worksheets/sheet1.xml';
  const clean = decodeEntities(target);
  return clean.startsWith('/') ? clean.slice(1) : `xl/${clean.replace(/^\.\//, '')}`;
}

/** Column index (0-based) of a cell reference such as `AB12`, and its row number. */
function cellAddress(ref: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + letter.charCodeAt(0) - 64;
  return { column: column - 1, row: Number(match[2]) };
}

/** A number as a spreadsheet shows it: `60` not `60.000000000000007`. */
function numberText(value: string): string {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return value;
  return Math.abs(number - Math.round(number)) < 1e-9
    ? String(Math.round(number))
    : String(Number(number.toPrecision(15)));
}

/** The displayed text of a cell: shared string, inline string, boolean, formula text or number. */
function cellText(cell: unknown, shared: readonly string[]): string {
  const type = child(cell, '@_t');
  const value = textOf(child(cell, 'v'));
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return stringItem(child(cell, 'is'));
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'str':
    case 'd':
      return value;
    default:
      return numberText(value);
  }
}

/** The rows of a parsed worksheet, with row numbers from `r` attributes (or counted when absent). */
function sheetRows(sheet: unknown, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let previous = 0;
  for (const row of list(child(child(child(sheet, 'worksheet'), 'sheetData'), 'row'))) {
    const declared = Number(child(row, '@_r'));
    const number = Number.isInteger(declared) && declared > previous ? declared : previous + 1;
    previous = number;
    const cells: string[] = [];
    let column = -1;
    for (const cell of list(child(row, 'c'))) {
      const ref = child(cell, '@_r');
      const address = typeof ref === 'string' ? cellAddress(ref) : undefined;
      column = address && address.column > column ? address.column : column + 1;
      if (column > 200) break;
      const text = cellText(cell, shared);
      if (text !== '') cells[column] = text;
    }
    if (cells.length > 0)
      rows.push({ row: number, line: number, cells: Array.from(cells, (cell) => cell ?? '') });
  }
  return rows;
}

/**
 * Imports Kahoot's quiz template saved as `.xlsx` (bytes). Reads the workbook's first sheet (normally
 * `xl/worksheets/sheet1.xml`) and `xl/sharedStrings.xml`; cells may be shared strings, inline strings or
 * numbers. The header row is found by its texts (not assumed to be row 8); each row below with a question
 * becomes a single-choice question, or a multiple-response one when several answers are correct (`1,3`).
 * Rows holding only the template's number in column A are skipped. Problems are located by spreadsheet row
 * (as `line`) and column. Time limits are checked against Kahoot's allowed values (an off value is snapped,
 * with a warning) but not stored: the pack format has no per-question time, the game times rounds itself.
 */
export const importKahootXlsx: Importer = (input, options) =>
  guarded(options, (collector) => readXlsx(input, collector));

/**
 * Reads an .xlsx into the collector, unpacking it unless `done` already holds its unpacked parts (from
 * {@link unpackInSlices}).
 */
function readXlsx(input: string | Uint8Array, collector: ImportCollector, done?: Unpacked): undefined {
  if (typeof input === 'string') {
    collector.fileError('an .xlsx file must be read as bytes, not text');
    return undefined;
  }
  const tooLarge = sizeProblem(input);
  if (tooLarge !== undefined) {
    collector.fileError(tooLarge);
    return undefined;
  }
  const unpacked = done ?? unpack(input);
  if (!unpacked.ok) {
    collector.fileError(unpacked.error);
    return undefined;
  }
  const parts: Record<string, unknown> = {};
  const names = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'];
  for (const name of names) {
    const parsed = parseXml(unpacked.files, name);
    if (!parsed.ok) {
      collector.fileError(parsed.error);
      return undefined;
    }
    parts[name] = parsed.xml;
  }
  let sheetName = firstSheet(parts['xl/workbook.xml'], parts['xl/_rels/workbook.xml.rels']);
  if (!unpacked.files[sheetName]) sheetName = 'xl/worksheets/sheet1.xml';
  if (!unpacked.files[sheetName]) {
    collector.fileError('the spreadsheet has no worksheet (xl/worksheets/sheet1.xml is missing)');
    return undefined;
  }
  const sheet = parseXml(unpacked.files, sheetName);
  if (!sheet.ok) {
    collector.fileError(sheet.error);
    return undefined;
  }
  const shared = list(child(child(parts['xl/sharedStrings.xml'], 'sst'), 'si')).map(stringItem);
  readTemplate(sheetRows(sheet.xml, shared), collector);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------

/**
 * Imports Kahoot's template saved as CSV (comma, semicolon or tab separated, as spreadsheet programs save it
 * in different locales). The separator is the first of those with which a header row is found. Rows are the
 * spreadsheet's rows (`row 9` in paths) and `line` is the line the row starts on in the text; otherwise it
 * reads like {@link importKahootXlsx}.
 */
export const importKahootCsv: Importer = (input, options) =>
  guarded(options, (collector) => {
    const text = decodeTextInput(input, collector);
    if (text === undefined) return undefined;
    let rows: SheetRow[] = [];
    for (const delimiter of [',', ';', '\t']) {
      const candidate = readDelimitedRows(text, delimiter)
        .filter((row) => !isBlankRow(row))
        .map((row) => ({
          row: row.record,
          line: row.line,
          cells: row.fields,
          ...(row.quoteProblem ? { quoteProblem: row.quoteProblem } : {}),
        }));
      if (rows.length === 0) rows = candidate;
      if (candidate.some((row) => headerColumns(row) !== undefined)) {
        rows = candidate;
        break;
      }
    }
    readTemplate(rows, collector);
    return undefined;
  });

/** True for the bytes of a zip file (an .xlsx is one). */
function isZip(input: string | Uint8Array | undefined): input is Uint8Array {
  return input instanceof Uint8Array && input[0] === 0x50 && input[1] === 0x4b;
}

/** Imports Kahoot's template from either form: an .xlsx (zip bytes) or a CSV saved from it. */
export const importKahoot: Importer = (input, options) =>
  isZip(input) ? importKahootXlsx(input, options) : importKahootCsv(input, options);

/**
 * {@link importKahoot} for the page: an .xlsx is unpacked in slices, awaiting `pause` between them, so that
 * a large or hostile archive never freezes the page; the rest is read as {@link importKahoot} reads it.
 */
export const importKahootInSlices: SlicedImporter = async (input, options, pause) => {
  if (!isZip(input) || sizeProblem(input) !== undefined) return importKahoot(input, options);
  const done = await unpackInSlices(input, pause);
  return guarded(options, (collector) => readXlsx(input, collector, done));
};

/** Kahoot's quiz template: a zip (an .xlsx), or text holding the template's "max 120 characters" header. */
export const kahootFormat = {
  id: 'kahoot',
  name: 'Kahoot quiz spreadsheet',
  extensions: ['.xlsx', '.csv'],
  kind: 'questions',
  sniff: (head) => isZip(head.bytes) || /question\s*-\s*max\s*120\s*characters/i.test(head.text),
  read: importKahoot,
  readInSlices: importKahootInSlices,
} as const satisfies QuestionFormat;
