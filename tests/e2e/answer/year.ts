import type { YearQuestion } from '../../../src/core/model/pack';
import { type Answerer, typeAnswer } from './answerer';

/** Types the year (or one five centuries off). */
export const answerYear: Answerer<YearQuestion> = (page, question, { right, keyboard, text }) =>
  typeAnswer(page, text ?? String(right ? question.answer : question.answer + 500), keyboard);
