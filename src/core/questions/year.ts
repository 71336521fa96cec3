import * as v from 'valibot';
import { questionBaseEntries } from '../packs/packSchema';
import { scoreYear } from '../quiz/scoring';
import { graded, isString, responseField } from './grading';
import { type QuestionKind, noDisplayOrder, noFindings, promptFront } from './kind';
import { TextResponseSchema } from './responses';

/** Schema of a year question: type the year. */
export const YearSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('year'),
  /** The year (negative for BCE). */
  answer: v.pipe(
    v.number('answer must be a year'),
    v.integer('answer must be a whole year'),
    v.minValue(-5000),
    v.maxValue(3000),
  ),
  /** Years either side that still count as right (default 0). */
  tolerance: v.optional(
    v.pipe(v.number('tolerance must be a number of years'), v.integer(), v.minValue(0), v.maxValue(100)),
  ),
});

/** Year: exact, or within the question's tolerance. */
export const yearKind = {
  type: 'year',
  definitionName: 'YearQuestion',
  schema: YearSchema,
  responseSchema: TextResponseSchema,
  crossCheck: noFindings,
  displayOrder: noDisplayOrder,
  grade(question, response) {
    const typed = responseField(response, 'text', isString) ?? '';
    return graded(scoreYear(question, typed), typed);
  },
  correctText: (question) => String(question.answer),
  timeLimitMs: 40_000,
  summary: (question) => `Answer: ${question.answer}`,
  cardFront: promptFront,
} satisfies QuestionKind<typeof YearSchema, typeof TextResponseSchema>;
