/** The last check of every imported question: would the pack validator accept it? */
import * as v from 'valibot';
import type { Question } from '../../model/pack';
import { kindOf } from '../../questions/registry';

/**
 * Why a built question would not pass the pack validator, or undefined when it would: the schema of its type
 * plus that type's own cross-checks (correct-choice counts, repeats, a usable cloze text), the same ones
 * `parsePack` applies, read from the question-type registry.
 */
export function questionProblem(question: Question): string | undefined {
  const kind = kindOf(question.type);
  const checked = v.safeParse(kind.schema, question);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = (issue?.path ?? []).map((item) => String(item.key)).join('.');
    return path ? `${path}: ${issue?.message}` : (issue?.message ?? 'invalid question');
  }
  return kind.crossCheck(checked.output)[0]?.message;
}
