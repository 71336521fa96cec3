import * as v from 'valibot';
import { questionBaseEntries, text } from '../packs/packSchema';
import { scoreTyped } from '../quiz/scoring';
import { diffText } from '../quiz/textMatch';
import { graded, isString, responseField } from './grading';
import { type QuestionKind, noDisplayOrder, promptFront, repeats } from './kind';
import { TypedRejectsSchema, rejectsAccepted } from './rejects';
import { TextResponseSchema } from './responses';

/** Schema of a typed-answer question: compared after normalisation, with typo tolerance that grows with length. */
export const TypedSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('typed'),
  /** The answer as shown in feedback. */
  answer: text('answer'),
  /** Other accepted answers: spellings, transliterations, old names (e.g. "Peking" for "Beijing"). */
  accept: v.optional(v.array(text('accepted answer'), 'accept must be a list of answers')),
  /** Whether small typos are forgiven (default true; never for short answers, numbers and acronyms). */
  typos: v.optional(v.boolean('typos must be true or false')),
  /** Answers close to the key that mean something else, each with why it is not accepted. */
  reject: TypedRejectsSchema,
});

/**
 * Typed answer: an answer accepted only thanks to typo tolerance shows the spelling; a different real answer
 * (a reject, another answer of the course, the key's negation or opposite) is wrong, and says why.
 */
export const typedKind = {
  type: 'typed',
  definitionName: 'TypedQuestion',
  schema: TypedSchema,
  responseSchema: TextResponseSchema,
  crossCheck: (question) => [
    ...repeats([question.answer, ...(question.accept ?? [])], (i) => ['accept', i - 1], 'answer'),
    ...rejectsAccepted(
      question.reject ?? [],
      () => [question.answer, ...(question.accept ?? [])],
      (i) => ['reject', i, 'answer'],
    ),
  ],
  displayOrder: noDisplayOrder,
  grade(question, response, context) {
    const typed = responseField(response, 'text', isString) ?? '';
    const scored = scoreTyped(question, typed, context.knownAnswers);
    return graded(scored, typed, scored.typo ? { typoDiff: diffText(typed.trim(), question.answer) } : {});
  },
  correctText: (question) => question.answer,
  timeLimitMs: 40_000,
  summary: (question) => `Answer: ${question.answer}`,
  cardFront: promptFront,
} satisfies QuestionKind<typeof TypedSchema, typeof TextResponseSchema>;
