import type { MapProjection } from '../map/mapTypes';
import { distanceKm, mapToLonLat } from '../map/projection';
import type { Question } from '../model/pack';
import { type DiffPart, diffText } from './textMatch';
import {
  type Scored,
  scoreCloze,
  scoreMatching,
  scoreMultiple,
  scoreNumeric,
  scoreOrdering,
  scoreTyped,
  scoreYear,
  verdictOf,
} from './scoring';

/**
 * A player's response. Its shape follows the question type: a choice index (authoring order) for single
 * choice, a judgement for true/false, and an object for the rest; `null` when time ran out.
 */
export type Response =
  | number
  | boolean
  | { picks: number[] }
  | { text: string }
  | { order: number[] }
  | { matches: number[] }
  | { gaps: string[] }
  | { region: string | null; point?: [number, number] }
  | null;

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
  /** The pack's note on why the chosen option is wrong, when it gives one. */
  why?: string;
  /** Why a typed answer could not be read (e.g. an unknown unit). */
  unreadable?: string;
  /** Where a typed answer accepted with a typo differs from the answer. */
  typoDiff?: DiffPart[];
  /** For cloze questions: which gaps were right. */
  gaps?: boolean[];
}

/** Text shown for a true/false judgement. */
export function truthLabel(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Reads a response's field of the expected shape, or undefined for a response of another shape. */
function field<K extends string, T>(
  response: Response,
  key: K,
  check: (value: unknown) => value is T,
): T | undefined {
  if (typeof response !== 'object' || response === null || !(key in response)) return undefined;
  const value = (response as Record<string, unknown>)[key];
  return check(value) ? value : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'number');
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isRegion = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isPoint = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((v) => typeof v === 'number' && Number.isFinite(v));

/** Wraps a scorer's result as a {@link Grade}. */
function graded(scored: Scored, chosenText: string, extra: Partial<Grade> = {}): Grade {
  return {
    score: scored.score,
    correct: scored.score >= 1 - 1e-9,
    verdict: verdictOf(scored.score),
    correctText: scored.correctText,
    chosenText,
    ...(scored.unreadable ? { unreadable: scored.unreadable } : {}),
    ...extra,
  };
}

/** What grading needs beyond the question: names for regions, and the map projection for places. */
export interface GradeContext {
  /** Names a region for feedback on map-click questions. */
  regionName?: (regionId: string) => string;
  /** The map's projection, to measure how far a click landed from a place. */
  projection?: MapProjection;
}

/** A click within this distance of a place is fully right, unless the question sets its own radius. */
const DEFAULT_RADIUS_KM = 150;

/**
 * Scores a map click on a place: full credit within the radius, then falling linearly to nothing at four
 * times the radius. A choice from the region list (no point) counts when it names the place's region.
 */
function scorePlaceClick(
  target: { point: [number, number]; radiusKm?: number },
  region: string | null,
  point: [number, number] | undefined,
  expectedRegion: string | undefined,
  context: GradeContext,
): { score: number; km?: number } {
  if (!point || !context.projection) return { score: region !== null && region === expectedRegion ? 1 : 0 };
  const km = distanceKm(mapToLonLat(context.projection, point[0], point[1]), target.point);
  const radius = target.radiusKm ?? DEFAULT_RADIUS_KM;
  const score = km <= radius ? 1 : Math.max(0, 1 - (km - radius) / (3 * radius));
  return { score, km };
}

/**
 * Grades a response to a question of any type. A response of the wrong shape (a number for a typed
 * question, an index out of range, a missing field) is simply wrong, never an exception.
 */
export function gradeResponse(question: Question, response: Response, context: GradeContext = {}): Grade {
  const regionName = context.regionName ?? ((id: string) => id);
  switch (question.type) {
    case 'truefalse': {
      const chosen = typeof response === 'boolean' ? response : undefined;
      const score = chosen === question.answer ? 1 : 0;
      return graded(
        { score, correctText: truthLabel(question.answer) },
        chosen === undefined ? '' : truthLabel(chosen),
      );
    }
    case 'single': {
      const right = question.choices.find((choice) => choice.correct === true);
      const chosen = typeof response === 'number' ? question.choices[response] : undefined;
      const score = chosen !== undefined && chosen === right ? 1 : 0;
      return graded(
        { score, correctText: right?.text ?? '' },
        chosen?.text ?? '',
        score === 0 && chosen?.why ? { why: chosen.why } : {},
      );
    }
    case 'multiple': {
      const picks = field(response, 'picks', isNumbers) ?? [];
      const chosenText = picks
        .map((index) => question.choices[index]?.text ?? '')
        .filter(Boolean)
        .join('; ');
      const why = picks
        .map((index) => question.choices[index])
        .find((choice) => choice && !choice.correct && choice.why)?.why;
      return graded(scoreMultiple(question, picks), chosenText, why ? { why } : {});
    }
    case 'typed': {
      const text = field(response, 'text', isString) ?? '';
      const scored = scoreTyped(question, text);
      return graded(scored, text, scored.typo ? { typoDiff: diffText(text.trim(), question.answer) } : {});
    }
    case 'numeric': {
      const text = field(response, 'text', isString) ?? '';
      return graded(scoreNumeric(question, text), text);
    }
    case 'year': {
      const text = field(response, 'text', isString) ?? '';
      return graded(scoreYear(question, text), text);
    }
    case 'ordering': {
      const order = field(response, 'order', isNumbers) ?? [];
      return graded(
        scoreOrdering(question, order),
        order.map((index) => question.items[index]?.text ?? '?').join(' → '),
      );
    }
    case 'matching': {
      const matches = field(response, 'matches', isNumbers) ?? [];
      const rights = [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
      const chosenText = question.pairs
        .map((pair, index) => `${pair.left} → ${rights[matches[index] ?? -1] ?? '—'}`)
        .join('; ');
      return graded(scoreMatching(question, matches), chosenText);
    }
    case 'cloze': {
      const gaps = field(response, 'gaps', isStrings) ?? [];
      const scored = scoreCloze(question, gaps);
      return graded(scored, gaps.join(' / '), { gaps: scored.gaps });
    }
    case 'mapclick': {
      const region = field(response, 'region', isRegion) ?? null;
      const point = field(response, 'point', isPoint);
      const chosen = region ? regionName(region) : 'nowhere';
      if ('region' in question.target) {
        const target = question.target.region;
        return graded(
          { score: region !== null && region === target ? 1 : 0, correctText: regionName(target) },
          chosen,
        );
      }
      const placed = scorePlaceClick(question.target, region, point, question.region, context);
      const correctText = question.region
        ? `the marked place in ${regionName(question.region)}`
        : 'the marked place';
      return graded(
        { score: placed.score, correctText },
        placed.km === undefined ? chosen : `${chosen}, ${Math.round(placed.km)} km from the place`,
      );
    }
  }
}
