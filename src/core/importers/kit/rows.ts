/** Delimited text read into records that know the line they start on, for the spreadsheet-like formats. */
import Papa from 'papaparse';
import { lineLocator } from '../../packs/jsonText';

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

/**
 * Reads delimited text (LF line ends, as `decodeTextInput` leaves it) with papaparse: RFC 4180 quotes,
 * separators and line breaks inside quoted fields, `""` for a quote. Each record keeps the line it starts on,
 * found from papaparse's cursor (the offset just past a record) and the comment lines skipped after it.
 *
 * @param delimiter - the field separator
 * @param comments - treat lines starting with `#` as comments (outside quoted fields), as Anki does
 */
export function readDelimitedRows(text: string, delimiter: string, comments = false): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  const locate = lineLocator(text);
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
        line: locate(start).line,
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

/** Counts occurrences of `needle` in a line, outside double-quoted stretches (for guessing separators). */
export function countOutsideQuotes(line: string, needle: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && line.startsWith(needle, i)) count += 1;
  }
  return count;
}

/** The values of a list cell: `a | b | c`, blanks dropped. */
export function splitList(text: string, separator: RegExp = /\|/): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
