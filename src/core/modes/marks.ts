import type { LandMap } from '../map/landAt';
import type { MapMark } from '../map/mapView';
import type { MapProjection } from '../map/mapTypes';
import { mapMarks, seedOf } from '../questions/placeMarks';
import { MARK_COUNT } from '../questions/placeMarks';
import { createSeededRng, shuffled } from '../rng';
import type { ModeTarget, PlaceTarget } from './targets';

/** What the marks need of the map: its regions' label points and neighbours, its projection and land. */
export interface MarkGeometry {
  /** The map's projection (places are given in longitude and latitude). */
  projection: MapProjection;
  /** The map's land: regions with their label points and neighbours. */
  land: LandMap;
}

/**
 * The numbered marks that answer a Find it target without a pointer (the keyboard path), as place questions
 * offer them. For a region: its label point and those of up to three other regions, its neighbours first
 * (then the nearest others), so that the choice is between regions that could be confused. For a place: the
 * marks of a place question (`mapMarks`), drawn from the other places. The same `key` gives the same marks.
 */
export function findMarks(
  target: ModeTarget,
  places: readonly PlaceTarget[],
  geometry: MarkGeometry,
  key: string,
): MapMark[] {
  if (target.kind === 'place') {
    const others = places.filter((place) => place.id !== target.id).map((place) => place.point);
    return mapMarks(key, target, others, geometry);
  }
  const regions = geometry.land.regions;
  const home = regions.find((region) => region.id === target.regionId);
  if (!home) return [];
  const rng = createSeededRng(seedOf(key));
  const distance = (id: string) => {
    const region = regions.find((candidate) => candidate.id === id);
    return region ? Math.hypot(region.label[0] - home.label[0], region.label[1] - home.label[1]) : Infinity;
  };
  const neighbours = shuffled(home.neighbours, rng);
  const nearest = regions
    .filter((region) => region.id !== home.id && !home.neighbours.includes(region.id))
    .sort((a, b) => distance(a.id) - distance(b.id))
    .map((region) => region.id);
  const chosen = [home.id, ...neighbours, ...nearest].slice(0, MARK_COUNT);
  return shuffled(chosen, rng).flatMap((id, index) => {
    const region = regions.find((candidate) => candidate.id === id);
    return region ? [{ number: index + 1, point: [region.label[0], region.label[1]], region: id }] : [];
  });
}
