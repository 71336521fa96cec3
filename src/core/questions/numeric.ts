import * as v from 'valibot';
import { UNITS } from '../model/pack';
import { questionBaseEntries } from '../packs/packSchema';
import { formatQuantity } from '../quiz/quantity';
import { scoreNumeric } from '../quiz/scoring';
import { graded, isString, responseField } from './grading';
import { type QuestionKind, noDisplayOrder, promptFront } from './kind';
import { TextResponseSchema } from './responses';

const nonNegative = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.minValue(0, `${what} must not be negative`),
  );

/** Schema of a numeric question: type a number, optionally with a unit and scale ("117.5bn", "-62 °C"). */
export const NumericSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('numeric'),
  /** The answer, in `unit`, written out in full (117.5 billion dollars is 117500000000). */
  answer: v.pipe(v.number('answer must be a number'), v.finite('answer must be a finite number')),
  /** Unit of the answer. */
  unit: v.optional(v.picklist(UNITS, `unit must be one of ${UNITS.join(', ')}`)),
  /** Accepted error: absolute (in `unit`) and/or relative (0.1 = 10%); exact when absent. */
  tolerance: v.optional(
    v.object(
      {
        absolute: v.optional(nonNegative('tolerance.absolute')),
        relative: v.optional(
          v.pipe(
            nonNegative('tolerance.relative'),
            v.maxValue(1, 'tolerance.relative is a share: at most 1'),
          ),
        ),
      },
      'tolerance must be an object with "absolute" and/or "relative"',
    ),
  ),
  /** An estimate: answers off by a factor get partial credit on a log scale. */
  estimate: v.optional(v.boolean('estimate must be true or false')),
});

/** Numeric answer: read with units and scale words, right within the tolerance. */
export const numericKind = {
  type: 'numeric',
  definitionName: 'NumericQuestion',
  schema: NumericSchema,
  responseSchema: TextResponseSchema,
  crossCheck: (question) =>
    question.estimate && question.answer <= 0
      ? [
          {
            path: ['estimate'],
            message: 'an estimate needs a positive answer (it is scored on a log scale)',
          },
        ]
      : [],
  displayOrder: noDisplayOrder,
  grade(question, response) {
    const typed = responseField(response, 'text', isString) ?? '';
    return graded(scoreNumeric(question, typed), typed);
  },
  correctText: (question) => formatQuantity(question.answer, question.unit),
  timeLimitMs: 40_000,
  summary(question) {
    const tolerance = question.tolerance;
    const within = tolerance?.absolute
      ? ` (within ${formatQuantity(tolerance.absolute, question.unit)})`
      : tolerance?.relative
        ? ` (within ${Math.round(tolerance.relative * 100)}%)`
        : ' (exact)';
    return `Answer: ${formatQuantity(question.answer, question.unit)}${within}`;
  },
  cardFront: promptFront,
} satisfies QuestionKind<typeof NumericSchema, typeof TextResponseSchema>;
