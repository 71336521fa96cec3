import type { SingleChoiceQuestion } from '../../core/model/pack';
import type { AnswerView } from './answerView';
import { answersGroup, digitIndex, markedOptions, optionButton, promptHeading, shownOrder } from './controls';

/** Single choice: numbered option buttons in the round's order (keys 1–9). */
export const singleView: AnswerView<SingleChoiceQuestion> = {
  input(question, order, answer) {
    const shown = shownOrder(order, question.choices.length);
    return {
      element: answersGroup(
        shown.map((choice, index) =>
          optionButton(index, question.choices[choice]?.text ?? '', () => answer(choice)),
        ),
      ),
      hint: '',
      keys: `Press 1–${shown.length} to answer.`,
      handleKey(event) {
        const choice = shown[digitIndex(event)];
        if (choice === undefined) return false;
        answer(choice);
        return true;
      },
    };
  },
  review: (question, order, response, grade) =>
    markedOptions(
      shownOrder(order, question.choices.length).map((index) => ({
        label: question.choices[index]?.text ?? '',
        response: index,
      })),
      response,
      grade,
    ),
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: false,
};
