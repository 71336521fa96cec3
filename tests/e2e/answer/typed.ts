import type { TypedQuestion } from '../../../src/core/model/pack';
import { type Answerer, typeAnswer } from './answerer';

/** Types the answer (or nonsense). */
export const answerTyped: Answerer<TypedQuestion> = (page, question, { right, keyboard, text }) =>
  typeAnswer(page, text ?? (right ? question.answer : 'zzzz'), keyboard);
