import type { RegionView } from '../map/regionView';
import { roundScore } from '../quiz/round';
import type { GameState } from './gameState';
import type { Library } from './library';
import { mapQuestionOf, roundTitle } from './selectors';

/**
 * The map bar's status line: what is happening now, derived from the state alone, so that it never says
 * "choose a region" during a question, nor names a question once the round is over.
 */

/** What the bar says while the player is choosing a region (no round on). */
export const CHOOSING_STATUS = 'Choose an open region on the map or in the list.';

/** "1 point", "3.5 points". */
function points(score: number): string {
  return `${score} ${score === 1 ? 'point' : 'points'}`;
}

/**
 * The status line now: "Choose an open region…" with no round; "Question 2 of 5 — European Russia" while
 * a question is asked (saying to click the map when a click answers it); "…: answered, 1.5 points so far"
 * on its feedback; "Round finished — European Russia: 4 of 5" on the results.
 *
 * @param regionName - a region's display name, by id
 */
export function statusLine(state: GameState, library: Library, regionName: (id: string) => string): string {
  const round = state.round;
  if (!round) return CHOOSING_STATUS;
  const title = roundTitle(round, library, regionName);
  if (round.phase === 'finished') {
    const result = round.result;
    return result
      ? `Round finished — ${title}: ${result.score} of ${result.total}`
      : `Round finished — ${title}`;
  }
  const where = `Question ${round.index + 1} of ${round.questions.length} — ${title}`;
  if (round.phase === 'feedback') return `${where}: answered, ${points(roundScore(round))} so far`;
  return mapQuestionOf(state, library)?.phase === 'asking' ? `${where}: click the place on the map` : where;
}

/**
 * What the bar says with the pointer over a region (or none): while choosing, the region and what
 * choosing it does; during a round, the round's status line, which a hover does not replace.
 */
export function mapBarText(
  state: GameState,
  library: Library,
  regionName: (id: string) => string,
  hovered: RegionView | undefined,
): string {
  if (!state.round && hovered) return `${hovered.name}: ${hovered.label}`;
  return statusLine(state, library, regionName);
}
