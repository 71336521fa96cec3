import type { RegionGraph } from '../map/progression';
import type { MapProjection } from '../map/mapTypes';
import type { GameRules } from './gameReducer';
import type { Library } from './library';

/**
 * The reducer's rules for one set of installed questions: a value, made again whenever a pack is
 * installed or removed, never a closure over something that changes. Replaying the same actions with
 * the same rules gives the same state.
 */
export function rulesFor(library: Library, graph: RegionGraph, projection?: MapProjection): GameRules {
  const { bank } = library;
  return {
    graph,
    question: (questionId) => bank.get(questionId)?.question,
    knownAnswers: library.knownAnswers,
    ...(projection ? { projection } : {}),
  };
}
