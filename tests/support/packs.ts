/**
 * Small builders for test data shared by the unit and DOM tests: questions, sources and packs.
 * Only test code imports this file.
 */
import type {
  ClozeQuestion,
  Pack,
  SingleChoiceQuestion,
  Source,
  TrueFalseQuestion,
  TypedQuestion,
} from '../../src/core/model/pack';

/** A fixed instant used as "now" in tests: 2023-11-14T22:13:20Z. */
export const T0 = 1_700_000_000_000;

/** A source entry with every field set. */
export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'summit',
    kind: 'article',
    title: 'Summit shows who dominates',
    outlet: 'The Daily Planet',
    author: 'Jane Reporter',
    date: '2023-03-21',
    ...overrides,
  };
}

/** A single-choice question with four choices; choice 1 ("Beijing") is correct. */
export function singleQuestion(
  id: string,
  overrides: Partial<SingleChoiceQuestion> = {},
): SingleChoiceQuestion {
  return {
    id,
    type: 'single',
    region: 'north-china',
    prompt: `Prompt of ${id}?`,
    explanation: `Explanation of ${id}.`,
    source: 'summit',
    difficulty: 1,
    tags: ['test'],
    choices: [
      { text: 'Moscow', why: 'Moscow is the Russian capital.' },
      { text: 'Beijing', correct: true },
      { text: 'Harbin' },
      { text: 'Shanghai', why: 'Shanghai is the largest city, not the capital.' },
    ],
    ...overrides,
  };
}

/** A true/false question whose statement is true unless overridden. */
export function trueFalseQuestion(id: string, overrides: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion {
  return {
    id,
    type: 'truefalse',
    region: 'european-russia',
    prompt: `Statement of ${id}.`,
    explanation: `Explanation of ${id}.`,
    source: 'summit',
    difficulty: 2,
    tags: ['test'],
    answer: true,
    ...overrides,
  };
}

/** A typed-answer question whose answer is "Vladivostok" unless overridden. */
export function typedQuestion(id: string, overrides: Partial<TypedQuestion> = {}): TypedQuestion {
  return {
    id,
    type: 'typed',
    region: 'outer-manchuria',
    prompt: `Prompt of ${id}?`,
    explanation: `Explanation of ${id}.`,
    source: 'summit',
    difficulty: 2,
    tags: ['test'],
    answer: 'Vladivostok',
    ...overrides,
  };
}

/** A cloze question with the given text (gaps written `{{answer|variant}}`). */
export function clozeQuestion(
  id: string,
  text: string,
  overrides: Partial<ClozeQuestion> = {},
): ClozeQuestion {
  return {
    id,
    type: 'cloze',
    region: 'outer-manchuria',
    prompt: `Prompt of ${id}.`,
    explanation: `Explanation of ${id}.`,
    source: 'summit',
    difficulty: 2,
    tags: ['test'],
    text,
    ...overrides,
  };
}

/** A parsed pack holding the given questions. */
export function makePack(questions: Pack['questions'], overrides: Partial<Pack> = {}): Pack {
  return {
    format: 'borderlines-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: 1,
    title: 'Test pack',
    author: 'Test author',
    license: 'CC-BY-4.0',
    language: 'en',
    sources: [makeSource()],
    questions,
    deferred: [],
    ...overrides,
  };
}
