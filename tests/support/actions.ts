/** Builders for the game reducer's actions, so a test states only what it is about. */
import type { GameAction } from '../../src/core/play/gameReducer';
import type { RoundQuestion } from '../../src/core/quiz/round';
import { T0 } from './packs';

/** The action that starts a round. */
export type RoundStartedAction = Extract<GameAction, { type: 'roundStarted' }>;

/**
 * A `roundStarted` action for `regionId` with `questions`, at {@link T0} unless `extra` gives another
 * time; `extra` also sets the optional fields (review, scope, pack, seed, timed).
 */
export function roundStarted(
  regionId: string,
  questions: RoundQuestion[],
  extra: Partial<Omit<RoundStartedAction, 'type' | 'regionId' | 'questions'>> = {},
): RoundStartedAction {
  return { type: 'roundStarted', regionId, questions, at: T0, ...extra };
}
