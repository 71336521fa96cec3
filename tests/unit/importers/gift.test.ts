import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../../src/core/importers/assemblePack';
import { importGift } from '../../../src/core/importers/formats/gift';
import {
  type ImportedQuestions,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_QUESTIONS,
} from '../../../src/core/importers/importTypes';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { describeWithShared, itWithShared, sharedPath } from '../../support/shared';

const FIXTURES = sharedPath('fixtures', 'gift');

/** The text of a shared GIFT fixture, e.g. `moodle/examples.txt`. */
function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The gift-pegjs fixture files' names. */
function pegjsFiles(): string[] {
  return readdirSync(join(FIXTURES, 'gift-pegjs')).filter((name) => name.endsWith('.gift'));
}

/** Every shared GIFT fixture, as `moodle/…` and `gift-pegjs/…` names. */
function allFixtures(): string[] {
  return [
    ...readdirSync(join(FIXTURES, 'moodle')).map((name) => `moodle/${name}`),
    ...pegjsFiles().map((name) => `gift-pegjs/${name}`),
  ];
}

/** Imports GIFT text as the file `test.gift` (so generated ids start with `test-`). */
function gift(text: string | Uint8Array, file = 'test.gift'): ImportedQuestions {
  return importGift(text, { file });
}

/** The only question of an import that must yield exactly one. */
function only(text: string): Question {
  const result = gift(text);
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0]!;
}

/** The question with this id, failing the test when there is none. */
function byId(result: ImportedQuestions, id: string): Question {
  const question = result.questions.find((item) => item.id === id);
  if (!question) throw new Error(`no question ${id}; ids: ${result.questions.map((q) => q.id).join(', ')}`);
  return question;
}

/** The n-th question an import yielded (1-based, in file order). */
function nth(result: ImportedQuestions, n: number): Question {
  const question = result.questions[n - 1];
  if (!question) throw new Error(`no question ${n}; there are ${result.questions.length}`);
  return question;
}

/** The id a question without a title gets: the prefix and a hash of its text. */
const UNTITLED_ID = (prefix: string) => new RegExp(`^${prefix}-[0-9a-z]{7}$`);

/** Errors and warnings as `severity line` pairs, in order. */
function where(result: ImportedQuestions): string[] {
  return result.problems.map((problem) => `${problem.severity} ${problem.line}`);
}

/** The single error message of an import that must fail with one error and import nothing. */
function errorOf(text: string): { message: string; line: number | undefined } {
  const result = gift(text);
  expect(result.questions).toEqual([]);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors).toHaveLength(1);
  return { message: errors[0]!.message, line: errors[0]!.line };
}

/** Asserts that the imported questions, wrapped as a pack, pass the pack parser with no problem. */
function expectValidPack(result: ImportedQuestions, file = 'test.gift'): void {
  const pack = assemblePack(result, { file, date: '2026-11-22' });
  const parsed = parsePack(JSON.stringify(pack));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value.problems).toEqual([]);
  expect(parsed.value.pack.questions).toHaveLength(result.questions.length);
}

describeWithShared('importGift on Moodle fixtures', () => {
  const examples = gift(fixture('moodle/examples.txt'), 'examples.txt');

  it('reads every question of examples.txt, only warning where partial credit is lost', () => {
    expect(examples.questions).toHaveLength(43);
    expect(examples.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(where(examples)).toEqual([
      'warning 76',
      'warning 115',
      'warning 117',
      'warning 123',
      'warning 190',
      'warning 195',
      'warning 202',
    ]);
    expect(examples.problems[2]!.message).toBe(
      '"Jesus\' hometown": imported with changes: partial credit for "Bethlehem" (25%) is not kept; ' +
        'partial credit for "Galilee" (50%) is not kept',
    );
  });

  it('maps multiple choice with one "=" to a single-choice question', () => {
    expect(nth(examples, 1)).toEqual({
      id: expect.stringMatching(UNTITLED_ID('examples')),
      type: 'single',
      prompt: "Who's buried in Grant's tomb?",
      choices: [{ text: 'Grant' }, { text: 'Jefferson' }, { text: 'no one', correct: true }],
      source: 'imported',
      difficulty: 2,
      tags: [],
    });
  });

  it('puts a blank where a missing word stood, across lines', () => {
    expect(nth(examples, 2).prompt).toBe("Grant is _____ in Grant's tomb.");
    expect(nth(examples, 8).prompt).toBe(
      'The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.',
    );
  });

  it('reads true/false, short answers and a missing-word short answer as a cloze', () => {
    expect(nth(examples, 3)).toMatchObject({ type: 'truefalse', answer: false });
    expect(nth(examples, 13)).toMatchObject({ type: 'truefalse', answer: true });
    expect(nth(examples, 4)).toMatchObject({
      type: 'typed',
      answer: 'no one',
      accept: ['nobody'],
    });
    expect(nth(examples, 11)).toMatchObject({
      type: 'cloze',
      prompt: 'Fill in the gap.',
      text: 'Two plus two equals {{four|4}}.',
    });
  });

  it('reads numerical answers with tolerances and ranges', () => {
    expect(nth(examples, 5)).toMatchObject({
      type: 'numeric',
      answer: 1822,
      tolerance: { absolute: 1 },
    });
    expect(nth(examples, 16)).toMatchObject({ type: 'numeric', answer: 1822 });
    expect(nth(examples, 16)).not.toHaveProperty('tolerance');
    expect(nth(examples, 18)).toMatchObject({
      answer: 3.1415,
      tolerance: { absolute: 0.0005 },
      prompt: 'What is the value of pi (to 3 decimal places)? _____.',
    });
    expect(byId(examples, 'examples-numerical-example')).toMatchObject({
      type: 'numeric',
      answer: 1822,
      explanation: 'Correct! 100% credit',
    });
  });

  it('reads matching pairs with the spaces around "->" removed', () => {
    expect(nth(examples, 15)).toMatchObject({
      type: 'matching',
      pairs: [
        { left: 'Canada', right: 'Ottawa' },
        { left: 'Italy', right: 'Rome' },
        { left: 'Japan', right: 'Tokyo' },
        { left: 'India', right: 'New Delhi' },
      ],
    });
  });

  it('uses titles for ids, made unique, and keeps multi-line question text', () => {
    expect(byId(examples, 'examples-kanji-origins')).toMatchObject({
      type: 'typed',
      answer: 'China',
      prompt: 'Japanese characters originally\ncame from what country?',
    });
    expect(byId(examples, 'examples-jesus-hometown').type).toBe('single');
    expect(byId(examples, 'examples-jesus-hometown-2')).toMatchObject({ type: 'typed', answer: 'Nazareth' });
  });

  it("turns the right answer's feedback into the explanation and a wrong answer's into its why", () => {
    expect(nth(examples, 23)).toMatchObject({
      explanation: 'Very good!',
      choices: [
        { text: 'wrong answer', why: 'feedback comment on the wrong answer' },
        { text: 'another wrong answer', why: 'feedback comment on this wrong answer' },
        { text: 'right answer', correct: true },
      ],
    });
    expect(nth(examples, 26)).toMatchObject({
      type: 'truefalse',
      answer: false,
      explanation: "No one is buried in Grant's tomb.",
    });
  });

  it('keeps a single-choice question with partial-credit options single, the partial ones counted wrong', () => {
    expect(byId(examples, 'examples-jesus-hometown')).toMatchObject({
      prompt: 'Jesus Christ was from _____.',
      explanation: "Yes! That's right!",
      choices: [
        { text: 'Jerusalem', why: 'This was an important city, but the wrong answer.' },
        { text: 'Bethlehem', why: 'He was born here, but not raised here.' },
        { text: 'Galilee', why: 'You need to be more specific.' },
        { text: 'Nazareth', correct: true },
      ],
    });
  });

  it('maps weights without "=" to a multiple-response question with partial scoring', () => {
    for (const n of [30, 31]) {
      expect(nth(examples, n)).toMatchObject({
        type: 'multiple',
        scoring: 'partial',
        choices: [
          { text: 'No one' },
          { text: 'Grant', correct: true },
          { text: "Grant's wife", correct: true },
          { text: "Grant's father" },
        ],
      });
    }
  });

  it('reads escaped control characters as literal text, and "\\\\" as a backslash', () => {
    expect(nth(examples, 32)).toMatchObject({
      choices: [{ text: '= 2 + 2' }, { text: '= 2 + 3', correct: true }, { text: '= 2 + 4' }],
    });
    const control = byId(examples, 'examples-gift-control-characters');
    expect(control).toMatchObject({
      type: 'single',
      choices: [
        { text: '~', why: '~ is a control character.' },
        { text: '=', why: '= is a control character.' },
        { text: '#', why: '# is a control character.' },
        { text: '{', why: '{ is a control character.' },
        { text: '}', why: '} is a control character.' },
        { text: '\\', correct: true },
      ],
    });
    expect(control.explanation).toMatch(
      /^Correct! \\ \(backslash\) is not a control character\. BUT,\nit is used/,
    );
  });

  it('reads the markdown format as plain text', () => {
    expect(nth(examples, 25).prompt).toBe("Who's buried in Grant's tomb?");
  });

  const questions = gift(fixture('moodle/questions.gift.txt'), 'questions.gift.txt');

  it('reads questions.gift.txt, skipping the essay with a warning at its line', () => {
    expect(questions.questions.map((question) => question.id)).toEqual([
      'questions-gift-moodle-activities',
      'questions-gift-q2',
      'questions-gift-colours',
      'questions-gift-q5',
      'questions-gift-shortanswer',
      'questions-gift-q1',
      'questions-gift-2-08-tsl',
      'questions-gift-2-08-tsl-2',
    ]);
    expect(questions.problems[0]).toEqual({
      file: 'questions.gift.txt',
      line: 2,
      path: '',
      message: '"Q8": essay question skipped: the game cannot grade free-text answers',
      severity: 'warning',
    });
    expect(where(questions)).toEqual(['warning 2', 'warning 34']);
  });

  it('reads per-answer format tags and turns an empty left side into a distractor', () => {
    expect(byId(questions, 'questions-gift-moodle-activities')).toMatchObject({
      type: 'matching',
      prompt: 'Match the activity to the description.',
      pairs: [
        { left: 'An activity supporting asynchronous discussions.', right: 'Forum' },
        {
          left: 'A teacher asks a question and specifies a choice of multiple responses.',
          right: 'Choice',
        },
        { left: 'A bank of record entries which participants can add to.', right: 'Database' },
        { left: 'A collection of web pages that anyone can add to or edit.', right: 'Wiki' },
      ],
      distractors: ['Chat'],
    });
    expect(byId(questions, 'questions-gift-q2')).toMatchObject({
      type: 'single',
      explanation: 'right; good!',
      choices: [
        { text: 'yellow', correct: true },
        { text: 'red', why: "wrong, it's yellow" },
        { text: 'blue', why: "wrong, it's yellow" },
      ],
    });
  });

  it('reads negative weights as wrong options of a multiple-response question', () => {
    expect(byId(questions, 'questions-gift-colours')).toMatchObject({
      type: 'multiple',
      choices: [
        { text: 'yellow', correct: true },
        { text: 'red', why: 'wrong' },
        { text: 'off-beige', correct: true },
        { text: 'blue', why: 'wrong' },
      ],
    });
  });

  it('reads "{#3:2~#Completely wrong}" with the stray text after it as trailing stem text', () => {
    expect(byId(questions, 'questions-gift-q5')).toMatchObject({
      type: 'numeric',
      answer: 3,
      tolerance: { absolute: 2 },
      prompt: 'What is a number from 1 to 5? _____";',
    });
  });

  it('keeps only the 100% short answers and drops the wildcard', () => {
    const animal = byId(questions, 'questions-gift-shortanswer');
    expect(animal).toMatchObject({ type: 'typed', answer: 'Frog', explanation: 'Good!' });
    expect(animal).not.toHaveProperty('accept');
  });

  it('gives true/false the feedback for a wrong pick plus the general feedback as explanation', () => {
    expect(byId(questions, 'questions-gift-q1')).toMatchObject({
      type: 'truefalse',
      answer: false,
      explanation:
        "42 is the Ultimate Answer.\nThis is, of course, a Hitchiker's Guide to the Galaxy reference.",
    });
  });

  it('uses the category as title and tag and converts HTML with escaped "=" and ":" to text', () => {
    const result = gift(fixture('moodle/questions_in_category.gift.txt'), 'questions_in_category.gift.txt');
    expect(result.title).toBe('Default for New Features');
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(4);
    expect(result.questions.every((question) => question.tags.join() === 'default-for-new-features')).toBe(
      true,
    );
    expect(byId(result, 'questions-in-category-gift-greeting')).toMatchObject({
      prompt: 'Listen to this greeting:\n\nWhat language is being spoken?',
      explanation: 'Yes, well done!',
    });
    expect(byId(result, 'questions-in-category-gift-moodle-user')).toMatchObject({
      type: 'typed',
      answer: 'Moodler',
    });
    expect(byId(result, 'questions-in-category-gift-moodle-acronym')).toMatchObject({
      type: 'truefalse',
      answer: true,
      prompt: 'Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.',
    });
  });
});

describeWithShared('importGift on gift-pegjs fixtures', () => {
  /** Questions, errors and warnings expected from each file. */
  const expected: Record<string, [questions: number, errors: number, warnings: number]> = {
    'TFTwoFeedback.gift': [3, 0, 0],
    'categorySpecialCharacter.gift': [0, 0, 0],
    'escapeAll.gift': [1, 0, 0],
    'escapeColon.gift': [1, 0, 1],
    'escapeEquals.gift': [1, 0, 0],
    'formatExamples.gift': [1, 0, 0],
    'giftFormatPhpExamples.gift': [10, 0, 3],
    'markdown.gift': [0, 0, 4],
    'matching1.gift': [2, 0, 0],
    'mcHTMLComment.gift': [1, 0, 0],
    'multiLineFeedback1.gift': [2, 0, 0],
    'multipleAnswersFloat.gift': [1, 0, 0],
    'newlineAndLaTeX.gift': [0, 0, 1],
    'numerical1.gift': [10, 0, 1],
    'shortAnswerNotMatching.gift': [2, 0, 0],
    'shortFirstEmbeddedUnderlineHTML.gift': [2, 0, 0],
    'symbolsAll.gift': [1, 0, 0],
    'tag_id_and_two_tags.gift': [0, 0, 1],
    'totara_moodle_backslash.gift': [0, 0, 1],
    'totara_moodle_match.gift': [1, 0, 0],
    'totara_moodle_numerical.gift': [1, 0, 0],
    'totara_moodle_pre_content.gift': [0, 0, 1],
    'totara_moodle_shortanswer_general_feedback.gift': [1, 0, 1],
    'type_inferred_multiline_markdown.gift': [1, 0, 0],
  };
  const load = (name: string) => gift(fixture(`gift-pegjs/${name}`), name);

  it('covers every fixture file', () => {
    expect(pegjsFiles().sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(pegjsFiles())('%s imports with the expected counts', (name) => {
    const result = load(name);
    const severities = result.problems.map((problem) => problem.severity);
    expect([
      result.questions.length,
      severities.filter((s) => s === 'error').length,
      severities.filter((s) => s === 'warning').length,
    ]).toEqual(expected[name]);
  });

  it('gives true/false the feedback Moodle shows, not the positional one gift-pegjs gives', () => {
    const [first, second, third] = load('TFTwoFeedback.gift').questions;
    expect(first).toMatchObject({ type: 'truefalse', answer: false, explanation: 'feedback for true' });
    expect(second).toMatchObject({ type: 'truefalse', answer: true, explanation: 'feedback for true' });
    expect(third).toMatchObject({ type: 'truefalse', answer: true, explanation: 'feedback for false' });
  });

  it('reads a category with a colon and uses it as the title', () => {
    expect(load('categorySpecialCharacter.gift').title).toBe('Default for Unit 1: Topic');
  });

  it('reads every escape, including "\\:" and a lone backslash', () => {
    const [question] = load('escapeAll.gift').questions;
    expect(question).toMatchObject({ id: 'escapeall-gift-control-characters', type: 'single' });
    if (question?.type !== 'single') return;
    expect(question.choices.map((choice) => choice.text)).toEqual(['~', '=', '#', '{', '}', ':', '\\']);
    expect(question.choices[5]).toEqual({ text: ':', why: ': is a control character.' });
  });

  it('turns several "=" options into a multiple-response question, with a warning', () => {
    const result = load('escapeColon.gift');
    expect(result.questions[0]).toMatchObject({
      type: 'multiple',
      prompt: 'Specify the seasons:',
      choices: [
        { text: 'spring', correct: true },
        { text: 'summer', correct: true },
        { text: 'winter', correct: true },
        { text: 'autumn', correct: true },
        { text: 'easter' },
      ],
    });
    expect(result.problems[0]).toMatchObject({ severity: 'warning', line: 1 });
    expect(result.problems[0]!.message).toContain('4 options are fully right');
  });

  it('converts HTML answers and feedback to text', () => {
    expect(load('formatExamples.gift').questions[0]).toEqual({
      id: expect.stringMatching(UNTITLED_ID('formatexamples')),
      type: 'single',
      prompt: 'The sun rises in which direction?',
      explanation: 'Awesome!',
      choices: [
        { text: 'The east.', correct: true },
        { text: 'The west.', why: 'What planet did you grow up on?' },
      ],
      source: 'imported',
      difficulty: 2,
      tags: [],
    });
  });

  it('drops HTML comments and keeps Unicode text and an escaped colon in general feedback', () => {
    const [question] = load('mcHTMLComment.gift').questions;
    expect(question).toMatchObject({
      id: 'mchtmlcomment-ee-mod-05-t39-p079',
      type: 'single',
      prompt:
        '¿En qué supuestos podría el Fiscal autorizar a la Policía Judicial la práctica de una diligencia de entrada y registro?',
    });
    expect(question!.explanation).toMatch(/^Artículo 5 Estatuto Orgánico del Ministerio Fiscal:\nDos\./);
    expect(question!.explanation).toContain('Ley de Enjuiciamiento Criminal, las cuales');
    expect(question!.explanation).not.toContain('LE0000017566');
  });

  it('keeps feedback and general feedback that span lines', () => {
    const [first, second] = load('multiLineFeedback1.gift').questions;
    expect(first).toMatchObject({
      explanation: 'Very good!\nGlobal feedback split\non multiple lines',
      choices: [
        { text: 'wrong answer', why: 'feedback comment on the wrong answer' },
        { text: 'another wrong answer', why: 'feedback comment on this wrong answer\non multiple lines' },
        { text: 'right answer', correct: true },
      ],
    });
    expect(second).toMatchObject({ id: 'multilinefeedback1-06-creation-d-instance', type: 'single' });
    if (second?.type !== 'single') return;
    expect(second.choices.find((choice) => choice.correct)?.text).toBe('ContrôleurAbonnement');
    expect(second.prompt).toContain('demarrerAbonnement(duree :Integer) :');
  });

  it('accepts decimal weights that add up to 100%', () => {
    expect(load('multipleAnswersFloat.gift').questions[0]).toMatchObject({
      type: 'multiple',
      prompt: 'Select all of the options below which name a continent:',
      choices: [
        { text: 'Africa', correct: true },
        { text: 'Asia', correct: true },
        { text: 'China' },
        { text: 'Antarctica', correct: true },
        { text: 'America' },
      ],
    });
  });

  it('reads negative numbers, ranges and weighted numerical answers', () => {
    const numbers = load('numerical1.gift').questions.map((question) =>
      question.type === 'numeric' ? [question.answer, question.tolerance?.absolute ?? 0] : null,
    );
    expect(numbers).toEqual([
      [1822, 0],
      [-1, 0],
      [3.1415, 0.0005],
      [-3.142, 0.001],
      [3.1415, 0.0005],
      [-3.1415, 0.0005],
      [3, 2],
      [0, 5],
      [1822, 0],
      [9, 0],
    ]);
    expect(load('numerical1.gift').questions[9]).toMatchObject({
      id: 'numerical1-combien-de-principes-grasp-y-a-t-il',
      prompt: 'Combien de principes GRASP y a-t-il?',
      explanation: 'Correct. Il y a neuf (9) principes GRASP.',
    });
  });

  it('treats "->" inside multiple-choice options as text (Moodle, not gift-pegjs)', () => {
    const [coffee] = load('shortAnswerNotMatching.gift').questions;
    expect(coffee).toMatchObject({
      type: 'single',
      choices: [
        { text: 'go to starbucks -> order a coffee' },
        { text: 'get coffee powder -> add water', correct: true },
      ],
    });
  });

  it('reads a numerical answer with "other answer" feedback on its own line', () => {
    expect(load('totara_moodle_numerical.gift').questions[0]).toMatchObject({
      id: 'totara-moodle-numerical-q5',
      type: 'numeric',
      answer: 3,
      tolerance: { absolute: 2 },
      prompt: 'What is a number from 1 to 5?',
    });
  });

  it('reads every non-escaped symbol as text', () => {
    expect(load('symbolsAll.gift').questions[0]).toMatchObject({
      type: 'truefalse',
      answer: true,
      prompt: "Here's a question that has symbols inside,\nsuch as `-=[];',./~!@#$%^&*()_+{}|:\"<>?",
    });
  });

  it('reads multi-line short answers as one line each', () => {
    expect(load('type_inferred_multiline_markdown.gift').questions[0]).toMatchObject({
      type: 'typed',
      prompt: 'stem line1\nstem line2',
      answer: 'answer1 line1 answer1 line2',
      accept: ['answer2 line1 answer2 line2'],
    });
  });

  it('reports descriptions and essays as warnings at their first line', () => {
    expect(where(load('markdown.gift'))).toEqual(['warning 1', 'warning 3', 'warning 6', 'warning 11']);
    expect(load('markdown.gift').problems[0]!.message).toContain('description');
    expect(where(load('tag_id_and_two_tags.gift'))).toEqual(['warning 3']);
    expect(where(load('totara_moodle_pre_content.gift'))).toEqual(['warning 3']);
    expect(load('totara_moodle_backslash.gift').problems[0]!.message).toBe(
      '"double backslash": essay question skipped: the game cannot grade free-text answers',
    );
  });

  it('merges general feedback into the explanation of a short answer', () => {
    expect(load('totara_moodle_shortanswer_general_feedback.gift').questions[0]).toMatchObject({
      type: 'typed',
      answer: 'Frog',
      explanation: 'Good!\nHere is some general feedback!',
    });
  });
});

describeWithShared('importGift packs', () => {
  it.each(allFixtures())('%s yields questions that pass the pack parser', (name) => {
    expectValidPack(gift(fixture(name), name), name);
  });
});

describe('importGift on the pitfalls', () => {
  it('reads escapes as literal characters and "\\n" as a newline', () => {
    const question = only('Is 1+1\\=2 \\{really\\} \\#1\\: yes\\nor no? {=a\\~b ~c}');
    expect(question).toMatchObject({
      prompt: 'Is 1+1=2 {really} #1: yes\nor no?',
      choices: [{ text: 'a~b', correct: true }, { text: 'c' }],
    });
  });

  it('turns "\\neq" into a newline and "e", but "\\\\neq" into a literal "\\neq"', () => {
    expect(only('a \\neq b {T}').prompt).toBe('a\neq b');
    expect(only('a \\\\neq b {T}').prompt).toBe('a \\neq b');
    expect(only('keep \\( and \\[ {T}').prompt).toBe('keep \\( and \\[');
  });

  it('keeps the text "&&123;" literal (no placeholder collision)', () => {
    expect(only('What is &&123;? {=a ~b}').prompt).toBe('What is &&123;?');
  });

  it('lets an unescaped "~" inside feedback make the question multiple choice, as Moodle does', () => {
    expect(only('Capital? {=Paris#about ~ 2M people}')).toMatchObject({
      type: 'single',
      explanation: 'about',
      choices: [{ text: 'Paris', correct: true }, { text: '2M people' }],
    });
    expect(only('Capital? {=Paris#about \\~ 2M people}')).toMatchObject({
      type: 'typed',
      answer: 'Paris',
      explanation: 'about ~ 2M people',
    });
  });

  it('lets "~" win over "->", and needs "=" for matching', () => {
    expect(only('Q {=a->b ~c}')).toMatchObject({
      type: 'single',
      choices: [{ text: 'a->b', correct: true }, { text: 'c' }],
    });
    expect(only('Q {=a->b =c->d}')).toMatchObject({
      type: 'matching',
      pairs: [
        { left: 'a', right: 'b' },
        { left: 'c', right: 'd' },
      ],
    });
    const typed = gift('Q {a->b}');
    expect(typed.questions[0]).toMatchObject({ type: 'typed', answer: 'a->b' });
    expect(typed.problems[0]!.message).toContain('matching pairs must each start with "="');
  });

  it('drops comment lines inside braces but keeps "//" inside a line', () => {
    const question = only('See http://example.com/a//b now\n{\n// a comment\n=yes // not a comment\n~no\n}');
    expect(question).toMatchObject({
      prompt: 'See http://example.com/a//b now',
      choices: [{ text: 'yes // not a comment', correct: true }, { text: 'no' }],
    });
  });

  it('reads unescaped colons as text (URLs, times)', () => {
    expect(only('Note: at what time? {=10:30 ~11:00}')).toMatchObject({
      prompt: 'Note: at what time?',
      choices: [{ text: '10:30', correct: true }, { text: '11:00' }],
    });
  });

  it('reads CRLF and old-Mac CR line endings', () => {
    const text = 'Q1\r\n{T}\r\n\r\n// c\r\nQ2 {F}\r\n';
    expect(gift(text).questions.map((q) => q.prompt)).toEqual(['Q1', 'Q2']);
    expect(gift(text.replace(/\r\n/g, '\r')).questions.map((q) => q.prompt)).toEqual(['Q1', 'Q2']);
    expect(where(gift('Q1 {T}\r\n\r\nQ2 {\r\n'))).toEqual(['error 3']);
  });

  it('strips a byte-order mark from text and from bytes, and decodes UTF-8', () => {
    expect(only('\uFEFF::Café::Où? {=Paris ~Lyon}').id).toBe('test-cafe');
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('::Café::Où? {=Paris ~Lyon}'),
    ]);
    const result = gift(bytes);
    expect(result.questions[0]).toMatchObject({ id: 'test-cafe', prompt: 'Où?' });
  });

  it('does not end a question at a line holding just "0"', () => {
    expect(only('How many moons has Venus?\n{#\n0\n}')).toMatchObject({ type: 'numeric', answer: 0 });
    expect(only('What is 5 - 5?\n0\nor 1? {T}').prompt).toBe('What is 5 - 5?\n0\nor 1?');
  });

  it('reads true/false with one or two feedbacks and general feedback, case-sensitively', () => {
    expect(only('Q {T#Wrong: it is true.#Right!}')).toMatchObject({
      type: 'truefalse',
      answer: true,
      explanation: 'Wrong: it is true.',
    });
    expect(only('Q {FALSE##Right!####General.}')).toMatchObject({
      answer: false,
      explanation: 'Right!\nGeneral.',
    });
    expect(only('Q {true}')).toMatchObject({ type: 'typed', answer: 'true' });
    expect(only('Q {t}')).toMatchObject({ type: 'typed', answer: 't' });
  });

  it('reads questions over several lines with the answer block on its own lines', () => {
    expect(only('::Multi::\nFirst line\nsecond line\n{\n~a\n=b\n}')).toMatchObject({
      id: 'test-multi',
      prompt: 'First line\nsecond line',
    });
  });

  it('tags questions with their category until the next one, and titles the import with the first', () => {
    const result = gift(
      '$CATEGORY: $course$/top/Unit 1/Rivers//Lakes\n\nQ1 {T}\n\n$CATEGORY: $course$/Unit 2\nQ2 {F}\n\nQ3 {T}',
    );
    expect(result.title).toBe('Unit 1 / Rivers/Lakes');
    expect(result.questions.map((question) => question.tags)).toEqual([
      ['unit-1-rivers-lakes'],
      ['unit-2'],
      ['unit-2'],
    ]);
  });

  it('reads titles with escaped colons and makes ids from duplicate titles unique', () => {
    const result = gift('::Q\\: one::A {T}\n\n::Q\\: one::B {F}\n\n::Q:: one::C {T}');
    expect(result.questions.map((question) => question.id)).toEqual(['test-q-one', 'test-q-one-2', 'test-q']);
    expect(result.questions[2]!.prompt).toBe('one::C');
    expectValidPack(result);
  });

  it('gives questions without a title an id from their text, kept when blocks move, never reusing one', () => {
    const result = gift('::2::A {T}\n\nB {T}\n\nC {F}\n\nB {F}');
    const ids = result.questions.map((question) => question.id);
    expect(ids[0]).toBe('test-2');
    expect(ids.slice(1)).toEqual([
      expect.stringMatching(UNTITLED_ID('test')),
      expect.stringMatching(UNTITLED_ID('test')),
      `${ids[1]}-2`,
    ]);
    expect(new Set(ids).size).toBe(4);
    expect(gift('C {F}\n\nB {T}').questions.map((question) => question.id)).toEqual([ids[2], ids[1]]);
    expectValidPack(result);
  });

  it('converts the HTML format to text and leaves the plain format alone', () => {
    expect(
      only('[html]<p>Which river is <b>longest</b>?</p><br>&amp; why?{=<i>Nile</i>#<b>Yes</b> ~Amazon}'),
    ).toMatchObject({
      prompt: 'Which river is longest?\n\n& why?',
      explanation: 'Yes',
      choices: [{ text: 'Nile', correct: true }, { text: 'Amazon' }],
    });
    expect(only('[plain]Is <b> a tag? {T}').prompt).toBe('Is <b> a tag?');
    expect(only('[markdown]Is **this** _so_ `code` [here](http\\://x.org)? {T}').prompt).toBe(
      'Is this so code here?',
    );
    expect(only('[markdown]_____ is a blank {T}').prompt).toBe('_____ is a blank');
  });

  it('uses "[id:]" and "[tag:]" from comment lines', () => {
    const question = only('// [id:geo 7]\n// [tag:Rivers] [tag:hard\\]one]\nLongest river? {=Nile ~Amazon}');
    expect(question).toMatchObject({ id: 'test-geo-7', tags: ['rivers', 'hard-one'] });
  });

  it('falls back to a typed question when a missing word cannot be a cloze gap', () => {
    expect(only('Pick {=a|b} now')).toMatchObject({ type: 'typed', answer: 'a|b', prompt: 'Pick _____ now' });
    expect(only('[html]<b>Grant</b> is {=entombed} <i>in</i> the tomb.')).toMatchObject({
      type: 'cloze',
      text: 'Grant is {{entombed}} in the tomb.',
    });
  });

  it('removes the answer block of a true/false or matching question without a blank', () => {
    expect(only('The sun {T} rises in the east.').prompt).toBe('The sun rises in the east.');
  });

  it('reads numbers as PHP does, and rejects what is not a number', () => {
    expect(only('Q {#1e3:.5}')).toMatchObject({ answer: 1000, tolerance: { absolute: 0.5 } });
    expect(only('Q {#-5..-1}')).toMatchObject({ answer: -3, tolerance: { absolute: 2 } });
    expect(errorOf('Q {#abc}').message).toBe('the answer "abc" is not a number');
    expect(errorOf('Q {#3,5}').message).toContain('write decimals with a point');
    expect(errorOf('Q {#}').message).toContain('no number');
    expect(errorOf('Q {#5..1}').message).toContain('runs backwards');
    expect(errorOf('Q {#1:-1}').message).toContain('negative');
    expect(errorOf('Q {#=%50%1 =%50%2}').message).toContain('no numerical answer is worth 100%');
  });

  it('keeps the first of several 100% numerical answers, with a warning', () => {
    const result = gift('Square root of 4? {#=2 =-2}');
    expect(result.questions[0]).toMatchObject({ type: 'numeric', answer: 2 });
    expect(result.problems[0]).toMatchObject({ severity: 'warning', line: 1 });
  });
});

describe('importGift errors', () => {
  it('reports broken syntax against its own question and imports the rest', () => {
    const result = gift('Good {T}\n\nBad {=a ~b\n\nAlso good {F}\n\nBad again }');
    expect(result.questions.map((question) => question.prompt)).toEqual(['Good', 'Also good']);
    expect(result.problems.map((problem) => [problem.severity, problem.line, problem.message])).toEqual([
      ['error', 3, '"{" has no closing "}"'],
      ['error', 7, '"}" has no opening "{" before it (write \\} for a literal brace)'],
    ]);
  });

  it('points at the precise line of a problem inside a block', () => {
    const result = gift('Q\n{\n=a\n~%200%b\n}');
    expect(result.problems).toEqual([
      {
        file: 'test.gift',
        line: 4,
        path: '',
        message: 'the weight %200% is outside -100..100',
        severity: 'error',
      },
    ]);
    expect(errorOf('::T::Q {\n=a\n~\n}')).toEqual({ message: '"T": an option is empty', line: 3 });
  });

  it('rejects a second answer block and braces inside the answer block', () => {
    expect(errorOf('A {=x} B {=y}').message).toContain('a second {…} answer block');
    expect(errorOf('A {=x {y}').message).toContain('"{" inside the answer block');
  });

  it('rejects multiple choice without a right answer, with too few or too many options, or repeats', () => {
    expect(errorOf('Q {~a ~b}').message).toContain('no option is marked right');
    expect(errorOf('Q {~only}').message).toContain('at least 2 options');
    expect(errorOf('Q {=%50%a ~b}').message).toBe('no option is worth 100%');
    expect(errorOf('Q {=a ~b ~c ~d ~e ~f ~g ~h ~i ~j}').message).toContain('at most 9 options');
    expect(errorOf('Q {=a ~A}').message).toContain('appears twice');
    expect(errorOf('Q {foo ~a =b}').message).toContain('stands before the first option');
  });

  it('rejects weights that do not add up to 100%', () => {
    expect(errorOf('Q {~%50%a ~%40%b ~c}').message).toBe('the positive weights add up to 90%, not 100%');
  });

  it('rejects empty answers and short answers with no checkable right answer', () => {
    expect(errorOf('Q {=a =}').message).toBe('an answer is empty');
    expect(errorOf('Q {=*}').message).toContain('wildcard');
    expect(errorOf('Q {=%50%a}').message).toBe('no answer is worth 100%');
  });

  it('rejects matching with fewer than 2 pairs, a pair without "->", or a repeated right item', () => {
    expect(errorOf('Q {=a -> b}').message).toContain('at least 2 pairs');
    expect(errorOf('Q {=a -> b = -> c}').message).toContain('at least 2 pairs');
    expect(errorOf('Q {=a -> b =c}').message).toContain('has no "->"');
    expect(errorOf('Q {=a -> x =b -> x}').message).toContain('is used twice');
    expect(errorOf('Q {=a -> x =A -> y}').message).toContain('appears twice');
  });

  it('rejects a question with neither text nor title', () => {
    expect(errorOf('{=a ~b}').message).toBe('the question has no text and no title');
  });

  it('warns about a title without its closing "::" and reads it as text', () => {
    const result = gift('::Half a title {T}');
    expect(result.questions[0]!.prompt).toBe('Half a title');
    expect(result.problems[0]).toMatchObject({ severity: 'warning', line: 1 });
  });

  it('skips essays, descriptions and comment-only blocks', () => {
    const result = gift(
      '// just a comment\n\nJust some text.\n\nWrite an essay. {}\n\nEssay {####graded by hand}',
    );
    expect(result.questions).toEqual([]);
    expect(where(result)).toEqual(['warning 3', 'warning 5', 'warning 7']);
  });

  it('rejects input over the size limit with one error', () => {
    const text = gift('a'.repeat(MAX_IMPORT_BYTES + 1));
    expect(text.questions).toEqual([]);
    expect(text.problems).toHaveLength(1);
    expect(text.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('limited to'),
    });
    expect(gift(new Uint8Array(MAX_IMPORT_BYTES + 1)).problems).toHaveLength(1);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, warning at the line of the first bad byte, and UTF-16', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Q {T}\n\nCaf'), 0xe9, 0x20, 0x7b, 0x54, 0x7d]);
    const result = gift(bytes);
    expect(result.questions.map((question) => question.prompt)).toEqual(['Q', 'Café']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        message: expect.stringContaining('not UTF-8'),
      }),
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Q {T}'].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(gift(utf16).questions).toEqual([expect.objectContaining({ prompt: 'Q', type: 'truefalse' })]);
  });

  it('stops at the question limit and warns once', () => {
    const result = gift('Q {T}\n\n'.repeat(MAX_IMPORT_QUESTIONS + 3));
    expect(result.questions).toHaveLength(MAX_IMPORT_QUESTIONS);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', line: MAX_IMPORT_QUESTIONS * 2 + 1 });
  });

  it('uses the id prefix and source id it is given', () => {
    const result = importGift('Q {T}\n\n::T::R {F}', {
      file: 'x.gift',
      idPrefix: 'week-3',
      sourceId: 'moodle',
    });
    expect(result.questions.map((question) => [question.id, question.source])).toEqual([
      [expect.stringMatching(UNTITLED_ID('week-3')), 'moodle'],
      ['week-3-t', 'moodle'],
    ]);
  });
});

describe('importGift properties', () => {
  const SYMBOLS = [...'{}=~#:%->\\ \n\r\t/[]$0.5TF', '->', '//', '::', '####', '\\n', '\n\n'];

  /** Checks what must hold for any input: no throw, located problems, schema-valid questions. */
  function holdsFor(input: string | Uint8Array): void {
    const result = importGift(input, { file: 'fuzz.gift' });
    for (const problem of result.problems) {
      expect(problem.file).toBe('fuzz.gift');
      expect(problem.path).toBe('');
      expect(Number.isInteger(problem.line) && problem.line! >= 1).toBe(true);
      expect(problem.message.trim()).not.toBe('');
      expect(['error', 'warning']).toContain(problem.severity);
    }
    expectValidPack(result, 'fuzz.gift');
  }

  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...SYMBOLS, 'a', 'b', '=a', '~b'), maxLength: 60 }),
        holdsFor,
      ),
      { numRuns: 200 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), holdsFor), { numRuns: 200 });
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), holdsFor), { numRuns: 200 });
  });

  itWithShared('never throws on mutated fixtures', () => {
    const texts = allFixtures().map(fixture);
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'delete', 'duplicate'),
      text: fc.constantFrom(...SYMBOLS),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (which, edits) => {
          let text = texts[which]!;
          for (const { at, kind, text: piece } of edits) {
            const i = text.length === 0 ? 0 : at % text.length;
            if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
            else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
            else text = text.slice(0, i + 1) + text.slice(i);
          }
          holdsFor(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
