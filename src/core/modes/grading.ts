import type { MapChoice } from '../map/mapView';
import { type GradeContext } from '../questions/grading';
import { scorePlaceClick } from '../questions/mapclick';
import { matchAnswer } from '../quiz/answerMatch';
import type { KnownAnswers } from '../quiz/knownAnswers';
import type { ModeTarget } from './targets';

/** One try at a target: what the player gave and whether it was right. */
export interface Attempt {
  /** Whether the try found or named the target. */
  right: boolean;
  /** Find it: the region chosen (null over the sea or land outside the game). */
  region?: string | null;
  /** Find it: where the click landed, in map units. */
  point?: [number, number];
  /** Find it, a place: how far the click landed from it, km. */
  km?: number;
  /** Find it, a place: the other place the click landed on, in words. */
  elsewhere?: string;
  /** Name it: what was typed. */
  typed?: string;
  /** Name it: whether the name was taken only thanks to typo tolerance. */
  typo?: boolean;
  /** Name it: why a near miss is a different name rather than a slip, when grading can say. */
  why?: string;
}

/**
 * Grades a typed name with the game's typed-answer rules (`matchAnswer`): normalised, with the typo
 * allowance that grows with length, and never taking another name the course knows for a slip.
 */
export function gradeName(target: ModeTarget, typed: string, known?: KnownAnswers): Attempt {
  const match = matchAnswer(typed, target.accepted, known ? { known } : {});
  return {
    right: match.matched !== undefined,
    typed: typed.trim(),
    typo: match.typo,
    ...(match.why ? { why: match.why } : {}),
  };
}

/**
 * Grades a click (or a chosen mark) on the map for a Find it target. A region is found by choosing it; a
 * place by a click within its full-credit radius, measured as place questions measure it (`scorePlaceClick`:
 * a click on other land than the place's own finds nothing, however near).
 */
export function gradeFind(
  target: ModeTarget,
  choice: Pick<MapChoice, 'region' | 'point'>,
  context: GradeContext,
): Attempt {
  if (target.kind === 'region')
    return { right: choice.region === target.regionId, region: choice.region, point: choice.point };
  const scored = scorePlaceClick(target, choice.point, context);
  return {
    right: scored.score >= 1 - 1e-9,
    region: choice.region,
    point: choice.point,
    ...(scored.km !== undefined ? { km: scored.km } : {}),
    ...(scored.elsewhere ? { elsewhere: scored.elsewhere } : {}),
  };
}
