import type { LandMap } from '../map/landAt';
import type { MapProjection } from '../map/mapTypes';
import type { KnownAnswers } from '../quiz/knownAnswers';
import { type Scored, verdictOf } from '../quiz/scoring';
import type { DiffPart } from '../quiz/textMatch';
import type { Response } from './responses';

/** The outcome of one answer, with what feedback needs to show. */
export interface Grade {
  /** Credit from 0 to 1. */
  score: number;
  /** Whether the response is fully right. */
  correct: boolean;
  /** `right`, `partly` right or `wrong`, as the player is told. */
  verdict: 'right' | 'partly' | 'wrong';
  /** The right answer as text. */
  correctText: string;
  /** The chosen or typed answer as text. */
  chosenText: string;
  /** Why the chosen option or typed answer is wrong, when the pack or the grader can say. */
  why?: string;
  /** Why a typed answer could not be read (e.g. an unknown unit). */
  unreadable?: string;
  /** Where a typed answer accepted with a typo differs from the answer. */
  typoDiff?: DiffPart[];
  /** For cloze questions: which gaps were right. */
  gaps?: boolean[];
  /** For cloze questions: the gaps accepted with a typo, each with where it differs from its answer. */
  gapTypos?: GapTypo[];
}

/** A cloze gap accepted only thanks to typo tolerance, for feedback that shows the spelling. */
export interface GapTypo {
  /** The gap's number, counted from 1 as the player sees it. */
  gap: number;
  /** Where the typed text differs from the answer it was taken for. */
  diff: DiffPart[];
}

/**
 * What grading needs beyond the question: names for regions, the map projection for places, and the
 * course's known answers for telling a typo from a different answer.
 */
export interface GradeContext {
  /** Names a region for feedback on map-click questions. */
  regionName?: (regionId: string) => string;
  /** The map's projection, to measure how far a click landed from a place. */
  projection?: MapProjection;
  /** Every answer and place name of the loaded course, built once per bank (see `quiz/knownAnswers.ts`). */
  knownAnswers?: KnownAnswers;
  /** The map's land, so that a click on another place (region, island, country) is graded as that place. */
  land?: LandMap;
}

/** Text shown for a true/false judgement. */
export function truthLabel(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Wraps a scorer's result as a {@link Grade}. */
export function graded(scored: Scored, chosenText: string, extra: Partial<Grade> = {}): Grade {
  return {
    score: scored.score,
    correct: scored.score >= 1 - 1e-9,
    verdict: verdictOf(scored.score),
    correctText: scored.correctText,
    chosenText,
    ...(scored.unreadable ? { unreadable: scored.unreadable } : {}),
    ...(scored.why ? { why: scored.why } : {}),
    ...extra,
  };
}

/**
 * Reads a response's field of the expected shape, or undefined for a response of another shape, so that a
 * response of the wrong shape (from an old save, say) grades as wrong instead of throwing.
 */
export function responseField<K extends string, T>(
  response: Response,
  key: K,
  check: (value: unknown) => value is T,
): T | undefined {
  if (typeof response !== 'object' || response === null || !(key in response)) return undefined;
  const value: unknown = Object.entries(response).find(([name]) => name === key)?.[1];
  return check(value) ? value : undefined;
}

/** Whether a response field is text. */
export const isString = (value: unknown): value is string => typeof value === 'string';

/** Whether a response field is a list of numbers (indices). */
export const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number');

/** Whether a response field is a list of texts. */
export const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
