import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/core/importers/formats/csv';
import type { ImportedQuestions } from '../../../src/core/importers/importTypes';
import { byPrompt, expectContract, problemLines, run } from './importerChecks';

describe('importCsv', () => {
  it('reads header synonyms, letters for answers, feedback, tags and difficulty (semicolons guessed)', () => {
    const input = [
      'Prompt;Back;Option A;Option B;Option C;Feedback;Tags;Difficulty;Region',
      'Which treaty fixed the Amur border?;B;Nerchinsk;Aigun;Peking;Signed in 1858.;Treaties, Qing;hard;North China',
    ].join('\n');
    const result = run(importCsv, input);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      expect.objectContaining({
        type: 'single',
        prompt: 'Which treaty fixed the Amur border?',
        choices: [{ text: 'Nerchinsk' }, { text: 'Aigun', correct: true }, { text: 'Peking' }],
        explanation: 'Signed in 1858.',
        tags: ['treaties', 'qing'],
        difficulty: 3,
        region: 'north-china',
      }),
    ]);
  });

  it('keeps quoted separators and multi-line fields, and reports later rows at their real line', () => {
    const input = [
      'question,answer,wrong 1,wrong 2',
      '"Which pipeline, opened in 2019,',
      'carries Siberian gas?","Power of Siberia","Nord Stream, 1","Altai"',
      'No answer here,,x,y',
    ].join('\n');
    const result = run(importCsv, input);
    expect(byPrompt(result, 'Which pipeline, opened in 2019,\ncarries Siberian gas?')).toMatchObject({
      type: 'single',
      choices: [{ text: 'Power of Siberia', correct: true }, { text: 'Nord Stream, 1' }, { text: 'Altai' }],
    });
    expect(problemLines(result)).toEqual(['4 row 3, column "answer": the answer is missing']);
  });

  it('strips a BOM and handles CRLF line ends', () => {
    const result = run(importCsv, '\uFEFFquestion,answer\r\nCapital of China?,Beijing\r\nEmpty?,\r\n');
    expect(result.questions).toEqual([expect.objectContaining({ type: 'typed', answer: 'Beijing' })]);
    expect(problemLines(result)).toEqual(['3 row 3, column "answer": the answer is missing']);
  });

  it('decodes UTF-8 and UTF-16 bytes, and falls back to Windows-1252 with a located warning', () => {
    const utf8 = importCsv(strToU8('\uFEFFquestion,answer\nCapital?,Bern\n'), { file: 'a.csv' });
    expect(utf8.questions).toHaveLength(1);
    const text = 'question,answer\nCapital?,Zürich\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(importCsv(utf16, { file: 'b.csv' }).questions).toEqual([
      expect.objectContaining({ answer: 'Zürich' }),
    ]);
    const cp1252 = Uint8Array.from([
      ...strToU8('question,answer\nCaf'),
      0xe9,
      ...strToU8('?,Cr'),
      0xe8,
      0x6d,
      0x65,
    ]);
    const latin = importCsv(cp1252, { file: 'c.csv' });
    expectContract(latin, 'c.csv');
    expect(latin.questions).toEqual([expect.objectContaining({ prompt: 'Café?', answer: 'Crème' })]);
    expect(problemLines(latin, 'warning')).toEqual([expect.stringMatching(/^2 : the file is not UTF-8/)]);
  });

  it('reads every type from a type column', () => {
    const input = [
      'type,question,answer,choice 1,choice 2,choice 3,accept,unit,tolerance',
      'single,One?,2,a,b,c,,,',
      'multiple,Several?,"1,3",a,b,c,,,',
      'Multiple Choice,Auto?,a|c,a,b,c,,,',
      'true/false,Is the border 4209 km?,yes,,,,,,',
      'typed,Old name of Beijing?,Peking|Peiping,,,,Pekin|peking,,',
      'numeric,Trade in 2023?,240,,,,,bn USD,',
      'number,Border length?,"4,209",,,,,km,5%',
      'year,Treaty of Aigun?,1858,,,,,,2',
      'cloze,The {{Amur}} meets the {{Ussuri|Wusuli}}.,,,,,,,',
      'matching,Pairs?,x,,,,,,',
      'essay,Discuss.,x,,,,,,',
    ].join('\n');
    const result = run(importCsv, input);
    expect(byPrompt(result, 'One?')).toMatchObject({
      type: 'single',
      choices: [{ text: 'a' }, { text: 'b', correct: true }, { text: 'c' }],
    });
    expect(byPrompt(result, 'Several?')).toMatchObject({
      type: 'multiple',
      choices: [{ text: 'a', correct: true }, { text: 'b' }, { text: 'c', correct: true }],
    });
    expect(byPrompt(result, 'Auto?')).toMatchObject({ type: 'multiple' });
    expect(byPrompt(result, 'Is the border 4209 km?')).toMatchObject({ type: 'truefalse', answer: true });
    expect(byPrompt(result, 'Old name of Beijing?')).toMatchObject({
      type: 'typed',
      answer: 'Peking',
      accept: ['Peiping', 'Pekin'],
    });
    expect(byPrompt(result, 'Trade in 2023?')).toMatchObject({ type: 'numeric', answer: 240 });
    expect(byPrompt(result, 'Border length?')).toMatchObject({
      type: 'numeric',
      answer: 4209,
      unit: 'km',
      tolerance: { relative: 0.05 },
    });
    expect(byPrompt(result, 'Treaty of Aigun?')).toMatchObject({ type: 'year', answer: 1858, tolerance: 2 });
    expect(byPrompt(result, 'Fill in the gaps.')).toMatchObject({
      type: 'cloze',
      text: 'The {{Amur}} meets the {{Ussuri|Wusuli}}.',
    });
    expect(problemLines(result)).toEqual([
      '7 row 7, column "unit": unit "bn USD" is not one of USD, GBP, km, miles, km2, bcm, percent, celsius, people, count; ignored',
      '11 row 11, column "type": type "matching" cannot be imported from a CSV file; write it in a JSON pack',
      '12 row 12, column "type": type "essay" is not one of single, multiple, truefalse, typed, numeric, year, cloze',
    ]);
  });

  it('infers the type of rows without one', () => {
    const input = [
      'question,answer,option a,option b,option c',
      'Pick one,Aigun,Nerchinsk,Aigun,Peking',
      'Pick two,"A, C",Nerchinsk,Aigun,Peking',
      'Answer not among the options,Kyakhta,Nerchinsk,Aigun,',
      'The Amur is longer than the Volga.,FALSE,,,',
      'How many km of border?,"4,209",,,',
      'In which year was the treaty signed?,1689,,,',
      'When did the USSR end?,1991,,,',
      'How many member states?,10,,,',
      'Share of trade?,12%,,,',
      'Capital?,Beijing,,,',
      'Anki style {{c1::gap::hint}} and {{c2::another}},,,,',
    ].join('\n');
    const result = run(importCsv, input);
    expect(result.problems).toEqual([]);
    expect(byPrompt(result, 'Pick one')).toMatchObject({
      type: 'single',
      choices: [{ text: 'Nerchinsk' }, { text: 'Aigun', correct: true }, { text: 'Peking' }],
    });
    expect(byPrompt(result, 'Pick two')).toMatchObject({ type: 'multiple' });
    expect(byPrompt(result, 'Answer not among the options')).toMatchObject({
      type: 'single',
      choices: [{ text: 'Kyakhta', correct: true }, { text: 'Nerchinsk' }, { text: 'Aigun' }],
    });
    expect(byPrompt(result, 'The Amur is longer than the Volga.')).toMatchObject({
      type: 'truefalse',
      answer: false,
    });
    expect(byPrompt(result, 'How many km of border?')).toMatchObject({ type: 'numeric', answer: 4209 });
    expect(byPrompt(result, 'In which year was the treaty signed?')).toMatchObject({
      type: 'year',
      answer: 1689,
    });
    expect(byPrompt(result, 'When did the USSR end?')).toMatchObject({ type: 'year', answer: 1991 });
    expect(byPrompt(result, 'How many member states?')).toMatchObject({ type: 'numeric', answer: 10 });
    expect(byPrompt(result, 'Share of trade?')).toMatchObject({
      type: 'numeric',
      answer: 12,
      unit: 'percent',
    });
    expect(byPrompt(result, 'Capital?')).toMatchObject({ type: 'typed', answer: 'Beijing' });
    expect(byPrompt(result, 'Fill in the gaps.')).toMatchObject({
      type: 'cloze',
      text: 'Anki style {{gap}} and {{another}}',
    });
  });

  it('skips empty rows, warns once about unknown columns and per row about extra fields', () => {
    const input = 'question,answer,notes,source page\n\nQ1,A1,x,y\n, ,\nQ2,A2,,,surplus,more\n\n';
    const result = run(importCsv, input);
    expect(result.questions.map((q) => q.prompt)).toEqual(['Q1', 'Q2']);
    expect(problemLines(result)).toEqual([
      '1 row 1: unknown columns ignored: "notes", "source page"',
      '5 row 5: this row has 6 fields but the header has 4; the extra fields are ignored (is a separator inside a field missing its quotes?)',
    ]);
  });

  it('rejects a file whose first row does not name a question column', () => {
    const result = run(importCsv, 'Beijing,Capital of China\nMoscow,Capital of Russia\n');
    expect(result.questions).toEqual([]);
    expect(problemLines(result, 'error')).toEqual([
      expect.stringMatching(/^1 row 1: the first row must name the columns/),
    ]);
    expect(run(importCsv, '').problems).toEqual([
      expect.objectContaining({ severity: 'error', message: 'the file has no rows' }),
    ]);
  });

  it('skips # comment lines before the header and honours Excel’s sep= line', () => {
    const result = run(importCsv, '# exported 2026-11-22\n# by hand\nquestion,answer\nQ,A\n');
    expect(result.questions).toHaveLength(1);
    expect(run(importCsv, 'sep=;\nquestion;answer\nQ, with comma;A\n').questions).toEqual([
      expect.objectContaining({ prompt: 'Q, with comma', answer: 'A' }),
    ]);
  });

  it('reports bad rows and bad values with their columns, keeping the good ones', () => {
    const input = [
      'question,answer,choice 1,choice 2,difficulty,region,type,id',
      ',orphan answer,,,,,,',
      'Same choices,a,a,A,,,,',
      'Wrong pick,Z,"x, y",w,,,,',
      'Bad difficulty,A,,,very,,,',
      'Bad region,A,,,,---,,',
      'Single with two,"1,2",x,y,,,single,',
      'Not a year,1858.5,,,,,year,',
      'Not a number,lots,,,,,numeric,',
      'Not true,maybe,,,,,truefalse,',
      'Bad cloze {{,,,,,,cloze,',
      'Named,A,,,,,,Aigun Treaty',
      '"Unclosed,A,,,,,,',
    ].join('\n');
    const result = run(importCsv, input);
    expect(result.questions.map((q) => q.prompt)).toEqual([
      'Wrong pick',
      'Bad difficulty',
      'Bad region',
      'Named',
    ]);
    expect(byPrompt(result, 'Wrong pick')).toMatchObject({
      type: 'single',
      choices: [{ text: 'Z', correct: true }, { text: 'x, y' }, { text: 'w' }],
    });
    expect(byPrompt(result, 'Named').id).toBe('test-aigun-treaty');
    expect(problemLines(result)).toEqual([
      '2 row 2, column "question": the question is empty',
      '3 row 3: choice "A" appears twice',
      '5 row 5, column "difficulty": difficulty "very" is not 1-3 or easy/medium/hard; using 2',
      '6 row 6, column "region": region "---" is not a usable region id; ignored',
      '7 row 7, column "answer": type is single but 2 answers are marked correct',
      '8 row 8, column "answer": answer "1858.5" is not a year between -5000 and 3000',
      '9 row 9, column "answer": answer "lots" is not a number',
      '10 row 10, column "answer": answer "maybe" is not true or false',
      '11 row 11, column "question": the cloze text has "{{" without a closing "}}"',
      '13 row 13: a quoted field starts on this line but its closing quote is missing; the rest of the file was read into it',
    ]);
  });

  it('gives stable ids: the same question keeps its id when rows move', () => {
    const a = run(importCsv, 'question,answer\nQ1,A\nQ2,B\n');
    const b = run(importCsv, 'question,answer\nQ2,B\nQ0,C\nQ1,A\n');
    const idOf = (result: ImportedQuestions, prompt: string) => byPrompt(result, prompt).id;
    expect(idOf(b, 'Q1')).toBe(idOf(a, 'Q1'));
    expect(idOf(b, 'Q2')).toBe(idOf(a, 'Q2'));
    const twice = run(importCsv, 'question,answer\nSame,A\nSame,B\n');
    expect(new Set(twice.questions.map((q) => q.id)).size).toBe(2);
  });
});
