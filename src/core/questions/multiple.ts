import * as v from 'valibot';
import { questionBaseEntries } from '../packs/packSchema';
import { scoreMultiple } from '../quiz/scoring';
import { choiceList, choicesSummary, repeatedChoices } from './choices';
import { graded, isNumbers, responseField } from './grading';
import { type QuestionKind, promptFront, scrambled } from './kind';
import { PicksResponseSchema } from './responses';

/** Schema of a multiple-response question: pick every right option. */
export const MultipleChoiceSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('multiple'),
  /** Options in authoring order; at least one is correct. */
  choices: choiceList(2, 'a multiple-response question'),
  /** `partial` (default): credit for right picks minus wrong picks; `all-or-nothing`: all or nothing. */
  scoring: v.optional(
    v.picklist(['partial', 'all-or-nothing'], 'scoring must be "partial" or "all-or-nothing"'),
  ),
});

/** Multiple response: partial credit unless the question is all or nothing. */
export const multipleKind = {
  type: 'multiple',
  definitionName: 'MultipleChoiceQuestion',
  schema: MultipleChoiceSchema,
  responseSchema: PicksResponseSchema,
  crossCheck(question) {
    const correct = question.choices.filter((choice) => choice.correct === true).length;
    return [
      ...(correct === 0
        ? [{ path: ['choices'], message: 'a multiple-response question needs at least one correct choice' }]
        : []),
      ...repeatedChoices(question.choices),
    ];
  },
  displayOrder: (question, rng) => scrambled(question.choices.length, rng, false),
  grade(question, response) {
    const picks = responseField(response, 'picks', isNumbers) ?? [];
    const chosenText = picks
      .map((index) => question.choices[index]?.text ?? '')
      .filter(Boolean)
      .join('; ');
    const why = picks
      .map((index) => question.choices[index])
      .find((choice) => choice && !choice.correct && choice.why)?.why;
    return graded(scoreMultiple(question, picks), chosenText, why ? { why } : {});
  },
  correctText: (question) =>
    question.choices
      .filter((choice) => choice.correct)
      .map((choice) => choice.text)
      .join('; '),
  timeLimitMs: 30_000,
  summary: (question) => choicesSummary(question.choices),
  cardFront: promptFront,
} satisfies QuestionKind<typeof MultipleChoiceSchema, typeof PicksResponseSchema>;
