import type { MultipleChoiceQuestion } from '../../core/model/pack';
import { el } from '../widgets/dom';
import type { AnswerView } from './answerView';
import { checkButton, digitIndex, givenAnswer, promptHeading, shownOrder } from './controls';

/** Multiple response: numbered checkboxes (keys 1–9 toggle them) and a check button (or Enter). */
export const multipleView: AnswerView<MultipleChoiceQuestion> = {
  input(question, order, answer) {
    const shown = shownOrder(order, question.choices.length);
    const boxes = shown.map((choice, index) => {
      const box = el('input', { attrs: { type: 'checkbox', value: String(choice) } });
      const label = el('label', { className: 'choice' }, [
        box,
        el('kbd', { text: String(index + 1), attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'choice-text', text: question.choices[choice]?.text ?? '' }),
      ]);
      return { box, label };
    });
    const submit = () =>
      answer({ picks: boxes.filter(({ box }) => box.checked).map(({ box }) => Number(box.value)) });
    const group = el('fieldset', { className: 'choices' }, [
      el('legend', { className: 'visually-hidden', text: 'Answers: select all that apply' }),
      ...boxes.map(({ label }) => label),
    ]);
    return {
      element: el('div', {}, [group, checkButton('Check answer', submit)]),
      hint: 'Select every right answer, then check.',
      keys: `Keys 1–${shown.length} select, Enter checks.`,
      handleKey(event) {
        const target = boxes[digitIndex(event)];
        if (target) {
          target.box.checked = !target.box.checked;
          return true;
        }
        if (
          event.key === 'Enter' &&
          !(event.target instanceof Element && event.target.tagName === 'BUTTON')
        ) {
          submit();
          return true;
        }
        return false;
      },
    };
  },
  review: (_question, _order, _response, grade) => givenAnswer(grade),
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: false,
};
