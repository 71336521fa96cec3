import type { QuestionOf, QuestionType } from '../../core/questions/registry';
import type { AnswerView } from './answerView';
import { clozeView } from './cloze';
import { mapclickView } from './mapclick';
import { matchingView } from './matching';
import { multipleView } from './multiple';
import { numericView } from './numeric';
import { orderingView } from './ordering';
import { singleView } from './single';
import { truefalseView } from './truefalse';
import { typedView } from './typed';
import { yearView } from './year';

/** The answer view of every question type: a type without one does not compile. */
export const ANSWER_VIEWS: { readonly [T in QuestionType]: AnswerView<QuestionOf<T>> } = {
  single: singleView,
  multiple: multipleView,
  truefalse: truefalseView,
  typed: typedView,
  numeric: numericView,
  year: yearView,
  ordering: orderingView,
  matching: matchingView,
  cloze: clozeView,
  mapclick: mapclickView,
};

/**
 * The answer view of a question type. Called with a question's `type`, its facets accept that question:
 * `answerViewOf(question.type).input(question, …)`.
 */
export function answerViewOf<T extends QuestionType>(type: T): AnswerView<QuestionOf<T>> {
  return ANSWER_VIEWS[type];
}
