import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type Zippable, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNPACKED_BYTES,
  importKahootCsv,
  importKahootXlsx,
} from '../../../src/core/importers/formats/kahoot';
import { itWithShared, sharedPath } from '../../support/shared';
import { expectContract, problemLines } from './importerChecks';
import { centralEntry } from '../../support/zips';

/** A shared fixture file from ../shared/fixtures/kahoot. */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedPath('fixtures', 'kahoot', name)));
}

/** A cell of a test sheet: shared string, number, inline string or rich (multi-run) shared string. */
type Cell = string | number | null | { inline: string } | { rich: string[] };

/** Escapes text for XML. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters of a 0-based index. */
function letters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Worksheet XML and the shared strings it uses, from rows given as [row number, cells from column A]. */
function sheetXml(rows: readonly [number, readonly Cell[]][], shared: string[]): string {
  const body = rows
    .map(([number, cells]) => {
      const xml = cells
        .map((cell, column) => {
          const ref = `${letters(column)}${number}`;
          if (cell === null || cell === '') return '';
          if (typeof cell === 'number') return `<c r="${ref}" s="1"><v>${cell}</v></c>`;
          if (typeof cell === 'object' && 'inline' in cell)
            return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(cell.inline)}</t></is></c>`;
          const item =
            typeof cell === 'string'
              ? `<si><t xml:space="preserve">${esc(cell)}</t></si>`
              : `<si>${cell.rich.map((run, i) => `<r>${i > 0 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${esc(run)}</t></r>`).join('')}<rPh><t>ふりがな</t></rPh></si>`;
          shared.push(item);
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${number}">${xml}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** Builds a small .xlsx: one or more sheets, shared strings, and optionally the workbook naming the first. */
function xlsx(
  sheets: Record<string, readonly [number, readonly Cell[]][]>,
  options: { workbook?: string[]; extra?: Zippable } = {},
): Uint8Array {
  const shared: string[] = [];
  const files: Zippable = {};
  for (const [name, rows] of Object.entries(sheets))
    files[`xl/worksheets/${name}.xml`] = strToU8(sheetXml(rows, shared));
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared.join('')}</sst>`,
  );
  if (options.workbook) {
    files['xl/workbook.xml'] = strToU8(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${options.workbook.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    );
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.workbook.map((name, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${name}.xml"/>`).join('')}</Relationships>`,
    );
  }
  files['[Content_Types].xml'] = strToU8('<Types/>');
  return zipSync({ ...files, ...options.extra });
}

/** The template's header row, with the dash and case variants people's copies have. */
const HEADER: Cell[] = [
  null,
  'question - MAX 120 characters',
  'Answer 1 – max 75 characters',
  'Answer 2 — max 75 characters',
  'answer 3',
  'Answer 4 - max 75 characters',
  'Time limit (sec) - 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) – choose at least one',
];

describe('importKahootXlsx', () => {
  itWithShared('reads the real Kahoot template fixture', () => {
    const result = importKahootXlsx(fixture('KahootQuizTemplate.2berius-Qahoot.xlsx'), {
      file: 'Kahoot.xlsx',
    });
    expectContract(result, 'Kahoot.xlsx');
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      expect.objectContaining({
        type: 'multiple',
        prompt: 'Which spreadsheet tools can read this sheet and export to xlsx format?',
        choices: [
          { text: 'Excel', correct: true },
          { text: 'Google Docs', correct: true },
          { text: 'Numbers', correct: true },
          { text: 'LibreOffice', correct: true },
        ],
      }),
    ]);
  });

  it('finds the header anywhere, reads shared, rich, inline and number cells, and locates problems by row', () => {
    const long = `A question that goes on ${'and on '.repeat(15)}`.trim();
    const file = xlsx({
      sheet1: [
        [1, [null, 'My own quiz']],
        [3, HEADER],
        [4, [1, { inline: 'Which river forms the border?' }, 'Amur', 'Volga', null, null, 20, 1]],
        [5, [2, { rich: ['Which ', 'two', ' are rivers?'] }, 'Amur', 'Gobi', 'Ussuri', 'Altai', 30, '1,3']],
        [6, [3, 'Forty-five seconds?', 'yes', 'no', null, null, 45, '2']],
        [7, [4]],
        [8, [5, 'Only one answer', 'a', null, null, null, 20, '1']],
        [9, [6, 'Points to an empty answer', 'a', 'b', null, null, 20, '3']],
        [10, [7, 'Answer five', 'a', 'b', null, null, 20, 5]],
        [11, [8, 'Nothing correct', 'a', 'b', null, null, 20, null]],
        [12, [9, long, 'R & D <b>', 'x'.repeat(80), null, null, 'abc', '1']],
        [13, [10, 'Tab_x0009_inside &amp; entity', 'a', 'b', 'c', null, 240, 2]],
        [14, [11, null, 'a', 'b', null, null, 20, '1']],
        [15, [12, 'Twice', 'same', 'Same', null, null, 20, '1']],
        [16, [13, 'Gaps between answers', null, 'left', null, 'right', 20, '4']],
      ],
    });
    const result = importKahootXlsx(file, { file: 'quiz.xlsx' });
    expectContract(result, 'quiz.xlsx');
    expect(result.questions.map((q) => q.prompt)).toEqual([
      'Which river forms the border?',
      'Which two are rivers?',
      'Forty-five seconds?',
      long,
      'Tab\tinside &amp; entity',
      'Gaps between answers',
    ]);
    expect(result.questions[0]).toMatchObject({
      type: 'single',
      choices: [{ text: 'Amur', correct: true }, { text: 'Volga' }],
    });
    expect(result.questions[1]).toMatchObject({
      type: 'multiple',
      choices: [
        { text: 'Amur', correct: true },
        { text: 'Gobi' },
        { text: 'Ussuri', correct: true },
        { text: 'Altai' },
      ],
    });
    expect(result.questions[3]).toMatchObject({
      choices: [{ text: 'R & D <b>', correct: true }, { text: 'x'.repeat(80) }],
    });
    expect(result.questions[5]).toMatchObject({
      type: 'single',
      choices: [{ text: 'left' }, { text: 'right', correct: true }],
    });
    expect(problemLines(result)).toEqual([
      '6 row 6, column "Time limit": time limit 45 s is not one Kahoot allows (5, 10, 20, 30, 60, 90, 120, 240); taken as 60 s',
      '8 row 8, column "Answer 1": a Kahoot question needs at least two answers',
      '9 row 9, column "Correct answer(s)": answer 3 is marked correct but is empty',
      '10 row 10, column "Correct answer(s)": correct answer "5" is not an answer number from 1 to 4',
      '11 row 11, column "Correct answer(s)": no correct answer is given (write its number, e.g. 2, or several as 1,3)',
      `12 row 12, column "Question": the question has ${long.length} characters; Kahoot allows 120`,
      '12 row 12, column "Answer 2": answer 2 has 80 characters; Kahoot allows 75',
      '12 row 12, column "Time limit": time limit "abc" is not a number of seconds; ignored',
      '14 row 14, column "Question": the question is empty',
      '15 row 15, column "Answer 2": answer 2 repeats answer 1',
    ]);
  });

  it('reads the workbook’s first sheet, and falls back to sheet1.xml without a workbook', () => {
    const rows: [number, Cell[]][] = [
      [8, HEADER],
      [9, [1, 'From the quiz sheet', 'a', 'b', null, null, 20, '1']],
    ];
    const ordered = xlsx(
      { sheet1: [[1, ['nothing here']]], sheet2: rows },
      { workbook: ['sheet2', 'sheet1'] },
    );
    expect(importKahootXlsx(ordered, { file: 'a.xlsx' }).questions.map((q) => q.prompt)).toEqual([
      'From the quiz sheet',
    ]);
    const bare = xlsx({ sheet1: rows });
    expect(importKahootXlsx(bare, { file: 'b.xlsx' }).questions).toHaveLength(1);
  });

  it('says so when there is no header row or no worksheet', () => {
    const noHeader = importKahootXlsx(xlsx({ sheet1: [[1, ['Question', 'Answer']]] }), { file: 'n.xlsx' });
    expect(problemLines(noHeader)).toEqual([expect.stringMatching(/^- : no header row found/)]);
    const noSheet = importKahootXlsx(zipSync({ 'xl/sharedStrings.xml': strToU8('<sst/>') }), {
      file: 's.xlsx',
    });
    expect(problemLines(noSheet)).toEqual([
      '- : the spreadsheet has no worksheet (xl/worksheets/sheet1.xml is missing)',
    ]);
  });

  it('refuses a part whose declared size is huge before inflating it', () => {
    const zip = xlsx({ sheet1: [[8, HEADER]] });
    const entry = centralEntry(zip, 'xl/worksheets/sheet1.xml');
    new DataView(zip.buffer, zip.byteOffset).setUint32(entry + 24, 0x7fffffff, true);
    const result = importKahootXlsx(zip, { file: 'bomb.xlsx' });
    expect(result.questions).toEqual([]);
    expect(problemLines(result)).toEqual([
      '- : the spreadsheet would unpack to more than 50 MB (xl/worksheets/sheet1.xml alone declares 2048 MB); it is refused as a possible zip bomb',
    ]);
  });

  it('refuses a real zip bomb: a small archive that unpacks past the limit', () => {
    const zeros = new Uint8Array(MAX_XLSX_UNPACKED_BYTES + 1);
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': [zeros, { level: 1 }] });
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = importKahootXlsx(zip, { file: 'zeros.xlsx' });
    expect(problemLines(result)).toEqual([expect.stringMatching(/refused as a possible zip bomb$/)]);
  });

  it('refuses archives with too many entries or a foreign compression method', () => {
    const many: Zippable = {};
    for (let i = 0; i <= MAX_XLSX_ENTRIES; i++) many[`junk/${i}.txt`] = new Uint8Array(0);
    expect(problemLines(importKahootXlsx(zipSync(many), { file: 'many.xlsx' }))).toEqual([
      `- : the archive lists ${MAX_XLSX_ENTRIES + 1} files; the spreadsheet has far fewer (at most ${MAX_XLSX_ENTRIES} are read)`,
    ]);
    const zip = xlsx({ sheet1: [[8, HEADER]] });
    new DataView(zip.buffer, zip.byteOffset).setUint16(
      centralEntry(zip, 'xl/sharedStrings.xml') + 10,
      14,
      true,
    );
    expect(problemLines(importKahootXlsx(zip, { file: 'lzma.xlsx' }))).toEqual([
      '- : xl/sharedStrings.xml uses a compression method (14) that the spreadsheet does not use (only stored and deflated parts are read)',
    ]);
  });

  it('reports text, broken zips, DOCTYPEs and malformed XML as file errors', () => {
    expect(problemLines(importKahootXlsx('Question,Answer', { file: 't.xlsx' }))).toEqual([
      '- : an .xlsx file must be read as bytes, not text',
    ]);
    expect(problemLines(importKahootXlsx(strToU8('hello'), { file: 'h.xlsx' }))).toEqual([
      '- : this is not an .xlsx file (not a zip archive)',
    ]);
    const whole = xlsx({ sheet1: [[8, HEADER]] });
    expect(
      problemLines(importKahootXlsx(whole.subarray(0, whole.length - 30), { file: 'cut.xlsx' })),
    ).toEqual(['- : this .xlsx file is damaged: its table of contents is missing']);
    const doctype = zipSync({
      'xl/worksheets/sheet1.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>'),
    });
    expect(problemLines(importKahootXlsx(doctype, { file: 'd.xlsx' }))).toEqual([
      '- : xl/worksheets/sheet1.xml contains a DOCTYPE, which .xlsx files never do',
    ]);
    const broken = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData></worksheet>') });
    expect(problemLines(importKahootXlsx(broken, { file: 'x.xlsx' }))).toEqual([
      expect.stringMatching(/^- : xl\/worksheets\/sheet1.xml is not well-formed XML \(line 1: /),
    ]);
  });
});

describe('importKahootCsv', () => {
  /** The template as a spreadsheet program saves it to CSV, with a multi-line question in row 10. */
  const rows = (separator: string) =>
    [
      `${separator}Quiz template`,
      `${separator}"Add questions, at least two answers${separator} and a time limit."`,
      '',
      '',
      '',
      '',
      '',
      [
        '',
        'Question - max 120 characters',
        'Answer 1 - max 75 characters',
        'Answer 2 - max 75 characters',
        'Answer 3 - max 75 characters',
        'Answer 4 - max 75 characters',
        'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
        'Correct answer(s) - choose at least one',
      ]
        .map((header) => (header.includes(separator) ? `"${header}"` : header))
        .join(separator),
      ['1', 'Which river?', 'Amur', 'Volga', '', '', '20', '1'].join(separator),
      ['2', '"Which two,\nfrom this list?"', 'Amur', 'Gobi', 'Ussuri', '', '30', '"1,3"'].join(separator),
      ['3', 'Too slow', 'a', 'b', '', '', '300', '2'].join(separator),
      ['4', '', '', '', '', '', '', ''].join(separator),
      ['5', 'Broken', 'a', '', '', '', '20', '1'].join(separator),
    ].join('\r\n');

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('reads a %s-separated copy and locates rows by row and line', (_, separator) => {
    const result = importKahootCsv(rows(separator), { file: 'quiz.csv' });
    expectContract(result, 'quiz.csv');
    expect(result.questions.map((q) => [q.type, q.prompt])).toEqual([
      ['single', 'Which river?'],
      ['multiple', 'Which two,\nfrom this list?'],
      ['single', 'Too slow'],
    ]);
    expect(problemLines(result)).toEqual([
      '12 row 11, column "Time limit": time limit 300 s is not one Kahoot allows (5, 10, 20, 30, 60, 90, 120, 240); taken as 240 s',
      '14 row 13, column "Answer 1": a Kahoot question needs at least two answers',
    ]);
  });

  it('reads bytes with a BOM and reports a missing header', () => {
    expect(importKahootCsv(strToU8(`\uFEFF${rows(',')}`), { file: 'b.csv' }).questions).toHaveLength(3);
    expect(problemLines(importKahootCsv('a,b\nc,d\n', { file: 'n.csv' }))).toEqual([
      expect.stringMatching(/^- : no header row found/),
    ]);
  });
});

describe('properties', () => {
  const RUNS = { numRuns: 200 };
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 10 }),
    fc.integer({ min: -5, max: 300 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom('1', '2', '1,3', '1, 2, 3, 4', '5', '0', 'a', '', ' ', '&', '<', '_x0041_', '"', '\n'),
    fc.string({ maxLength: 8 }).map((text) => ({ inline: text })),
    fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }).map((runs) => ({ rich: runs })),
  );
  const grid = fc
    .array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 })
    .map((body) => [
      [2, HEADER] as [number, Cell[]],
      ...body.map((cells, i) => [3 + i, cells] as [number, Cell[]]),
    ]);

  it('importKahootXlsx keeps its contract on random template sheets', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        expectContract(importKahootXlsx(xlsx({ sheet1: rows }), { file: 'p.xlsx' }), 'p.xlsx');
      }),
      RUNS,
    );
  });

  it('importKahootXlsx never throws on random or damaged bytes', () => {
    const valid = xlsx({
      sheet1: [
        [8, HEADER],
        [9, [1, 'Q', 'a', 'b', null, null, 20, '1']],
      ],
    });
    const damaged = fc
      .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((edits) => {
        const copy = valid.slice();
        for (const [at, value] of edits) copy[at] = value;
        return copy;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), damaged), (bytes) => {
        expectContract(importKahootXlsx(bytes, { file: 'r.xlsx' }), 'r.xlsx');
      }),
      RUNS,
    );
  });

  it('importKahootCsv keeps its contract on random template text', () => {
    const text = fc.tuple(grid, fc.constantFrom(',', ';', '\t')).map(([rows, separator]) =>
      rows
        .map(([, cells]) =>
          cells
            .map((value) => {
              const raw =
                value === null
                  ? ''
                  : typeof value === 'object'
                    ? 'inline' in value
                      ? value.inline
                      : value.rich.join('')
                    : String(value);
              return /[",;\t\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
            })
            .join(separator),
        )
        .join('\n'),
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (input) => {
        expectContract(importKahootCsv(input, { file: 'p.csv' }), 'p.csv');
      }),
      RUNS,
    );
  });
});
