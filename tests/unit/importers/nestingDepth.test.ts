import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importKahootXlsx } from '../../../src/core/importers/formats/kahoot';
import { importMoodleXml } from '../../../src/core/importers/formats/moodleXml';
import { importAny } from '../../../src/core/importers/importAny';
import { MAX_XML_DEPTH, findExcessXmlDepth } from '../../../src/core/importers/kit/xmlDepth';
import { FORMATS } from '../../../src/core/importers/registry';
import { problemLines } from './importerChecks';

const HUGE = 100_000;

/** Elements nested `depth` levels deep inside `<quiz>`. */
const deepXml = (depth: number) =>
  `<?xml version="1.0"?>\n<quiz>\n${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}\n</quiz>`;

describe('findExcessXmlDepth', () => {
  it('finds the line of the element that goes one level too deep', () => {
    expect(findExcessXmlDepth('<a>\n<b>\n<c>\n<d/></c></b></a>', 3)).toBeUndefined();
    expect(findExcessXmlDepth('<a>\n<b>\n<c>\n<d></d></c></b></a>', 3)).toEqual({ line: 4, limit: 3 });
  });

  it('does not count closed siblings, self-closing tags, comments, CDATA, declarations or a DOCTYPE', () => {
    const text = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE quiz [<!ELEMENT quiz ANY><!ENTITY x "<a><a><a><a>">]>',
      '<a title="x > y" note=\'<b><b><b>\'>',
      '<!-- <b><b><b><b> -->',
      '<![CDATA[<b><b><b><b>]]>',
      '<b/><b/><b></b><b></b>',
      '<b><c/></b>',
      '</a>',
    ].join('\n');
    expect(findExcessXmlDepth(text, 2)).toBeUndefined();
    expect(findExcessXmlDepth(text, 1)).toEqual({ line: 6, limit: 1 });
  });

  it('scans 100,000 levels without using the call stack', () => {
    expect(findExcessXmlDepth(deepXml(HUGE))).toEqual({ line: 3, limit: MAX_XML_DEPTH });
  });
});

describe('files nested 100,000 levels deep get a located message', () => {
  it('in Moodle XML, at the line where the nesting goes too deep', () => {
    expect(problemLines(importMoodleXml(deepXml(HUGE), { file: 'deep.xml' }))).toEqual([
      '3 : the XML is nested more than 64 levels deep here (a quiz needs about ten levels; the file is damaged or is not a quiz)',
    ]);
  });

  it('in a Kahoot spreadsheet, naming the part of the archive and its line', () => {
    const zip = zipSync({
      'xl/sharedStrings.xml': strToU8('<sst/>'),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet>\n<sheetData>\n${'<row>'.repeat(HUGE)}${'</row>'.repeat(HUGE)}</sheetData></worksheet>`,
      ),
    });
    expect(problemLines(importKahootXlsx(zip, { file: 'deep.xlsx' }))).toEqual([
      '- : xl/worksheets/sheet1.xml is nested more than 64 levels deep at line 3 (a quiz needs about ten levels; the file is damaged or is not a quiz)',
    ]);
  });

  it('in every format, deep brackets, braces, tags or clozes never throw and never pass silently', () => {
    const inputs = {
      lists: '['.repeat(HUGE) + ']'.repeat(HUGE),
      objects: '{"a":'.repeat(HUGE) + '1' + '}'.repeat(HUGE),
      tags: deepXml(HUGE),
      braces: 'Q {'.repeat(HUGE) + '}'.repeat(HUGE),
      clozes: 'a {{c1::'.repeat(HUGE) + '}}'.repeat(HUGE) + '\tback',
    };
    for (const format of FORMATS) {
      if (format.id === 'kahoot') continue; // a spreadsheet is bytes in a zip: covered above
      for (const [name, text] of Object.entries(inputs)) {
        const result = importAny(text, { file: `deep-${name}`, date: '2026-12-07' }, format.id);
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        expect(
          errors.map((problem) => problem.message),
          `${format.id} reading ${name}`,
        ).not.toContainEqual(expect.stringMatching(/call stack|Maximum nested|could not be read/));
        if (format.id === 'borderlines' && name !== 'tags' && name !== 'clozes')
          expect(errors[0]?.message, `${format.id} reading ${name}`).toMatch(
            /nested more than 64 levels deep/,
          );
        if (format.id === 'moodle-xml' && name === 'tags')
          expect(errors[0]?.message).toMatch(/nested more than 64 levels deep/);
      }
    }
  });
});
