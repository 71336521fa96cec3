import type { OrderingQuestion } from '../../core/model/pack';
import { el } from '../widgets/dom';
import type { AnswerView } from './answerView';
import { checkButton, promptHeading, shownOrder } from './controls';

/** Ordering: a list moved with arrow buttons or by dragging; the review shows the right order. */
export const orderingView: AnswerView<OrderingQuestion> = {
  input(question, order, answer) {
    const list = el('ol', { className: 'ordering', attrs: { 'aria-label': 'Items in your order' } });
    let current = [...shownOrder(order, question.items.length)];
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
  },
  review: (question, _order, _response, grade) =>
    el('div', { className: 'your-answer' }, [
      el('p', { text: `Your order: ${grade.chosenText}` }),
      el(
        'ol',
        { className: 'right-order', attrs: { 'aria-label': 'The right order' } },
        question.items.map((item) =>
          el('li', { text: item.note ? `${item.text} (${item.note})` : item.text }),
        ),
      ),
    ]),
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: true,
};
