import type { Question } from '../model/pack';
import type { Grade, GradeContext } from '../questions/grading';
import { kindOf } from '../questions/registry';
import type { Response } from '../questions/responses';

/**
 * Grades a response to a question of any type, by the type's own grading (`questions/<type>.ts`). A
 * response of the wrong shape (a number for a typed question, an index out of range, a missing field) is
 * simply wrong, never an exception.
 */
export function gradeResponse(question: Question, response: Response, context: GradeContext = {}): Grade {
  return kindOf(question.type).grade(question, response, context);
}
