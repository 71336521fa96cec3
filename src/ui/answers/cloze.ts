import type { ClozeQuestion } from '../../core/model/pack';
import { parseCloze } from '../../core/quiz/cloze';
import { el } from '../widgets/dom';
import type { AnswerView } from './answerView';
import { givenAnswer, promptHeading, submitButton } from './controls';

/** Cloze: the text with a field in each gap (Tab moves on, Enter checks); the review marks each gap. */
export const clozeView: AnswerView<ClozeQuestion> = {
  input(question, _order, answer) {
    const parsed = parseCloze(question.text);
    const inputs: HTMLInputElement[] = [];
    const parts = parsed.ok
      ? parsed.segments.map((segment) => {
          if (typeof segment === 'string') return document.createTextNode(segment);
          const input = el('input', {
            className: 'gap',
            attrs: {
              type: 'text',
              autocomplete: 'off',
              spellcheck: 'false',
              'aria-label': `Gap ${inputs.length + 1}`,
            },
          });
          inputs.push(input);
          return input;
        })
      : [];
    const form = el('form', { className: 'cloze' }, [el('p', {}, parts), submitButton('Check answer')]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      answer({ gaps: inputs.map((input) => input.value) });
    });
    return {
      element: form,
      focus: inputs[0],
      hint: 'Fill every gap, then check.',
      keys: 'Tab moves to the next gap, Enter checks.',
    };
  },
  review(_question, _order, response, grade) {
    const gaps = grade.gaps;
    if (!gaps) return givenAnswer(grade);
    return el(
      'ul',
      { className: 'your-answer gaps' },
      (typeof response === 'object' && response !== null && 'gaps' in response ? response.gaps : []).map(
        (text, index) =>
          el('li', { text: `Gap ${index + 1}: ${text || '(empty)'} ${gaps[index] ? '✓' : '✗'}` }),
      ),
    );
  },
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: false,
};
