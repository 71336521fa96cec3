import * as v from 'valibot';
import { questionBaseEntries, text } from '../packs/packSchema';
import { scoreOrdering } from '../quiz/scoring';
import { graded, isNumbers, responseField } from './grading';
import { type QuestionKind, promptFront, repeats, scrambled } from './kind';
import { OrderResponseSchema } from './responses';

/** Schema of an ordering question: put items in order (a timeline, a ranking). */
export const OrderingSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('ordering'),
  /** Items in the right order; the game shuffles them. */
  items: v.pipe(
    v.array(
      v.object({
        /** The item. */
        text: text('item text'),
        /** Shown after answering, e.g. the item's year. */
        note: v.optional(text('item note')),
      }),
      'items must be a list',
    ),
    v.minLength(3, 'an ordering question needs at least 3 items'),
    v.maxLength(8, 'an ordering question can have at most 8 items'),
  ),
});

/** Ordering: partial credit for the longest run already in order; it never starts solved. */
export const orderingKind = {
  type: 'ordering',
  definitionName: 'OrderingQuestion',
  schema: OrderingSchema,
  responseSchema: OrderResponseSchema,
  crossCheck: (question) =>
    repeats(
      question.items.map((item) => item.text),
      (i) => ['items', i, 'text'],
      'item',
    ),
  displayOrder: (question, rng) => scrambled(question.items.length, rng, true),
  grade(question, response) {
    const order = responseField(response, 'order', isNumbers) ?? [];
    return graded(
      scoreOrdering(question, order),
      order.map((index) => question.items[index]?.text ?? '?').join(' → '),
    );
  },
  correctText: (question) => question.items.map((item) => item.text).join(' → '),
  timeLimitMs: 60_000,
  summary: (question) =>
    `Order: ${question.items.map((item) => (item.note ? `${item.text} (${item.note})` : item.text)).join(' → ')}`,
  cardFront: promptFront,
} satisfies QuestionKind<typeof OrderingSchema, typeof OrderResponseSchema>;
