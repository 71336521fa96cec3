import type { TypedQuestion } from '../../core/model/pack';
import type { AnswerView } from './answerView';
import { givenAnswer, promptHeading, textAnswer } from './controls';

/** Typed answer: one text field. */
export const typedView: AnswerView<TypedQuestion> = {
  input: (_question, _order, answer) => textAnswer(answer, 'Type the answer, then check.', false),
  review: (_question, _order, _response, grade) => givenAnswer(grade),
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: false,
};
