import fc from 'fast-check';
import { describe, it } from 'vitest';
import { importAnki } from '../../../src/core/importers/formats/anki';
import { importCsv } from '../../../src/core/importers/formats/csv';
import { quizletImporter } from '../../../src/core/importers/formats/quizlet';
import { expectContract } from './importerChecks';

describe('properties', () => {
  const RUNS = { numRuns: 200 };
  const HEADERS = [
    'answer',
    'type',
    'choice 1',
    'choice 2',
    'wrong 1',
    'accept',
    'tags',
    'unit',
    'tolerance',
    'difficulty',
    'region',
    'id',
    'x',
  ];
  const TYPES = [
    '',
    'single',
    'multiple',
    'truefalse',
    'typed',
    'numeric',
    'year',
    'cloze',
    'matching',
    'bogus',
  ];
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '',
      ' ',
      'true',
      'FALSE',
      '1858',
      '4,209',
      '12%',
      '1,3',
      'a|b',
      '{{gap}}',
      '{{c1::x::h}}',
      '"',
      '#',
      '\n',
      '\t',
      ',',
      ';',
      '|',
      'km',
      '10%',
      '<br>',
      '&amp;',
    ),
    fc.constantFrom(...TYPES),
  );
  /** Quotes a field the way a careful CSV writer would. */
  const quote = (field: string, separator: string) =>
    /["\n\r]/.test(field) || field.includes(separator) ? `"${field.replace(/"/g, '""')}"` : field;
  const table = (separator: string) =>
    fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...HEADERS), { maxLength: 8 }).map((rest) => ['question', ...rest]),
        fc.array(fc.array(cellText, { maxLength: 9 }), { maxLength: 8 }),
      )
      .map(([header, rows]) =>
        [header, ...rows].map((row) => row.map((cell) => quote(cell, separator)).join(separator)).join('\n'),
      );
  /** Random damage: insert, delete or replace characters. */
  const mutate = (text: fc.Arbitrary<string>) =>
    fc
      .tuple(
        text,
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(3),
            fc.constantFrom('"', '\n', '\r', ',', '\t', '#', '{', '}', '\uFEFF', 'x', ''),
          ),
          { maxLength: 6 },
        ),
      )
      .map(([source, edits]) =>
        edits.reduce((out, [at, remove, insert]) => {
          const i = out.length === 0 ? 0 : at % (out.length + 1);
          return out.slice(0, i) + insert + out.slice(i + remove);
        }, source),
      );

  it('importCsv never throws and keeps its contract on arbitrary and damaged tables', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutate(table(',')), mutate(table('\t')), table(';')), (input) => {
        expectContract(importCsv(input, { file: 'p.csv' }), 'p.csv', input);
      }),
      RUNS,
    );
  });

  it('importCsv keeps its contract on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expectContract(importCsv(bytes, { file: 'b.csv' }), 'b.csv');
      }),
      RUNS,
    );
  });

  it('importAnki never throws and keeps its contract', () => {
    const header = fc.array(
      fc.constantFrom(
        '#separator:tab',
        '#separator:Comma',
        '#separator:x',
        '#html:true',
        '#html:false',
        '#html:maybe',
        '#notetype:Cloze',
        '#deck:A::B',
        '#tags:a b',
        '#guid column:1',
        '#deck column:2',
        '#tags column:3',
        '#notetype column:0',
        '#columns:Front\tBack',
        '# comment',
        'tags:x y',
      ),
      { maxLength: 5 },
    );
    const note = fc.array(
      fc.oneof(
        cellText,
        fc.constantFrom(
          '{{c1::a}}',
          '{{c2::b::hint}}',
          '{{c1::{{c2::x}}}}',
          'Cloze',
          'Basic (and reversed card)',
          '<img src=x>',
          '[sound:a.mp3]',
        ),
      ),
      { maxLength: 6 },
    );
    const file = fc
      .tuple(header, fc.array(note, { maxLength: 6 }))
      .map(([lines, notes]) =>
        [...lines, ...notes.map((fields) => fields.map((f) => quote(f, '\t')).join('\t'))].join('\n'),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutate(file), file), (input) => {
        expectContract(importAnki(input, { file: 'a.txt' }), 'a.txt', input);
      }),
      RUNS,
    );
  });

  it('importQuizlet never throws and keeps its contract, whatever the separators', () => {
    const separator = fc.option(fc.constantFrom('\t', ',', ';', '\n', ' - ', '::', '\n\n', 'x', '\r\n'), {
      nil: undefined,
    });
    const pair = fc.tuple(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('\t', ',', ';', ' - '),
      fc.string({ maxLength: 10 }),
    );
    const cards = fc
      .tuple(fc.array(pair, { maxLength: 8 }), fc.constantFrom('\n', ';'))
      .map(([pairs, rowSeparator]) => pairs.map(([t, s, d]) => `${t}${s}${d}`).join(rowSeparator));
    fc.assert(
      fc.property(fc.oneof(fc.string(), cards, mutate(cards)), separator, separator, (input, term, row) => {
        const importer = quizletImporter({ ...(term ? { term } : {}), ...(row ? { row } : {}) });
        expectContract(importer(input, { file: 'q.txt' }), 'q.txt', input);
      }),
      RUNS,
    );
  });
});
