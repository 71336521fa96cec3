import type { GameAction } from '../core/play/gameReducer';
import type { GameState } from '../core/play/gameState';
import type { Library } from '../core/play/library';
import type { Moment } from '../core/play/selectors';
import { type ProgressChange, progressChanges, progressOf } from '../core/progress/snapshot';
import type { Store } from '../core/store';

/** The actions that can change XP, the streak or stars: an answer and a flashcard rating. */
const PROGRESS_ACTIONS: ReadonlySet<GameAction['type']> = new Set(['answered', 'cardRated']);

/** What the watch needs: the store, the installed questions and the time now. */
export interface ProgressWatchDeps {
  /** The one game state. */
  store: Store<GameState, GameAction>;
  /** The installed questions now (stars count each region's questions). */
  library(): Library;
  /** Now, and the learner's UTC offset. */
  moment(): Moment;
  /** Told what an answer or a rating achieved, when it achieved something. */
  onChanges(changes: ProgressChange[]): void;
}

/**
 * Watches answers and flashcard ratings for moments worth a toast and a sound: a level up, the streak
 * growing, a region's star gained or lost. It compares the progress of the state before and after the
 * action at the same instant (`progressChanges`), so a star that faded earlier is not blamed on the answer.
 * Returns the function that stops watching.
 */
export function watchProgress(deps: ProgressWatchDeps): () => void {
  return deps.store.subscribe((state, previous, action) => {
    if (!PROGRESS_ACTIONS.has(action.type) || state === previous) return;
    const moment = deps.moment();
    const library = deps.library();
    const inRegion = (regionId: string) => library.inRegion(regionId);
    const changes = progressChanges(
      progressOf(previous, inRegion, moment),
      progressOf(state, inRegion, moment),
    );
    if (changes.length > 0) deps.onChanges(changes);
  });
}
