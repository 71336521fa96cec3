/**
 * The e2e answerers, one per question type, in one table that the answer-key player (`fixtures.ts`) and
 * the test-pack player (`testPack.ts`) share. A question type without an answerer does not compile.
 */
import type { Page } from '@playwright/test';
import type { Question } from '../../../src/core/model/pack';
import type { QuestionOf, QuestionType } from '../../../src/core/questions/registry';
import type { AnswerHow, Answerer } from './answerer';
import { answerCloze } from './cloze';
import { answerMapClick } from './mapclick';
import { answerMatching } from './matching';
import { answerMultiple } from './multiple';
import { answerNumeric } from './numeric';
import { answerOrdering } from './ordering';
import { answerSingle } from './single';
import { answerTrueFalse } from './truefalse';
import { answerTyped } from './typed';
import { answerYear } from './year';

/** The answerer of every question type. */
const ANSWERERS: { readonly [T in QuestionType]: Answerer<QuestionOf<T>> } = {
  single: answerSingle,
  multiple: answerMultiple,
  truefalse: answerTrueFalse,
  typed: answerTyped,
  numeric: answerNumeric,
  year: answerYear,
  ordering: answerOrdering,
  matching: answerMatching,
  cloze: answerCloze,
  mapclick: answerMapClick,
};

/** The answerer of one question type. */
function answererOf<T extends QuestionType>(type: T): Answerer<QuestionOf<T>> {
  return ANSWERERS[type];
}

/** Answers the question on screen by its type; the caller waits for and checks the feedback. */
export function answerShown(page: Page, question: Question, how: AnswerHow): Promise<void> {
  return answererOf(question.type)(page, question, how);
}
