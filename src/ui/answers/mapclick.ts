import type { MapClickQuestion } from '../../core/model/pack';
import { el } from '../widgets/dom';
import type { AnswerView } from './answerView';
import { givenAnswer, promptHeading } from './controls';

/** Map click: the map and the region list take the answer; the panel only says so, and stays small. */
export const mapclickView: AnswerView<MapClickQuestion> = {
  input: () => ({
    element: el('p', {
      className: 'mapclick-instruction',
      text: 'Click the place on the map, or choose it in the region list.',
    }),
    hint: 'The map and the region list take your answer.',
  }),
  review: (_question, _order, _response, grade) => givenAnswer(grade),
  heading: promptHeading,
  compact: true,
  reviewShowsAnswer: false,
};
