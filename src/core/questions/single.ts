import * as v from 'valibot';
import { questionBaseEntries } from '../packs/packSchema';
import { choiceList, choicesSummary, repeatedChoices } from './choices';
import { graded } from './grading';
import { type QuestionKind, promptFront, scrambled } from './kind';
import { ChoiceResponseSchema } from './responses';

/** Schema of a single-choice question: pick exactly one of several options. */
export const SingleChoiceSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('single'),
  /** Options in authoring order; the game shuffles them when it shows them. */
  choices: choiceList(2, 'a single-choice question'),
});

/** A single-choice question. */
type Single = v.InferOutput<typeof SingleChoiceSchema>;

/** The right option's text. */
const correctText = (question: Single): string =>
  question.choices.find((choice) => choice.correct === true)?.text ?? '';

/** Single choice: one right option; a wrong pick shows the pack's note on why it is wrong. */
export const singleKind = {
  type: 'single',
  definitionName: 'SingleChoiceQuestion',
  schema: SingleChoiceSchema,
  responseSchema: ChoiceResponseSchema,
  crossCheck(question) {
    const correct = question.choices.filter((choice) => choice.correct === true).length;
    return [
      ...(correct === 1
        ? []
        : [
            {
              path: ['choices'],
              message: `a single-choice question needs exactly one correct choice, found ${correct}`,
            },
          ]),
      ...repeatedChoices(question.choices),
    ];
  },
  displayOrder: (question, rng) => scrambled(question.choices.length, rng, false),
  grade(question, response) {
    const right = question.choices.find((choice) => choice.correct === true);
    const chosen = typeof response === 'number' ? question.choices[response] : undefined;
    const score = chosen !== undefined && chosen === right ? 1 : 0;
    return graded(
      { score, correctText: correctText(question) },
      chosen?.text ?? '',
      score === 0 && chosen?.why ? { why: chosen.why } : {},
    );
  },
  correctText,
  timeLimitMs: 20_000,
  summary: (question) => choicesSummary(question.choices),
  cardFront: promptFront,
} satisfies QuestionKind<typeof SingleChoiceSchema, typeof ChoiceResponseSchema>;
