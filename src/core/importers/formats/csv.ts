/**
 * The generic CSV/TSV format: a header row names the columns, each row below is one question.
 */
import { guarded } from '../kit/collector';
import { decodeTextInput } from '../kit/decode';
import { type DelimitedRow, countOutsideQuotes, isBlankRow, readDelimitedRows } from '../kit/rows';
import type { Importer, QuestionFormat } from '../importTypes';
import { type Column, CsvRow, roleOf } from './csvColumns';
import { csvCommon, csvQuestion } from './csvQuestion';

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

/** CSV or TSV with a header row: the format of any delimited text no other format recognises. */
export const csvFormat = {
  id: 'csv',
  name: 'CSV or TSV with a header row',
  extensions: ['.csv', '.tsv', '.txt'],
  kind: 'questions',
  sniff: () => true,
  read: importCsv,
} as const satisfies QuestionFormat;
