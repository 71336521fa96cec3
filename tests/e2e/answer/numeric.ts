import type { NumericQuestion } from '../../../src/core/model/pack';
import { formatQuantity } from '../../../src/core/quiz/quantity';
import { type Answerer, typeAnswer } from './answerer';

/** Types the number with its unit, as the game writes it (or a number far off). */
export const answerNumeric: Answerer<NumericQuestion> = (page, question, { right, keyboard, text }) =>
  typeAnswer(
    page,
    text ??
      (right
        ? formatQuantity(question.answer, question.unit)
        : String(Math.abs(question.answer) * 1000 + 12345)),
    keyboard,
  );
