import type { MatchingQuestion } from '../../core/model/pack';
import { rightOptions } from '../../core/questions/matching';
import { el } from '../widgets/dom';
import type { AnswerView } from './answerView';
import { checkButton, promptHeading, shownOrder } from './controls';

/** Matching: a select per left item listing the right-hand options; the review marks each match. */
export const matchingView: AnswerView<MatchingQuestion> = {
  input(question, order, answer) {
    const rights = rightOptions(question);
    const shown = shownOrder(order, rights.length);
    const selects = question.pairs.map((pair) => {
      const select = el('select', { attrs: { 'aria-label': `Match for “${pair.left}”` } }, [
        el('option', { text: 'Choose…', attrs: { value: '-1' } }),
        ...shown.map((right) => el('option', { text: rights[right] ?? '', attrs: { value: String(right) } })),
      ]);
      return {
        select,
        row: el('div', { className: 'match-row' }, [
          el('span', { className: 'match-left', text: pair.left }),
          select,
        ]),
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
  },
  review(question, _order, response) {
    const rights = rightOptions(question);
    const matches =
      typeof response === 'object' && response !== null && 'matches' in response ? response.matches : [];
    return el(
      'ul',
      { className: 'your-answer pairs', attrs: { 'aria-label': 'Your matches' } },
      question.pairs.map((pair, index) => {
        const picked = rights[matches[index] ?? -1];
        const right = matches[index] === index;
        return el('li', { className: right ? 'right' : 'wrong' }, [
          `${pair.left} → ${picked ?? '(none)'} ${right ? '✓' : '✗'}`,
          right ? null : el('span', { className: 'fix', text: ` (right: ${pair.right})` }),
        ]);
      }),
    );
  },
  heading: promptHeading,
  compact: false,
  reviewShowsAnswer: true,
};
