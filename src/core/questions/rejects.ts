import * as v from 'valibot';
import { text } from '../packs/packSchema';
import { normalizeAnswer } from '../quiz/textMatch';
import type { Finding } from './kind';

/** Entries of one rejected answer: the answer and why it is not accepted. */
const rejectEntries = {
  /** An answer that is close to an accepted one but means something else ("Argun" for "Aigun"). */
  answer: text('rejected answer'),
  /** Why it is not accepted, shown to a player who types it ("Argun is the river; …"). */
  why: v.optional(text('why')),
};

/** Schema of a typed question's `reject` list. */
export const TypedRejectsSchema = v.optional(
  v.array(
    v.object(rejectEntries, 'each reject must be an object with "answer" and optionally "why"'),
    'reject must be a list of {"answer", "why"} objects',
  ),
);

/** Schema of a cloze question's `reject` list: each entry names its gap, counting from 1. */
export const ClozeRejectsSchema = v.optional(
  v.array(
    v.object(
      {
        /** The gap the answer is rejected for, counting from 1 in reading order. */
        gap: v.pipe(
          v.number('gap must be the number of a gap, counting from 1'),
          v.integer('gap must be a whole number'),
          v.minValue(1, 'gap counts from 1'),
        ),
        ...rejectEntries,
      },
      'each reject must be an object with "gap", "answer" and optionally "why"',
    ),
    'reject must be a list of {"gap", "answer", "why"} objects',
  ),
);

/**
 * Rejects that reject an accepted answer (the same text once normalised), which would make the accepted
 * answer unreachable or the reject meaningless.
 */
export function rejectsAccepted(
  rejects: readonly { answer: string }[],
  acceptedOf: (index: number) => readonly string[],
  path: (index: number) => (string | number)[],
): Finding[] {
  return rejects.flatMap((reject, index) => {
    const form = normalizeAnswer(reject.answer);
    const clash = acceptedOf(index).find((answer) => normalizeAnswer(answer) === form);
    return clash === undefined
      ? []
      : [{ path: path(index), message: `rejected answer "${reject.answer}" is also accepted ("${clash}")` }];
  });
}
