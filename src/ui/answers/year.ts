import type { YearQuestion } from '../../core/model/pack';
import type { AnswerView } from './answerView';
import { givenAnswer, promptHeading, textAnswer } from './controls';

/** Year: one text field with the numeric keyboard on touch screens. */
export const yearView: AnswerView<YearQuestion> = {
  input: (_question, _order, answer) => textAnswer(answer, 'Type the year, then check.', true),
  review: (_question, _order, _response, grade) => givenAnswer(grade),
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: false,
};
