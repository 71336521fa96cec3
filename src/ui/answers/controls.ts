import type { Grade } from '../../core/questions/grading';
import type { Response } from '../../core/questions/responses';
import { el } from '../widgets/dom';
import type { Answer, AnswerInput } from './answerView';

/** A button that submits the answer. */
export function checkButton(label: string, onClick: () => void): HTMLButtonElement {
  return el('button', { className: 'primary check', text: label, attrs: { type: 'button' }, onClick });
}

/** The submit button of an answer form (Enter in any of its fields submits). */
export function submitButton(label: string): HTMLButtonElement {
  return el('button', { className: 'primary check', text: label, attrs: { type: 'submit' } });
}

/**
 * A numbered option button (single choice and true/false). With `mark`, it is the disabled button of the
 * feedback, marked as the right answer or as the player's wrong pick.
 */
export function optionButton(
  index: number,
  label: string,
  onClick?: () => void,
  mark?: 'right' | 'wrong',
): HTMLButtonElement {
  const button = el('button', { className: mark ? `choice ${mark}` : 'choice', attrs: { type: 'button' } }, [
    el('kbd', { text: String(index + 1), attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'choice-text', text: label }),
    mark
      ? el('span', { className: 'mark', text: mark === 'right' ? ' ✓ correct answer' : ' ✗ your answer' })
      : null,
  ]);
  if (onClick) button.addEventListener('click', onClick);
  else button.disabled = true;
  return button;
}

/** The group that holds the option buttons of a question. */
export function answersGroup(buttons: HTMLButtonElement[]): HTMLElement {
  return el('div', { className: 'choices', attrs: { role: 'group', 'aria-label': 'Answers' } }, buttons);
}

/** The digit key (1–9) in an event, as a zero-based index, or -1. */
export function digitIndex(event: KeyboardEvent): number {
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
}

/** The round's display order when it fits a list of `length`, else the authoring order. */
export function shownOrder(order: readonly number[], length: number): readonly number[] {
  return order.length === length ? order : Array.from({ length }, (_, index) => index);
}

/** One option as the feedback lists it: its label and the response that picks it. */
export interface ReviewedOption {
  /** The option's text. */
  label: string;
  /** The response choosing it. */
  response: Response;
}

/** The options again, disabled, marking the right answer and the player's wrong pick. */
export function markedOptions(
  options: readonly ReviewedOption[],
  response: Response,
  grade: Grade,
): HTMLElement {
  return answersGroup(
    options.map((option, index) => {
      const mark =
        option.label === grade.correctText ? 'right' : option.response === response ? 'wrong' : undefined;
      return optionButton(index, option.label, undefined, mark);
    }),
  );
}

/** The player's answer repeated as text, for types whose controls are gone after answering. */
export function givenAnswer(grade: Grade): HTMLElement {
  return el('p', { className: 'your-answer', text: `Your answer: ${grade.chosenText || '(none)'}` });
}

/** A one-line text field with its submit button, for the typed, numeric and year types (Enter submits). */
export function textAnswer(answer: Answer, hint: string, numericKeyboard: boolean): AnswerInput {
  const input = el('input', {
    className: 'typed-answer',
    attrs: {
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      'aria-label': 'Your answer',
      ...(numericKeyboard ? { inputmode: 'numeric' } : {}),
    },
  });
  const form = el('form', { className: 'typed-form' }, [input, submitButton('Check answer')]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    answer({ text: input.value });
  });
  return { element: form, focus: input, hint, keys: 'Enter checks.' };
}

/** The heading of most types: the prompt as written. */
export const promptHeading = (question: { prompt: string }): string => question.prompt;

/**
 * The hint under a question's controls: the words for every device, then the keyboard's shortcuts in an
 * element of class `keys-only`, which the style sheet shows only with a fine pointer that can hover (a
 * desktop or laptop), so that a touch phone is not told to press keys. A hint of keys alone is a
 * `keys-only-hint` paragraph, hidden whole on touch phones so it leaves no empty line.
 */
export function answerHint(input: Pick<AnswerInput, 'hint' | 'keys'>): HTMLElement {
  if (input.hint === '') return el('p', { className: 'hint keys-only-hint', text: input.keys ?? '' });
  return el('p', { className: 'hint' }, [
    input.hint,
    input.keys ? el('span', { className: 'keys-only', text: ` ${input.keys}` }) : null,
  ]);
}
