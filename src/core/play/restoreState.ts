import { type RegionGraph, initialStatuses, reconcileStatuses } from '../map/progression';
import { MIXED_REGION, type Round, pauseRound } from '../quiz/round';
import type { SaveData } from '../save/saveData';
import { DEFAULT_SETTINGS, type GameState } from './gameState';

/** What the current build offers, to fit saved progress to it. */
export interface World {
  /** Ids of the map's regions. */
  regionIds: readonly string[];
  /** Neighbour lists. */
  graph: RegionGraph;
  /** The regions a new player can play first (the map's `startingRegions`). */
  startingRegions: readonly string[];
  /** Whether a question with this id is installed. */
  hasQuestion(questionId: string): boolean;
}

/**
 * A saved round can resume only if its region (unless it spans regions: a pack, an assignment, recent
 * mistakes) and every question in it still exist. A question that was being asked comes back paused: the
 * player lands on the menu, and its clock (a timed round's countdown) runs again only once the question is
 * on screen, so the time on the menu after the load never counts.
 *
 * How much time stays spent on it:
 * - paused in the save (the player left the map, or the page was unloaded and that pause was written in
 *   time): the time recorded then, exactly;
 * - still running in the save (the page went away before a pause could be written) in a timed round: every
 *   moment from when it was shown until this load, the time the page was away included. The game cannot
 *   know when the page went away, and counting only until the last save (written when the question was
 *   shown) would hand a fresh countdown to whoever reloads: this is the one rule a reload cannot game;
 * - still running in an untimed round: until the last save. There is no countdown to game, and the time
 *   away is not held against the answer's speed (which feeds its review rating).
 */
function resumableRound(round: Round | null, world: World, savedAt: number, loadedAt: number): Round | null {
  if (!round) return null;
  if (round.regionId !== MIXED_REGION && !world.regionIds.includes(round.regionId)) return null;
  if (round.index >= round.questions.length) return null;
  if (!round.questions.every((question) => world.hasQuestion(question.questionId))) return null;
  const stoppedAt = round.timed ? Math.max(loadedAt, savedAt) : savedAt;
  return pauseRound(round, Math.max(stoppedAt, round.shownAt));
}

/**
 * Builds the starting game state: a fresh one for a new player, or the saved one fitted to the current
 * map and questions (new regions added, removed ones dropped, a round whose questions are gone closed).
 * Answers are kept even for questions no longer installed: they are the player's history.
 *
 * @param loadedAt - now, as the game loads (epoch ms): a timed question still running in the save counts
 *   as running until then (see {@link resumableRound})
 */
export function restoreGameState(save: SaveData | null, world: World, loadedAt: number): GameState {
  if (!save) {
    return {
      regions: initialStatuses(world.regionIds, world.startingRegions),
      answers: [],
      settings: { ...DEFAULT_SETTINGS },
      round: null,
      cards: {},
      reviewLog: [],
    };
  }
  return {
    regions: reconcileStatuses(save.regions, world.regionIds, world.graph, world.startingRegions),
    answers: save.answers,
    settings: { ...DEFAULT_SETTINGS, ...save.settings },
    round: resumableRound(save.round, world, save.savedAt, loadedAt),
    cards: save.cards ?? {},
    reviewLog: save.reviewLog ?? [],
    ...(save.modes ? { modes: save.modes } : {}),
    ...(save.bests ? { bests: save.bests } : {}),
  };
}
