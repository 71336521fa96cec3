import type { TrueFalseQuestion } from '../../core/model/pack';
import { truthLabel } from '../../core/questions/grading';
import type { AnswerView } from './answerView';
import { answersGroup, digitIndex, markedOptions, optionButton } from './controls';

/** The two judgements, in the order the buttons show them. */
const JUDGEMENTS = [true, false];

/** True/false: two numbered buttons (1 or T, 2 or F); the heading says what to judge. */
export const truefalseView: AnswerView<TrueFalseQuestion> = {
  input(_question, _order, answer) {
    return {
      element: answersGroup(
        JUDGEMENTS.map((value, index) => optionButton(index, truthLabel(value), () => answer(value))),
      ),
      hint: '',
      keys: 'Press 1 or T for true, 2 or F for false.',
      handleKey(event) {
        const key = event.key.toLowerCase();
        const value = JUDGEMENTS[key === 't' ? 0 : key === 'f' ? 1 : digitIndex(event)];
        if (value === undefined) return false;
        answer(value);
        return true;
      },
    };
  },
  review: (_question, _order, response, grade) =>
    markedOptions(
      JUDGEMENTS.map((value) => ({ label: truthLabel(value), response: value })),
      response,
      grade,
    ),
  heading: (question) => `True or false? ${question.prompt}`,
  compact: false,
  reviewShowsAnswer: false,
};
