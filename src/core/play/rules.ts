import type { RegionGraph } from '../map/progression';
import type { LandMap } from '../map/landAt';
import type { MapAsset } from '../map/mapTypes';
import type { GameRules } from './gameReducer';
import type { Library } from './library';

/**
 * The reducer's rules for one set of installed questions: a value, made again whenever a pack is
 * installed or removed, never a closure over something that changes. Replaying the same actions with
 * the same rules gives the same state. With the map, clicks on places are graded by distance and by the land
 * they land on.
 */
export function rulesFor(
  library: Library,
  graph: RegionGraph,
  map?: Pick<MapAsset, 'projection'> & LandMap,
): GameRules {
  const { bank } = library;
  return {
    graph,
    question: (questionId) => bank.get(questionId)?.question,
    // Read when an answer is graded, so the known answers are gathered then, not while the menu loads.
    get knownAnswers() {
      return library.knownAnswers;
    },
    ...(map ? { projection: map.projection, land: map } : {}),
  };
}
