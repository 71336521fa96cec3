import type * as v from 'valibot';
import { clozeKind } from './cloze';
import type { QuestionKind } from './kind';
import { mapclickKind } from './mapclick';
import { matchingKind } from './matching';
import { multipleKind } from './multiple';
import { numericKind } from './numeric';
import { orderingKind } from './ordering';
import { singleKind } from './single';
import { truefalseKind } from './truefalse';
import { typedKind } from './typed';
import { yearKind } from './year';

/**
 * Every question type the pack format defines, by its `type`, in the order the format lists them. This is
 * the one list of types: the validator, grading, the quiz, the JSON Schema tool and the answer views all
 * read it.
 */
const KINDS = {
  single: singleKind,
  multiple: multipleKind,
  truefalse: truefalseKind,
  typed: typedKind,
  numeric: numericKind,
  year: yearKind,
  ordering: orderingKind,
  matching: matchingKind,
  cloze: clozeKind,
  mapclick: mapclickKind,
};

/** A question type of the pack format. */
export type QuestionType = keyof typeof KINDS;

/** The question of one type, as its schema outputs it. */
export type QuestionOf<T extends QuestionType> = v.InferOutput<(typeof KINDS)[T]['schema']>;

/** The kind of one question type, with the facets typed for that type's questions. */
export type KindOf<T extends QuestionType> = QuestionKind<
  (typeof KINDS)[T]['schema'],
  (typeof KINDS)[T]['responseSchema']
>;

/**
 * The registry, typed so that each entry is the full kind of the type it is filed under: a kind that
 * lacks a facet, or is filed under another type's name, does not compile.
 */
export const QUESTION_KINDS: { readonly [T in QuestionType]: KindOf<T> & { readonly type: T } } = KINDS;

/** Every question type, in the format's order. */
export const QUESTION_TYPES: readonly QuestionType[] = Object.values(QUESTION_KINDS).map((kind) => kind.type);

/** Whether `type` names a question type this version knows. */
export function isQuestionType(type: string): type is QuestionType {
  return Object.hasOwn(QUESTION_KINDS, type);
}

/**
 * The kind of a question type. Called with a question's `type`, its facets accept that question:
 * `kindOf(question.type).grade(question, …)`.
 */
export function kindOf<T extends QuestionType>(type: T): KindOf<T> {
  return QUESTION_KINDS[type];
}
