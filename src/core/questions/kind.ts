import type * as v from 'valibot';
import { type Rng, shuffled } from '../rng';
import type { Grade, GradeContext } from './grading';
import type { Response } from './responses';

/** A valibot object schema of one question type: the common fields plus a literal `type`. */
export type QuestionSchema = v.ObjectSchema<
  v.ObjectEntries & { type: v.LiteralSchema<string, undefined> },
  undefined
>;

/** A problem a schema cannot see (a second correct choice, a repeated item), located within its question. */
export interface Finding {
  /** Path from the question to the offending field, e.g. `['choices', 2, 'text']`. */
  path: (string | number)[];
  /** What is wrong, in plain words. */
  message: string;
}

/**
 * Everything the game knows about one question type, in one place (the tldraw `ShapeUtil` pattern): how a
 * pack writes it, how a save stores an answer to it, and how the game checks, shows, grades and reviews it.
 * The registry (`registry.ts`) holds one per type; adding a type is adding one of these (and its answer
 * view in `ui/answers/`).
 *
 * @typeParam S - the type's pack schema; the question's TypeScript type is its output
 * @typeParam R - the schema of the response the type's answer controls give
 */
export interface QuestionKind<S extends QuestionSchema, R extends v.GenericSchema> {
  /** The `type` value packs use. */
  readonly type: v.InferOutput<S>['type'];
  /** Name of the type's definition in the published JSON Schema, e.g. `SingleChoiceQuestion`. */
  readonly definitionName: string;
  /** What a pack's question of this type must look like. */
  readonly schema: S;
  /** What a response to it looks like, as saved progress stores it. */
  readonly responseSchema: R;
  /** Problems the schema cannot see; the pack validator skips a question that has any. */
  crossCheck(question: v.InferOutput<S>): Finding[];
  /** The shuffled display order of the list the question shows (authoring indices), or `[]` for none. */
  displayOrder(question: v.InferOutput<S>, rng: Rng): number[];
  /** Grades any response; one of the wrong shape is simply wrong, never an exception. */
  grade(question: v.InferOutput<S>, response: Response, context: GradeContext): Grade;
  /** The right answer as feedback, the results and a flashcard's back word it. */
  correctText(question: v.InferOutput<S>, context: GradeContext): string;
  /** Time allowed in timed mode: enough to read and answer, more for typing or arranging. */
  readonly timeLimitMs: number;
  /** The answer part of the question in words, as the article-draft editor lists it under the prompt. */
  summary(question: v.InferOutput<S>): string;
  /** The cue on the front of the question's flashcard when the pack gives no card. */
  cardFront(question: v.InferOutput<S>): string;
}

/** A shuffled 0…n−1; with `avoidIdentity`, never in order when n > 1 (an ordering must not start solved). */
export function scrambled(n: number, rng: Rng, avoidIdentity: boolean): number[] {
  const indices = Array.from({ length: n }, (_, index) => index);
  let order = shuffled(indices, rng);
  for (
    let tries = 0;
    avoidIdentity && n > 1 && tries < 10 && order.every((value, index) => value === index);
    tries++
  ) {
    order = shuffled(indices, rng);
  }
  if (avoidIdentity && n > 1 && order.every((value, index) => value === index))
    order = [...indices.slice(1), 0];
  return order;
}

/** Reports texts that repeat (ignoring case and surrounding space), pointing at each repeat. */
export function repeats(
  texts: readonly string[],
  path: (index: number) => (string | number)[],
  what: string,
): Finding[] {
  const seen = new Map<string, number>();
  const found: Finding[] = [];
  texts.forEach((value, index) => {
    const key = value.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      found.push({ path: path(index), message: `${what} "${value}" repeats ${what} ${first + 1}` });
    else seen.set(key, index);
  });
  return found;
}

/** The display order for types that show no list. */
export const noDisplayOrder = (): number[] => [];

/** The card front of most types: the prompt. */
export const promptFront = (question: { prompt: string }): string => question.prompt;

/** The cross-check of types whose schema says everything. */
export const noFindings = (): Finding[] => [];
