import type { NumericQuestion } from '../../core/model/pack';
import type { AnswerView } from './answerView';
import { givenAnswer, promptHeading, textAnswer } from './controls';

/** Numeric answer: one text field, since units and scale words are part of the answer. */
export const numericView: AnswerView<NumericQuestion> = {
  input: (_question, _order, answer) =>
    textAnswer(
      answer,
      'Type a number, then check; units and words like “bn” are fine (1,800 miles, $117.5bn, -62 °C).',
      false,
    ),
  review: (_question, _order, _response, grade) => givenAnswer(grade),
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: false,
};
