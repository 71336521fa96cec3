import { describe, expect, it } from 'vitest';
import { importAnki } from '../../../src/core/importers/formats/anki';
import { SHORT_BACK_CHARS } from '../../../src/core/importers/kit/flashcards';
import { problemLines, run } from './importerChecks';

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
