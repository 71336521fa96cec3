import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../../src/core/importers/assemblePack';
import { importAnki } from '../../../src/core/importers/formats/anki';
import { importCsv } from '../../../src/core/importers/formats/csv';
import {
  detectQuizletSeparators,
  importQuizlet,
  quizletImporter,
} from '../../../src/core/importers/formats/quizlet';
import { SHORT_BACK_CHARS } from '../../../src/core/importers/kit/flashcards';
import { readDelimitedRows } from '../../../src/core/importers/kit/rows';
import type { ImportedQuestions, Importer } from '../../../src/core/importers/importTypes';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { formatProblem } from '../../../src/core/problems';

/** Wraps imported questions in a pack and returns what `parsePack` says about it, as readable lines. */
function packProblems(result: ImportedQuestions, file: string): string[] {
  const pack = assemblePack(result, { file, date: '2026-11-22' });
  const parsed = parsePack(JSON.stringify(pack), file);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  expect(parsed.value.pack.questions).toHaveLength(result.questions.length);
  return [...parsed.value.problems, ...parsed.value.notices].map(formatProblem);
}

/** The number of lines of a text as an editor counts them (CRLF, LF and lone CR each end a line). */
function lineCount(input: string): number {
  return input.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
}

/** Checks the importer contract: located problems with messages, and questions the pack validator accepts. */
function expectContract(result: ImportedQuestions, file: string, input?: string): void {
  for (const problem of result.problems) {
    expect(problem.message.trim()).not.toBe('');
    expect(problem.file).toBe(file);
    if (problem.line === undefined) {
      expect(problem.path).toBe('');
      expect(problem.severity).toBe('error');
    } else {
      expect(Number.isInteger(problem.line)).toBe(true);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      if (input !== undefined) expect(problem.line).toBeLessThanOrEqual(lineCount(input));
    }
  }
  expect(packProblems(result, file)).toEqual([]);
}

/** Imports text and checks the contract on the way. */
function run(importer: Importer, input: string, file = 'test.csv'): ImportedQuestions {
  const result = importer(input, { file });
  expectContract(result, file, input);
  return result;
}

/** Problems as `line path: message` lines, for readable expectations. */
function problemLines(result: ImportedQuestions, severity?: 'error' | 'warning'): string[] {
  return result.problems
    .filter((problem) => severity === undefined || problem.severity === severity)
    .map((problem) => `${problem.line ?? '-'} ${problem.path}: ${problem.message}`);
}

/** The question with a given prompt. */
function byPrompt(result: ImportedQuestions, prompt: string): Question {
  const question = result.questions.find((item) => item.prompt === prompt);
  if (!question)
    throw new Error(`no question "${prompt}" among ${result.questions.map((q) => q.prompt).join(' / ')}`);
  return question;
}

describe('readDelimitedRows', () => {
  it('locates records that follow multi-line quoted fields, comments and blank lines', () => {
    const text = 'a,b\n"x\ny\nz",2\n# note\n\n"q ""w""",3\n#c\nlast,4';
    const rows = readDelimitedRows(text, ',', true);
    expect(
      rows.filter((row) => row.fields.some((f) => f !== '')).map((row) => [row.fields, row.line]),
    ).toEqual([
      [['a', 'b'], 1],
      [['x\ny\nz', '2'], 2],
      [['q "w"', '3'], 7],
      [['last', '4'], 9],
    ]);
  });

  it('flags a quote that is never closed', () => {
    const rows = readDelimitedRows('a,b\n"open,2\nc,d\n', ',');
    expect(rows[1]?.quoteProblem).toBe('unclosed');
    expect(rows[1]?.line).toBe(2);
  });
});

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

describe('importAnki', () => {
  /** A current "Notes in Plain Text" export with every column ticked. */
  const EXPORT = [
    '#separator:tab',
    '#html:true',
    '#guid column:1',
    '#notetype column:2',
    '#deck column:3',
    '#tags column:6',
    'g1\tBasic\tRussia & China::Treaties\tWhich treaty of 1689 set the border?\tNerchinsk\ttreaties Qing::Kangxi',
    'g2\tCloze\tRussia & China::Treaties\t{{c1::Aigun::a town}} was signed in {{c2::1858}}; {{c1::Peking}} followed.\tBoth by <b>Muravyov</b>&nbsp;era.\ttreaties',
    '# a comment line inside the data',
    'g3\tBasic (and reversed card)\tRussia & China::Pipelines\tPower of Siberia<br>opened in\t2019\t',
    'g4\tBasic\tRussia & China::Pipelines\t"#1 gas buyer,\nwith a tab\tinside"\tChina &amp; Europe\t',
    'g5\tBasic (optional reversed card)\tRussia & China::Pipelines\tFront only\tBack only\t',
  ].join('\n');

  it('reads a full export: basic, cloze per card number with hints, reversed cards, comments, HTML', () => {
    const result = run(importAnki, EXPORT, 'deck.txt');
    expect(problemLines(result)).toEqual([
      '10 note 3: 1 card has a long back (over 60 characters or several lines): kept as typed questions with typos allowed, best studied as flashcards',
    ]);
    expect(result.title).toBe('Russia & China');
    const prompts = result.questions.map((q) => q.prompt);
    expect(prompts).toEqual([
      'Which treaty of 1689 set the border?',
      'Fill in the gaps. Hint: a town',
      'Fill in the gap.',
      'Power of Siberia\nopened in',
      '2019',
      '#1 gas buyer,\nwith a tab inside',
      'Front only',
    ]);
    expect(result.questions[0]).toMatchObject({
      type: 'typed',
      answer: 'Nerchinsk',
      card: { front: 'Which treaty of 1689 set the border?', back: 'Nerchinsk' },
      tags: ['treaties', 'qing-kangxi'],
    });
    expect(result.questions[1]).toMatchObject({
      type: 'cloze',
      text: '{{Aigun}} was signed in 1858; {{Peking}} followed.',
      explanation: 'Both by Muravyov era.',
    });
    expect(result.questions[2]).toMatchObject({
      type: 'cloze',
      text: 'Aigun was signed in {{1858}}; Peking followed.',
    });
    expect(result.questions[4]).toMatchObject({
      type: 'typed',
      answer: 'Power of Siberia\nopened in',
      card: { front: '2019' },
    });
    expect(result.questions[5]).toMatchObject({ answer: 'China & Europe' });
    expect(result.questions[1]?.tags).toEqual(['treaties']);
    expect(result.questions[3]?.tags).toEqual(['pipelines']);
  });

  it('reports each bad note at its line', () => {
    const input = [
      '#separator:Semicolon',
      '#html:false',
      '#notetype:Cloze',
      'No deletions here;extra',
      '{{c1::outer {{c2::inner}} }};',
      '{{c1::never closed;',
      '"{{c1::fine}} <b>kept</b>";x',
    ].join('\n');
    const result = run(importAnki, input, 'cloze.txt');
    expect(result.questions).toEqual([
      expect.objectContaining({ type: 'cloze', text: '{{fine}} <b>kept</b>', explanation: 'x' }),
    ]);
    expect(problemLines(result)).toEqual([
      '4 note 1, field 1: a cloze note needs at least one deletion written {{c1::answer}}',
      '5 note 2, field 1: the cloze text has a cloze deletion inside another one',
      '6 note 3, field 1: the cloze text has "{{c1::" without a closing "}}"',
    ]);
  });

  it('reads a legacy tags: line and guesses the separator and plain text', () => {
    const input = 'tags:geo Capitals\nCapital of China, Beijing\nCapital of Russia, Moscow\n\n';
    const result = run(importAnki, input, 'old.txt');
    expect(result.questions).toEqual([
      expect.objectContaining({
        prompt: 'Capital of China',
        answer: 'Beijing',
        tags: ['geo', 'capitals'],
        card: { front: 'Capital of China', back: 'Beijing' },
      }),
      expect.objectContaining({ prompt: 'Capital of Russia', answer: 'Moscow' }),
    ]);
    expect(result.title).toBeUndefined();
  });

  it('accepts named and literal separators, #columns names and a deck header', () => {
    const piped = run(
      importAnki,
      '#separator:Pipe\n#deck:Geography::Rivers\n#columns:Front|Back|Tags\nLongest river?|Yangtze|asia\n',
      'p.txt',
    );
    expect(piped.title).toBe('Geography › Rivers');
    expect(piped.questions).toEqual([expect.objectContaining({ answer: 'Yangtze', tags: ['asia'] })]);
    const literal = run(importAnki, '#separator:;\nA;B\n', 'l.txt');
    expect(literal.questions).toEqual([expect.objectContaining({ prompt: 'A', answer: 'B' })]);
    const unknown = run(importAnki, '#separator:Slash\nA\tB\n', 'u.txt');
    expect(unknown.questions).toHaveLength(1);
    expect(problemLines(unknown)).toEqual(['1 : unknown separator "Slash"; guessing it from the notes']);
  });

  it('reports empty sides, and folds long backs and media into one warning each', () => {
    const long = 'x'.repeat(SHORT_BACK_CHARS + 1);
    const input = [
      '#separator:tab',
      '#html:true',
      `Q1\t${long}`,
      'Q2\tline one<br>line two',
      '<img src="map.png">\tonly a picture',
      'Q4\t[sound:name.mp3]',
      'Q5\tShort [sound:a.mp3]',
    ].join('\n');
    const result = run(importAnki, input, 'long.txt');
    expect(result.questions.map((q) => q.prompt)).toEqual(['Q1', 'Q2', 'Q5']);
    expect(result.questions[0]).toMatchObject({ type: 'typed', typos: true, answer: long });
    expect(problemLines(result)).toEqual([
      '5 note 3, field 1: the first field (front) is empty',
      '6 note 4, field 2: the second field (back) is empty',
      '3 note 1: 2 cards have long backs (over 60 characters or several lines): kept as typed questions with typos allowed, best studied as flashcards',
      '5 note 3: 3 notes have images or sounds, which are not imported',
    ]);
  });

  it('keeps markup as text when html is false and guesses HTML when the header is silent', () => {
    expect(
      run(importAnki, '#html:false\n#separator:tab\n2 < 3?\t<b>yes</b>\n', 'a.txt').questions[0],
    ).toMatchObject({
      prompt: '2 < 3?',
      answer: '<b>yes</b>',
    });
    expect(
      run(importAnki, '#separator:tab\nCapital<br>of China?\t<i>Beijing</i>\n', 'b.txt').questions[0],
    ).toMatchObject({
      prompt: 'Capital\nof China?',
      answer: 'Beijing',
    });
  });
});

describe('importQuizlet', () => {
  it('reads the default tab and newline export, CRLF and blank lines included', () => {
    const result = run(importQuizlet, 'Aigun\t1858 treaty\r\n\r\nNerchinsk\t1689 treaty\r\n', 'set.txt');
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      expect.objectContaining({
        type: 'typed',
        prompt: 'Aigun',
        answer: '1858 treaty',
        card: { front: 'Aigun', back: '1858 treaty' },
      }),
      expect.objectContaining({ prompt: 'Nerchinsk', answer: '1689 treaty' }),
    ]);
  });

  it('detects comma and semicolon separators', () => {
    expect(detectQuizletSeparators('a,b\nc,d')).toEqual({ term: ',', row: '\n' });
    expect(detectQuizletSeparators('a,b;c,d;')).toEqual({ term: ',', row: ';' });
    expect(detectQuizletSeparators('a\tb;c\td')).toEqual({ term: '\t', row: ';' });
    expect(detectQuizletSeparators('a\tb, c\nd\te')).toEqual({ term: '\t', row: '\n' });
    expect(detectQuizletSeparators('a;b\nc;d')).toEqual({ term: ';', row: '\n' });
    const result = run(importQuizlet, 'Moscow,Russia;Beijing,China;', 'q.txt');
    expect(result.questions.map((q) => [q.prompt, q.type === 'typed' ? q.answer : ''])).toEqual([
      ['Moscow', 'Russia'],
      ['Beijing', 'China'],
    ]);
  });

  it('uses custom separators when given', () => {
    const importer = quizletImporter({ term: ' :: ', row: '\n\n' });
    const result = run(importer, 'Amur :: river\nalso Heilong\n\nUssuri :: river, too\n', 'c.txt');
    expect(result.questions).toEqual([
      expect.objectContaining({ prompt: 'Amur', answer: 'river\nalso Heilong', typos: true }),
      expect.objectContaining({ prompt: 'Ussuri', answer: 'river, too' }),
    ]);
  });

  it('joins a definition broken by a line break, and reports cards it cannot read', () => {
    const input =
      'no separator at all\nAigun\t1858\nsecond line of the definition\n\tno term\nno definition\t\n';
    const result = run(importQuizlet, input, 'b.txt');
    expect(result.questions).toEqual([
      expect.objectContaining({ prompt: 'Aigun', answer: '1858\nsecond line of the definition' }),
    ]);
    expect(problemLines(result)).toEqual([
      '1 card 1: no separator between term and definition',
      '3 card 1: no separator between term and definition here, so this was joined to the definition above (a line break inside a definition?)',
      '4 card 2: the term is empty',
      '5 card 3: the definition is empty',
      '2 card 1: 1 card has a long back (over 60 characters or several lines): kept as typed questions with typos allowed, best studied as flashcards',
    ]);
  });
});

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
