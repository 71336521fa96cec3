/** The last check of every imported question: would the pack validator accept it? */
import * as v from 'valibot';
import type { Question } from '../../model/pack';
import { QUESTION_SCHEMAS } from '../../packs/packSchema';
import { parseCloze } from '../../quiz/cloze';
import { firstRepeat } from './repeats';

/**
 * Why a built question would not pass the pack validator, or undefined when it would: the schema of its type
 * plus the cross-field rules `parsePack` applies (correct-choice counts, repeats, a usable cloze text).
 */
export function questionProblem(question: Question): string | undefined {
  const checked = v.safeParse(QUESTION_SCHEMAS[question.type], question);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = (issue?.path ?? []).map((item) => String(item.key)).join('.');
    return path ? `${path}: ${issue?.message}` : (issue?.message ?? 'invalid question');
  }
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const correct = question.choices.filter((choice) => choice.correct === true).length;
      if (question.type === 'single' && correct !== 1)
        return `a single-choice question needs exactly one correct choice, found ${correct}`;
      if (correct === 0) return 'a multiple-response question needs at least one correct choice';
      const repeat = firstRepeat(question.choices.map((choice) => choice.text));
      return repeat === undefined ? undefined : `choice "${repeat}" appears twice`;
    }
    case 'typed': {
      const repeat = firstRepeat([question.answer, ...(question.accept ?? [])]);
      return repeat === undefined ? undefined : `answer "${repeat}" appears twice`;
    }
    case 'cloze': {
      const cloze = parseCloze(question.text);
      return cloze.ok ? undefined : `the cloze text ${cloze.error}`;
    }
    default:
      return undefined;
  }
}
