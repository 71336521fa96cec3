import * as v from 'valibot';
import { questionBaseEntries } from '../packs/packSchema';
import { graded, truthLabel } from './grading';
import { type QuestionKind, noDisplayOrder, noFindings, promptFront } from './kind';
import { TruthResponseSchema } from './responses';

/** Schema of a true/false question: judge the statement in the prompt. */
export const TrueFalseSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('truefalse'),
  /** Whether the statement in the prompt is true. */
  answer: v.boolean('answer must be true or false'),
});

/** True or false: right or wrong, nothing between. */
export const truefalseKind = {
  type: 'truefalse',
  definitionName: 'TrueFalseQuestion',
  schema: TrueFalseSchema,
  responseSchema: TruthResponseSchema,
  crossCheck: noFindings,
  displayOrder: noDisplayOrder,
  grade(question, response) {
    const chosen = typeof response === 'boolean' ? response : undefined;
    const score = chosen === question.answer ? 1 : 0;
    return graded(
      { score, correctText: truthLabel(question.answer) },
      chosen === undefined ? '' : truthLabel(chosen),
    );
  },
  correctText: (question) => truthLabel(question.answer),
  timeLimitMs: 20_000,
  summary: (question) => `Answer: ${question.answer ? 'true' : 'false'}`,
  cardFront: promptFront,
} satisfies QuestionKind<typeof TrueFalseSchema, typeof TruthResponseSchema>;
