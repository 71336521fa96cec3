import { describe, expect, it } from 'vitest';
import { fileHead } from '../../../src/core/importers/detectFormat';
import { ankiFormat } from '../../../src/core/importers/formats/anki';
import { borderlinesFormat } from '../../../src/core/importers/formats/borderlines';
import { csvFormat } from '../../../src/core/importers/formats/csv';
import { giftFormat } from '../../../src/core/importers/formats/gift';
import { kahootFormat } from '../../../src/core/importers/formats/kahoot';
import { moodleXmlFormat } from '../../../src/core/importers/formats/moodleXml';
import { quizletFormat } from '../../../src/core/importers/formats/quizlet';
import type { FormatDefinition } from '../../../src/core/importers/importTypes';
import {
  ACCEPTED_EXTENSIONS,
  FORMATS,
  IMPORT_FORMATS,
  formatOf,
  isImportFormat,
} from '../../../src/core/importers/registry';

/** What a format's sniff says about a file's start (the name is neutral, so only the content counts). */
function sniffs(format: FormatDefinition, input: string | Uint8Array): boolean {
  return format.sniff(fileHead('pasted.txt', input));
}

/** The first line of Kahoot's quiz template, as a spreadsheet program saves it to CSV. */
const KAHOOT_HEADER =
  'Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Time limit (sec) – 5; 10; 20; 30; 60; 90; 120; or 240 secs,Correct answer(s) - choose at least one';

describe('each format recognises its own content', () => {
  it('Borderlines JSON: text that starts with "{", after white space or a byte-order mark', () => {
    expect(sniffs(borderlinesFormat, '  \n{"format": "borderlines-pack"}')).toBe(true);
    expect(sniffs(borderlinesFormat, new TextEncoder().encode('\uFEFF{}'))).toBe(true);
    expect(sniffs(borderlinesFormat, '[1, 2]')).toBe(false);
    expect(sniffs(borderlinesFormat, 'question,answer\nWhat?,{x}')).toBe(false);
  });

  it('Moodle XML: an XML declaration or a <quiz> root', () => {
    expect(sniffs(moodleXmlFormat, '<?xml version="1.0" encoding="UTF-8"?>\n<quiz></quiz>')).toBe(true);
    expect(sniffs(moodleXmlFormat, '\n  <quiz>\n</quiz>')).toBe(true);
    expect(sniffs(moodleXmlFormat, '<html><body>quiz</body></html>')).toBe(false);
    expect(sniffs(moodleXmlFormat, 'question,answer\n<quiz>,x')).toBe(false);
  });

  it('Kahoot: a zip (an .xlsx) or the template header text', () => {
    expect(sniffs(kahootFormat, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe(true);
    expect(sniffs(kahootFormat, `Quiz title\n\n${KAHOOT_HEADER}\n1,Capital?,Beijing,Moscow,20,1`)).toBe(true);
    expect(sniffs(kahootFormat, 'PK is text here')).toBe(false);
    expect(sniffs(kahootFormat, 'question,answer\nCapital?,Beijing')).toBe(false);
  });

  it('Anki: "#key:value" header lines, or a legacy "tags:" first line', () => {
    expect(sniffs(ankiFormat, '#separator:tab\n#html:false\nFront\tBack')).toBe(true);
    expect(sniffs(ankiFormat, '#Deck column: 3\nFront\tBack\tGeo')).toBe(true);
    expect(sniffs(ankiFormat, 'tags: russia china\nFront\tBack')).toBe(true);
    expect(sniffs(ankiFormat, '# a comment\nquestion,answer\nQ,A')).toBe(false);
    expect(sniffs(ankiFormat, 'Front\tBack')).toBe(false);
  });

  it('GIFT: an answer block holding "=", "~" or "#", or a title or category line', () => {
    expect(sniffs(giftFormat, 'Who is buried in Grant’s tomb? {=Grant ~Jefferson}')).toBe(true);
    expect(sniffs(giftFormat, 'Year of the treaty? { #1858 }')).toBe(true);
    expect(sniffs(giftFormat, '::Aigun:: The treaty was signed in 1858. {T}')).toBe(true);
    expect(sniffs(giftFormat, '$CATEGORY: treaties\n\nQ {T}')).toBe(true);
    expect(sniffs(giftFormat, 'question,answer\nWhat is {x}?,y')).toBe(false);
  });

  it('Quizlet: every line is one tab-separated pair, and the first line is no header', () => {
    expect(sniffs(quizletFormat, 'Aigun\tTreaty of 1858\n\nNerchinsk\tTreaty of 1689\n')).toBe(true);
    expect(sniffs(quizletFormat, 'Term\tDefinition\nAigun\t1858')).toBe(false);
    expect(sniffs(quizletFormat, 'Aigun\t1858\textra')).toBe(false);
    expect(sniffs(quizletFormat, 'Aigun,1858')).toBe(false);
    expect(sniffs(quizletFormat, '')).toBe(false);
  });

  it('CSV: takes any text, since it is the fallback', () => {
    expect(sniffs(csvFormat, 'question,answer\nCapital?,Beijing')).toBe(true);
    expect(sniffs(csvFormat, '')).toBe(true);
  });
});

describe('the format registry', () => {
  it('lists each format once, with CSV (which takes anything) last', () => {
    expect(new Set(IMPORT_FORMATS).size).toBe(FORMATS.length);
    expect(IMPORT_FORMATS.at(-1)).toBe('csv');
    for (const id of IMPORT_FORMATS) expect(formatOf(id).id).toBe(id);
  });

  it('gives every format a name and at least one file name ending', () => {
    for (const format of FORMATS) {
      expect(format.name).not.toBe('');
      expect(format.extensions.length).toBeGreaterThan(0);
      for (const ending of format.extensions) expect(ending).toMatch(/^\.[a-z0-9]+$/);
    }
  });

  it('accepts every ending some format reads, once each, in the file picker', () => {
    expect([...ACCEPTED_EXTENSIONS].sort()).toEqual([
      '.csv',
      '.gift',
      '.json',
      '.tsv',
      '.txt',
      '.xlsx',
      '.xml',
    ]);
  });

  it('tells format ids from other text', () => {
    expect(isImportFormat('moodle-xml')).toBe(true);
    expect(isImportFormat('docx')).toBe(false);
    expect(isImportFormat('')).toBe(false);
  });
});
