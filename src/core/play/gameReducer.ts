import { type RegionGraph, clearRegion, roundPasses } from '../map/progression';
import type { LandMap } from '../map/landAt';
import type { MapProjection } from '../map/mapTypes';
import type { Question } from '../model/pack';
import {
  type DailyRecord,
  NO_MODE_RECORDS,
  type TimedRun,
  recordDaily,
  recordWholeMap,
} from '../modes/records';
import { NO_BESTS, recordRound } from '../progress/bests';
import type { Response } from '../questions/responses';
import { gradeResponse } from '../quiz/grade';
import type { KnownAnswers } from '../quiz/knownAnswers';
import {
  type Round,
  type RoundQuestion,
  type RoundScope,
  MIXED_REGION,
  bestStreak,
  currentQuestion,
  currentStreak,
  pauseRound,
  resumeRound,
  roundScore,
  startRound,
  timeOnQuestion,
} from '../quiz/round';
import { timeLimitMs, timedPoints } from '../quiz/timed';
import { reviewCard } from '../review/cards';
import { type RatingValue, ratingFor } from '../review/rating';
import type { Reducer } from '../store';
import { type GameState, STUDY_LIMITS, type Settings, studySettings } from './gameState';

/** Everything that can happen to the game state. */
export type GameAction =
  | {
      type: 'roundStarted';
      regionId: string;
      questions: RoundQuestion[];
      at: number;
      review?: boolean;
      scope?: RoundScope;
      packId?: string;
      seed?: number;
      topic?: string;
      timed?: boolean;
    }
  | { type: 'cardRated'; questionId: string; rating: RatingValue; at: number }
  | {
      type: 'progressMerged';
      progress: Pick<
        GameState,
        'regions' | 'answers' | 'settings' | 'cards' | 'reviewLog' | 'modes' | 'bests'
      >;
    }
  /** A map mode's run ended: a whole-map run's time, or the day's daily challenge result. */
  | {
      type: 'modeRunRecorded';
      record: { kind: 'whole'; run: TimedRun } | { kind: 'daily'; run: DailyRecord };
    }
  | { type: 'ratingUndone' }
  | {
      type: 'studySettingsChanged';
      settings: Partial<Pick<Settings, 'newPerDay' | 'retention' | 'dailyGoal'>>;
    }
  | { type: 'answered'; response: Response; at: number }
  | { type: 'advanced'; at: number }
  | { type: 'roundClosed' }
  /** The question on screen went off screen (the player left the map): its clock stops. */
  | { type: 'roundPaused'; at: number }
  /** The paused question is on screen again: its clock goes on from where it stopped. */
  | { type: 'roundResumed'; at: number }
  | { type: 'muteSet'; muted: boolean }
  | { type: 'timedSet'; timed: boolean };

/** Static facts the reducer needs: the map's neighbours and the questions, looked up by id. */
export interface GameRules {
  /** Neighbour lists of the map's regions. */
  graph: RegionGraph;
  /** Finds a question this version can play, by id. */
  question(questionId: string): Question | undefined;
  /** The map's projection, for grading clicks on places. */
  projection?: MapProjection;
  /** The bank's answers and the map's names, so that a different real answer is never taken for a typo. */
  knownAnswers?: KnownAnswers;
  /** The map's land, so that a click on another place than the one asked for is graded as that place. */
  land?: LandMap;
}

/**
 * Creates the game reducer. It is pure: the rules are fixed data, and time arrives inside actions.
 * Actions that make no sense in the current state (answering twice, advancing with no round) are ignored
 * and return the same state object, so nothing is saved or redrawn for them.
 */
export function createGameReducer(rules: GameRules): Reducer<GameState, GameAction> {
  return (state, action) => {
    switch (action.type) {
      case 'roundStarted': {
        if (action.questions.length === 0 || state.regions[action.regionId] === 'locked') return state;
        return {
          ...state,
          round: startRound(action.regionId, action.questions, action.at, {
            ...(action.review ? { review: true } : {}),
            ...(action.scope ? { scope: action.scope } : {}),
            ...(action.packId !== undefined ? { packId: action.packId } : {}),
            ...(action.seed !== undefined ? { seed: action.seed } : {}),
            ...(action.topic !== undefined ? { topic: action.topic } : {}),
            ...(action.timed ? { timed: true } : {}),
          }),
        };
      }
      case 'answered':
        return answer(state, rules, action.response, action.at);
      case 'advanced':
        return advance(state, rules, action.at);
      case 'roundClosed':
        return state.round ? { ...state, round: null } : state;
      case 'roundPaused':
        return withRound(state, state.round && pauseRound(state.round, action.at));
      case 'roundResumed':
        return withRound(state, state.round && resumeRound(state.round, action.at));
      case 'cardRated':
        return rateCard(state, rules, action.questionId, action.rating, action.at);
      case 'ratingUndone':
        return undoRating(state);
      case 'progressMerged': {
        const { regions, answers, settings, cards, reviewLog, modes, bests } = action.progress;
        // A merge changes the log under an undo, so the undo would no longer restore the right card.
        const undo = state.undo && reviewLog.length === state.reviewLog.length ? state.undo : null;
        return {
          ...state,
          regions,
          answers,
          settings,
          cards,
          reviewLog,
          undo,
          ...(modes ? { modes } : {}),
          ...(bests ? { bests } : {}),
        };
      }
      case 'modeRunRecorded': {
        const records = state.modes ?? NO_MODE_RECORDS;
        const { record } = action;
        const modes =
          record.kind === 'whole' ? recordWholeMap(records, record.run) : recordDaily(records, record.run);
        return modes === records ? state : { ...state, modes };
      }
      case 'studySettingsChanged':
        return changeStudySettings(state, action.settings);
      case 'timedSet':
        return state.settings.timed === action.timed
          ? state
          : { ...state, settings: { ...state.settings, timed: action.timed } };
      case 'muteSet':
        return state.settings.muted === action.muted
          ? state
          : { ...state, settings: { ...state.settings, muted: action.muted } };
    }
  };
}

/** The state with `round` in place of its round, or the same state when the round did not change. */
function withRound(state: GameState, round: Round | null): GameState {
  return round === state.round ? state : { ...state, round };
}

/** Fewest earlier answers of a type before "slower than usual" means anything. */
const MIN_TIMING_SAMPLES = 5;

/**
 * The player's usual time for a question type: the 75th percentile of their earlier response times for
 * that type (time-outs left out), or undefined until there are enough answers to tell.
 */
export function typicalResponseMs(state: GameState, rules: GameRules, type: string): number | undefined {
  const times = state.answers
    .filter((answer) => answer.response !== null && rules.question(answer.questionId)?.type === type)
    .map((answer) => answer.ms)
    .sort((a, b) => a - b);
  if (times.length < MIN_TIMING_SAMPLES) return undefined;
  return times[Math.min(times.length - 1, Math.floor(times.length * 0.75))];
}

/**
 * Records an answer: grades it, rates it for FSRS (from the grade and the response time, never by the
 * player) and updates that question's card and the review log.
 */
function answer(state: GameState, rules: GameRules, response: Response, at: number): GameState {
  const round = state.round;
  if (!round || round.phase !== 'asking') return state;
  const asked = currentQuestion(round);
  const question = asked ? rules.question(asked.questionId) : undefined;
  if (!asked || !question) return state;
  const grade = gradeResponse(question, response, {
    ...(rules.projection ? { projection: rules.projection } : {}),
    ...(rules.knownAnswers ? { knownAnswers: rules.knownAnswers } : {}),
    ...(rules.land ? { land: rules.land } : {}),
  });
  const { correct, score } = grade;
  // An answer to a paused question counts the time spent on it before the pause, not the time away.
  const ms = timeOnQuestion(round, at);
  const points = round.timed
    ? { points: timedPoints(score, ms, timeLimitMs(question), currentStreak(round.answers)) }
    : {};
  const record = { questionId: asked.questionId, response, correct, score, at, ms, ...points };
  const card = state.cards[asked.questionId];
  const rating = ratingFor({
    score,
    // A slip forgiven in a typed answer or in any gap makes the card Hard: the spelling is not yet sure.
    typo: grade.typoDiff !== undefined || (grade.gapTypos?.length ?? 0) > 0,
    ms,
    typicalMs: typicalResponseMs(state, rules, question.type),
    isNew: !card || card.reps === 0,
  });
  const reviewed = reviewCard(asked.questionId, card, rating, at, studySettings(state.settings).retention);
  return {
    ...state,
    round: { ...resumeRound(round, at), phase: 'feedback', answers: [...round.answers, record] },
    answers: [
      ...state.answers,
      {
        ...record,
        regionId: round.regionId === MIXED_REGION ? (question.region ?? MIXED_REGION) : round.regionId,
      },
    ],
    cards: { ...state.cards, [asked.questionId]: reviewed.card },
    reviewLog: [...state.reviewLog, reviewed.log],
    undo: null,
  };
}

/**
 * Applies a flashcard rating chosen by the learner, with their desired retention, and remembers the card
 * as it was so that the rating can be undone. Unknown questions are ignored.
 */
function rateCard(
  state: GameState,
  rules: GameRules,
  questionId: string,
  rating: RatingValue,
  at: number,
): GameState {
  if (!rules.question(questionId)) return state;
  const previous = state.cards[questionId];
  const reviewed = reviewCard(questionId, previous, rating, at, studySettings(state.settings).retention);
  return {
    ...state,
    cards: { ...state.cards, [questionId]: reviewed.card },
    reviewLog: [...state.reviewLog, reviewed.log],
    undo: { questionId, ...(previous ? { previous } : {}), logLength: state.reviewLog.length },
  };
}

/**
 * Takes back the last flashcard rating: the card returns to exactly what it was and the rating's log
 * entry is removed, as if it had never been given. Only the last rating can be undone, and only once.
 */
function undoRating(state: GameState): GameState {
  const undo = state.undo;
  if (!undo || state.reviewLog.length !== undo.logLength + 1) return state;
  const cards = { ...state.cards };
  if (undo.previous) cards[undo.questionId] = undo.previous;
  else delete cards[undo.questionId];
  return { ...state, cards, reviewLog: state.reviewLog.slice(0, undo.logLength), undo: null };
}

/** Clamps a setting into its allowed range, rounding counts to whole numbers. */
function clampSetting(value: number, range: { min: number; max: number }, whole: boolean): number {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  return whole ? Math.round(clamped) : clamped;
}

/** Stores new study settings, each clamped into its range; non-numbers are ignored. */
function changeStudySettings(
  state: GameState,
  changes: Partial<Pick<Settings, 'newPerDay' | 'retention' | 'dailyGoal'>>,
): GameState {
  const settings = { ...state.settings };
  for (const key of ['newPerDay', 'retention', 'dailyGoal'] as const) {
    const value = changes[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    settings[key] = clampSetting(value, STUDY_LIMITS[key], key !== 'retention');
  }
  const same = (['newPerDay', 'retention', 'dailyGoal'] as const).every(
    (key) => settings[key] === state.settings[key],
  );
  return same ? state : { ...state, settings };
}

function advance(state: GameState, rules: GameRules, at: number): GameState {
  const round = state.round;
  if (!round || round.phase !== 'feedback') return state;
  if (round.index + 1 < round.questions.length) {
    return { ...state, round: { ...round, index: round.index + 1, phase: 'asking', shownAt: at } };
  }
  const score = roundScore(round);
  const total = round.questions.length;
  const passed = !round.review && roundPasses(score, total);
  const cleared = passed ? clearRegion(state.regions, round.regionId, rules.graph) : undefined;
  const finished: Round = {
    ...round,
    phase: 'finished',
    result: {
      score,
      total,
      passed,
      unlocked: cleared?.unlocked ?? [],
      ...(round.timed
        ? {
            timed: {
              points: round.answers.reduce((sum, answer) => sum + (answer.points ?? 0), 0),
              bestStreak: bestStreak(round.answers),
            },
          }
        : {}),
    },
  };
  const bests = recordRound(
    state.bests ?? NO_BESTS,
    {
      regionId: round.regionId,
      score,
      total,
      review: Boolean(round.review),
      ...(finished.result?.timed ? { points: finished.result.timed.points } : {}),
      at,
    },
    MIXED_REGION,
  );
  return {
    ...state,
    regions: cleared?.statuses ?? state.regions,
    round: finished,
    ...(bests === NO_BESTS ? {} : { bests }),
  };
}
