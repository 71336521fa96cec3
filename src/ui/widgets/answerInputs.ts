import type { Question } from '../../core/model/pack';
import { parseCloze } from '../../core/quiz/cloze';
import { truthLabel } from '../../core/questions/grading';
import type { Response } from '../../core/questions/responses';
import { el } from './dom';

/** The answering controls for one question, and how to read the player's response from them. */
export interface AnswerInput {
  /** The controls, placed under the question. */
  element: HTMLElement;
  /** Element to focus first, if not the question heading. */
  focus?: HTMLElement;
  /** A one-line hint on how to answer (keys, formats). */
  hint: string;
  /** Handles a shortcut key; returns true when it was used. */
  handleKey?(event: KeyboardEvent): boolean;
}

/** How answer controls report a response. */
export type Answer = (response: Response) => void;

/** A button that submits the answer. */
function checkButton(label: string, onClick: () => void): HTMLButtonElement {
  return el('button', { className: 'primary check', text: label, attrs: { type: 'button' }, onClick });
}

/** The submit button of an answer form (Enter in any of its fields submits). */
function submitButton(label: string): HTMLButtonElement {
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

/** The digit key (1–9) in an event, as a zero-based index, or -1. */
function digitIndex(event: KeyboardEvent): number {
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
}

/**
 * Builds the controls for answering `question`. `order` is the round's display order: choice indices for
 * choice questions, item indices for ordering, right-hand indices for matching.
 */
export function answerInput(question: Question, order: readonly number[], answer: Answer): AnswerInput {
  switch (question.type) {
    case 'truefalse': {
      const options = [true, false];
      const buttons = options.map((value, index) =>
        optionButton(index, truthLabel(value), () => answer(value)),
      );
      return {
        element: el(
          'div',
          { className: 'choices', attrs: { role: 'group', 'aria-label': 'Answers' } },
          buttons,
        ),
        hint: 'Press 1 or T for true, 2 or F for false.',
        handleKey(event) {
          const key = event.key.toLowerCase();
          const index = key === 't' ? 0 : key === 'f' ? 1 : digitIndex(event);
          const value = options[index];
          if (value === undefined) return false;
          answer(value);
          return true;
        },
      };
    }
    case 'single': {
      const shown = order.length === question.choices.length ? order : question.choices.map((_, i) => i);
      const buttons = shown.map((choice, index) =>
        optionButton(index, question.choices[choice]?.text ?? '', () => answer(choice)),
      );
      return {
        element: el(
          'div',
          { className: 'choices', attrs: { role: 'group', 'aria-label': 'Answers' } },
          buttons,
        ),
        hint: `Press 1–${shown.length} to answer.`,
        handleKey(event) {
          const choice = shown[digitIndex(event)];
          if (choice === undefined) return false;
          answer(choice);
          return true;
        },
      };
    }
    case 'multiple': {
      const shown = order.length === question.choices.length ? order : question.choices.map((_, i) => i);
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
        hint: `Select every right answer (keys 1–${shown.length}), then Enter.`,
        handleKey(event) {
          const target = boxes[digitIndex(event)];
          if (target) {
            target.box.checked = !target.box.checked;
            return true;
          }
          if (event.key === 'Enter' && (event.target as HTMLElement | null)?.tagName !== 'BUTTON') {
            submit();
            return true;
          }
          return false;
        },
      };
    }
    case 'typed':
    case 'numeric':
    case 'year': {
      const input = el('input', {
        className: 'typed-answer',
        attrs: {
          type: 'text',
          autocomplete: 'off',
          autocapitalize: 'off',
          spellcheck: 'false',
          'aria-label': 'Your answer',
          ...(question.type === 'year' ? { inputmode: 'numeric' } : {}),
        },
      });
      const form = el('form', { className: 'typed-form' }, [input, submitButton('Check answer')]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        answer({ text: input.value });
      });
      const hints = {
        typed: 'Type the answer and press Enter.',
        numeric:
          'Type a number and press Enter; units and words like “bn” are fine (1,800 miles, $117.5bn, -62 °C).',
        year: 'Type the year and press Enter.',
      };
      return { element: form, focus: input, hint: hints[question.type] };
    }
    case 'ordering': {
      const list = el('ol', { className: 'ordering', attrs: { 'aria-label': 'Items in your order' } });
      let current = order.length === question.items.length ? [...order] : question.items.map((_, i) => i);
      const render = (focusItem?: number, focusWhich?: 'up' | 'down') => {
        list.replaceChildren(
          ...current.map((item, position) => {
            const text = question.items[item]?.text ?? '';
            const move = (delta: number, which: 'up' | 'down') => () => {
              const target = position + delta;
              if (target < 0 || target >= current.length) return;
              const next = [...current];
              [next[position], next[target]] = [next[target] as number, next[position] as number];
              current = next;
              render(item, which);
            };
            const up = el('button', {
              text: '↑',
              attrs: { type: 'button', 'aria-label': `Move “${text}” up` },
              onClick: move(-1, 'up'),
            });
            const down = el('button', {
              text: '↓',
              attrs: { type: 'button', 'aria-label': `Move “${text}” down` },
              onClick: move(1, 'down'),
            });
            up.disabled = position === 0;
            down.disabled = position === current.length - 1;
            const row = el(
              'li',
              { className: 'order-item', attrs: { draggable: 'true', 'data-item': String(item) } },
              [
                el('span', { className: 'order-text', text }),
                el('span', { className: 'order-moves' }, [up, down]),
              ],
            );
            row.addEventListener('dragstart', (event) =>
              event.dataTransfer?.setData('text/plain', String(position)),
            );
            row.addEventListener('dragover', (event) => event.preventDefault());
            row.addEventListener('drop', (event) => {
              event.preventDefault();
              const from = Number(event.dataTransfer?.getData('text/plain'));
              if (!Number.isInteger(from) || from === position) return;
              const next = [...current];
              const [moved] = next.splice(from, 1);
              next.splice(position, 0, moved as number);
              current = next;
              render();
            });
            if (item === focusItem)
              queueMicrotask(() =>
                (focusWhich === 'up' && !up.disabled ? up : down.disabled ? up : down).focus(),
              );
            return row;
          }),
        );
      };
      render();
      return {
        element: el('div', {}, [list, checkButton('Check order', () => answer({ order: current }))]),
        hint: 'Put the items in order with the arrow buttons (or drag them), then check.',
      };
    }
    case 'matching': {
      const rights = [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
      const shown = order.length === rights.length ? order : rights.map((_, i) => i);
      const selects = question.pairs.map((pair, index) => {
        const select = el('select', { attrs: { 'aria-label': `Match for “${pair.left}”` } }, [
          el('option', { text: 'Choose…', attrs: { value: '-1' } }),
          ...shown.map((right) =>
            el('option', { text: rights[right] ?? '', attrs: { value: String(right) } }),
          ),
        ]);
        return {
          select,
          row: el('div', { className: 'match-row' }, [
            el('span', { className: 'match-left', text: pair.left }),
            select,
          ]),
          index,
        };
      });
      const submit = () => answer({ matches: selects.map(({ select }) => Number(select.value)) });
      return {
        element: el('div', { className: 'matching' }, [
          ...selects.map(({ row }) => row),
          checkButton('Check answer', submit),
        ]),
        focus: selects[0]?.select,
        hint: 'Choose the match for each item, then check.',
      };
    }
    case 'cloze': {
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
        hint: 'Fill every gap (Tab moves to the next), then press Enter.',
      };
    }
    case 'mapclick':
      return {
        element: el('p', {
          className: 'mapclick-instruction',
          text: 'Click the place on the map, or choose it in the region list.',
        }),
        hint: 'The map and the region list take your answer.',
      };
  }
}
