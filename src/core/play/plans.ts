import type { Question } from '../model/pack';
import { type Rng, createSeededRng, shuffled } from '../rng';
import {
  type AnswerHistory,
  type RoundQuestion,
  type RoundScope,
  MIXED_REGION,
  displayOrder,
  pickRoundQuestions,
} from '../quiz/round';
import { refreshQuestionIds } from '../review/memory';
import type { GameAction } from './gameReducer';
import { planGuidedRound } from './guide';
import type { AnswerRecord, GameState } from './gameState';
import type { Library } from './library';
import { fadingNow, mapQuestionOf, mistakesNow } from './selectors';

/**
 * Round planning: which questions a round asks, in which order, for each way a round can start. Each plan
 * is a pure function of the state, the installed questions, randomness and the time, and returns the
 * `roundStarted` action to dispatch, or null when there is nothing to play.
 */

/** The `roundStarted` action a plan returns. */
export type RoundStart = Extract<GameAction, { type: 'roundStarted' }>;

/** Questions a pack round asks when it is practice rather than an assignment. */
export const PACK_ROUND_SIZE = 10;

/** How often each question was answered right and wrong, for picking the next round's questions. */
export function answerHistory(answers: readonly AnswerRecord[]): AnswerHistory {
  const history = new Map<string, { right: number; wrong: number }>();
  for (const answer of answers) {
    const seen = history.get(answer.questionId) ?? { right: 0, wrong: 0 };
    if (answer.correct) seen.right += 1;
    else seen.wrong += 1;
    history.set(answer.questionId, seen);
  }
  return history;
}

/** The given questions in the given order, each with its shuffled display order; unknown ids are left out. */
function asked(library: Library, questionIds: readonly string[], rng: Rng): RoundQuestion[] {
  return questionIds.flatMap((id) => {
    const question = library.bank.get(id)?.question;
    return question ? [{ questionId: id, order: displayOrder(question, rng) }] : [];
  });
}

/** A round of a region's questions: unseen and missed ones first; timed when the player chose timed mode. */
export function planRegionRound(
  state: GameState,
  library: Library,
  regionId: string,
  rng: Rng,
  at: number,
): RoundStart | null {
  const questions = pickRoundQuestions(
    library.bank.inRegion(regionId).map((entry) => entry.question),
    answerHistory(state.answers),
    rng,
  );
  if (questions.length === 0) return null;
  return { type: 'roundStarted', regionId, questions, at, ...(state.settings.timed ? { timed: true } : {}) };
}

/** A practice round of the given questions, for one region or (with {@link MIXED_REGION}) across regions. */
export function planReview(
  library: Library,
  regionId: string,
  scope: RoundScope | undefined,
  questionIds: readonly string[],
  rng: Rng,
  at: number,
): RoundStart | null {
  const questions = asked(library, questionIds, rng);
  if (questions.length === 0) return null;
  return { type: 'roundStarted', regionId, questions, at, review: true, ...(scope ? { scope } : {}) };
}

/** A refresh of a fading region: its weakest cards, as practice. */
export function planRefresh(
  state: GameState,
  library: Library,
  regionId: string,
  rng: Rng,
  at: number,
): RoundStart | null {
  const ids = refreshQuestionIds(library.inRegion(regionId), state.cards, at);
  return planReview(library, regionId, 'refresh', ids, rng, at);
}

/** A review of the questions missed in the round just finished, as practice in the same place. */
export function planMissed(state: GameState, library: Library, rng: Rng, at: number): RoundStart | null {
  const round = state.round;
  if (!round) return null;
  const missed = round.answers.filter((answer) => !answer.correct).map((answer) => answer.questionId);
  return planReview(library, round.regionId, undefined, missed, rng, at);
}

/** Every recent mistake, from any region, as one practice round. */
export function planMistakes(state: GameState, library: Library, rng: Rng, at: number): RoundStart | null {
  return planReview(library, MIXED_REGION, 'mistakes', mistakesNow(state, library, at), rng, at);
}

/** An assignment: how many questions, and the seed that picks and orders them for every student alike. */
export interface Assignment {
  /** Questions to ask. */
  count: number;
  /** Seed of the shared choice and order. */
  seed: number;
}

/**
 * One pack's questions as practice on the map: ten at a time, unseen first; or, for an assignment, `count`
 * questions chosen and ordered by its seed, the same for every student.
 */
export function planPackRound(
  state: GameState,
  library: Library,
  packId: string,
  rng: Rng,
  at: number,
  assignment?: Assignment,
): RoundStart | null {
  const { bank } = library;
  const pack = bank.packs.find((candidate) => candidate.id === packId);
  if (!pack) return null;
  const questions: Question[] = pack.questions.flatMap((question) => {
    const entry = bank.get(question.id);
    return entry?.pack === pack ? [entry.question] : [];
  });
  if (questions.length === 0) return null;
  let picked: RoundQuestion[];
  if (assignment) {
    const seeded = createSeededRng(assignment.seed);
    picked = shuffled(questions, seeded)
      .slice(0, assignment.count)
      .map((question) => ({ questionId: question.id, order: displayOrder(question, seeded) }));
  } else {
    picked = pickRoundQuestions(questions, answerHistory(state.answers), rng, PACK_ROUND_SIZE);
  }
  return {
    type: 'roundStarted',
    regionId: MIXED_REGION,
    questions: picked,
    at,
    review: true,
    scope: 'pack',
    packId,
    ...(assignment ? { seed: assignment.seed } : {}),
  };
}

/**
 * A practice round on one feature of the history map (`topic` names it: "Treaty of Aigun", "Amur"): its
 * questions that are installed, at most {@link PACK_ROUND_SIZE}, unseen and missed ones first. Null when
 * none of them is installed.
 */
export function planFeatureRound(
  state: GameState,
  library: Library,
  topic: string,
  questionIds: readonly string[],
  rng: Rng,
  at: number,
): RoundStart | null {
  const questions = [...new Set(questionIds)].flatMap((id) => {
    const question = library.bank.get(id)?.question;
    return question ? [question] : [];
  });
  if (questions.length === 0) return null;
  return {
    type: 'roundStarted',
    regionId: MIXED_REGION,
    questions: pickRoundQuestions(questions, answerHistory(state.answers), rng, PACK_ROUND_SIZE),
    at,
    review: true,
    scope: 'feature',
    topic,
  };
}

/**
 * "Play again" from a round's results: another round of the same kind, or null when there is none to play
 * (then the results do not offer it). A region round plays the region again; a pack round plays the pack
 * again; an assignment plays the same assignment (the same questions in the same order, as its seed
 * decides); a round on a history feature asks its questions again; "Review mistakes" reviews the recent
 * mistakes as they are now; a refresh refreshes the region again; a review of missed questions goes over
 * the same questions again.
 */
export function planReplay(state: GameState, library: Library, rng: Rng, at: number): RoundStart | null {
  const round = state.round;
  if (!round) return null;
  switch (round.scope) {
    case 'pack': {
      if (round.packId === undefined) return null;
      const assignment =
        round.seed !== undefined ? { count: round.questions.length, seed: round.seed } : undefined;
      return planPackRound(state, library, round.packId, rng, at, assignment);
    }
    case 'feature': {
      const again = round.questions.map((asked) => asked.questionId);
      return planFeatureRound(state, library, round.topic ?? 'Borders through time', again, rng, at);
    }
    case 'mistakes':
      return planMistakes(state, library, rng, at);
    case 'refresh':
      return planRefresh(state, library, round.regionId, rng, at);
    case undefined: {
      if (!round.review) return planRegionRound(state, library, round.regionId, rng, at);
      const again = round.questions.map((asked) => asked.questionId);
      return planReview(library, round.regionId, undefined, again, rng, at);
    }
  }
}

/** What choosing a region on the map or in the list leads to. */
export type RegionChoice =
  /** The choice answers the map question on screen. */
  | { kind: 'answer'; action: Extract<GameAction, { type: 'answered' }> }
  /** A round starts (a new round, or a refresh of a fading region). */
  | { kind: 'play'; action: RoundStart }
  /** Nothing to play there: the reason, to tell the player. */
  | { kind: 'refused'; reason: 'locked' | 'empty' }
  /** Nothing happens (a round is on and this is not its answer). */
  | { kind: 'ignored' };

/**
 * Decides what choosing a region means now: the answer to a map question, a round (a refresh when the
 * region is fading; the short guided first round when `guided` and the region is open), or a reason why
 * not. A click outside every region (`regionId` null: the sea, a country outside the game) only answers a
 * map question, which grades its point.
 */
export function chooseRegion(
  state: GameState,
  library: Library,
  regionId: string | null,
  point: [number, number] | undefined,
  rng: Rng,
  at: number,
  guided = false,
): RegionChoice {
  if (mapQuestionOf(state, library)?.phase === 'asking') {
    const response = point ? { region: regionId, point } : { region: regionId };
    return { kind: 'answer', action: { type: 'answered', response, at } };
  }
  if (state.round || regionId === null) return { kind: 'ignored' };
  const status = state.regions[regionId] ?? 'locked';
  if (status === 'locked') return { kind: 'refused', reason: 'locked' };
  if (library.bank.inRegion(regionId).length === 0) return { kind: 'refused', reason: 'empty' };
  let action: RoundStart | null;
  if (guided && status === 'open') action = planGuidedRound(library, regionId, rng, at);
  else if (status === 'cleared' && fadingNow(state, library, at).has(regionId))
    action = planRefresh(state, library, regionId, rng, at);
  else action = planRegionRound(state, library, regionId, rng, at);
  return action ? { kind: 'play', action } : { kind: 'refused', reason: 'empty' };
}
