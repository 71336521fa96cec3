import type { MapMark } from '../../core/map/mapView';
import type { MapClickQuestion } from '../../core/model/pack';
import { el } from '../widgets/dom';
import type { AnswerView } from './answerView';
import { digitIndex, givenAnswer, optionButton, promptHeading } from './controls';

/**
 * Map click: the map takes the answer. Every map question also offers its numbered marks on the map as
 * buttons (keys 1–9), the keyboard's way to answer: a chosen mark is graded like a click at its point (a
 * region question's marks stand on region labels and answer with their region). The region list takes no
 * answer, so the round's own region is never one. The panel stays small.
 */
export const mapclickView: AnswerView<MapClickQuestion> = {
  input(question, _order, answer, marks: readonly MapMark[] = []) {
    const what = 'region' in question.target ? 'region' : 'line' in question.target ? 'line' : 'place';
    if (marks.length === 0)
      return {
        element: el('p', { className: 'mapclick-instruction', text: `Click or tap the ${what} on the map.` }),
        hint: 'The map takes your answer.',
      };
    const choose = (mark: MapMark) => answer({ region: mark.region, point: mark.point, mark: mark.number });
    const buttons = marks.map((mark, index) => {
      const button = optionButton(index, `Mark ${mark.number}`, () => choose(mark));
      // Where the mark is drawn (map units): what a sighted player sees, for the page's own tests.
      button.dataset.mapPoint = mark.point.join(',');
      return button;
    });
    return {
      element: el('div', { className: 'mapclick-marks' }, [
        el('p', {
          className: 'mapclick-instruction',
          text: `Click or tap the ${what} on the map, or choose its numbered mark.`,
        }),
        el(
          'div',
          { className: 'choices marks', attrs: { role: 'group', 'aria-label': 'Marks on the map' } },
          buttons,
        ),
      ]),
      hint: '',
      keys: `Or press 1–${marks.length} to choose a mark.`,
      handleKey(event) {
        const mark = marks[digitIndex(event)];
        if (!mark) return false;
        choose(mark);
        return true;
      },
    };
  },
  review: (_question, _order, _response, grade) => givenAnswer(grade),
  heading: promptHeading,
  compact: true,
  reviewShowsAnswer: false,
};
