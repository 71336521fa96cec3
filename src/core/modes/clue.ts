/**
 * Name it's words for those who cannot see the map: the highlighted region by its neighbours, the marked
 * place by its region. Sighted players see the shape or the mark; a screen reader gets this clue instead,
 * so the mode can be played without the picture, and the clue never contains the answer itself.
 */
import type { MapRegion } from '../map/mapTypes';
import type { ModeTarget } from './targets';

/** Joins names as a sentence list: "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The clue to a Name it target, from the map's regions (names and neighbours). */
export function nameItClue(
  target: ModeTarget,
  regions: readonly Pick<MapRegion, 'id' | 'name' | 'neighbours'>[],
): string {
  const nameOf = (id: string) => regions.find((region) => region.id === id)?.name;
  if (target.kind === 'region') {
    const region = regions.find((candidate) => candidate.id === target.regionId);
    const neighbours = (region?.neighbours ?? []).flatMap((id) => nameOf(id) ?? []);
    return neighbours.length > 0
      ? `The highlighted region borders ${listOf(neighbours)}.`
      : 'The highlighted region borders no other region of the game.';
  }
  const home = target.regionId ? nameOf(target.regionId) : undefined;
  return home ? `The marked place is in ${home}.` : 'The marked place is outside the game’s regions.';
}
