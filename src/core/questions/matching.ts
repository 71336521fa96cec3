import * as v from 'valibot';
import { questionBaseEntries, text } from '../packs/packSchema';
import { scoreMatching } from '../quiz/scoring';
import { graded, isNumbers, responseField } from './grading';
import { type QuestionKind, promptFront, repeats, scrambled } from './kind';
import { MatchesResponseSchema } from './responses';

/** Schema of a matching question: match each left item with its right item. */
export const MatchingSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('matching'),
  /** The right pairs. */
  pairs: v.pipe(
    v.array(v.object({ left: text('left item'), right: text('right item') }), 'pairs must be a list'),
    v.minLength(2, 'a matching question needs at least 2 pairs'),
    v.maxLength(8, 'a matching question can have at most 8 pairs'),
  ),
  /** Extra right-hand options that match nothing. */
  distractors: v.optional(v.array(text('distractor'), 'distractors must be a list')),
});

/** A matching question. */
type Matching = v.InferOutput<typeof MatchingSchema>;

/** The right-hand options in authoring order: the pairs' right items, then the distractors. */
export function rightOptions(question: Matching): string[] {
  return [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
}

/** Matching: one share of credit per left item matched with its own right item. */
export const matchingKind = {
  type: 'matching',
  definitionName: 'MatchingQuestion',
  schema: MatchingSchema,
  responseSchema: MatchesResponseSchema,
  crossCheck: (question) => [
    ...repeats(
      question.pairs.map((pair) => pair.left),
      (i) => ['pairs', i, 'left'],
      'left item',
    ),
    ...repeats(
      rightOptions(question),
      (i) => (i < question.pairs.length ? ['pairs', i, 'right'] : ['distractors', i - question.pairs.length]),
      'right item',
    ),
  ],
  displayOrder: (question, rng) => scrambled(rightOptions(question).length, rng, false),
  grade(question, response) {
    const matches = responseField(response, 'matches', isNumbers) ?? [];
    const rights = rightOptions(question);
    const chosenText = question.pairs
      .map((pair, index) => `${pair.left} → ${rights[matches[index] ?? -1] ?? '—'}`)
      .join('; ');
    return graded(scoreMatching(question, matches), chosenText);
  },
  correctText: (question) => question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; '),
  timeLimitMs: 60_000,
  summary: (question) => `Pairs: ${question.pairs.map((pair) => `${pair.left} – ${pair.right}`).join(', ')}`,
  cardFront: promptFront,
} satisfies QuestionKind<typeof MatchingSchema, typeof MatchesResponseSchema>;
