import type { MapAsset, MapPoint } from './mapTypes';
import type { Question } from '../model/pack';
import { projectToMap } from './projection';
import { pointIdName } from '../quiz/knownAnswers';

/** A place the map shows as a dot with a name: a place some question asks about, or a point of the map. */
export interface MapPlace {
  /** Stable id: the map's point id, or the place's name in lower case. */
  id: string;
  /** The short name on the map ("Harbin" for "Harbin, on the Songhua river"). */
  name: string;
  /** Where it is, in map units. */
  point: MapPoint;
  /**
   * How many questions ask about it (0 for a point of the map no question targets): places asked about more
   * often get their labels first when there is no room for all.
   */
  questions: number;
}

/**
 * Two points closer than this (map units, about 30 km) are one place: the same city given by a question and by
 * the map's points of interest with slightly different coordinates.
 */
const SAME_PLACE = 6;

/**
 * The short name of a place for its map label: the part of a question's `name` before the first comma, without
 * a leading "the" ("the Spratly Islands" gives "Spratly Islands").
 */
export function shortPlaceName(name: string): string {
  const head = name.split(',')[0]?.trim() ?? '';
  const bare = head.replace(/^the\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * The places to draw on the map: every named point target of the questions (one place per name and spot,
 * counting the questions that ask about it), then the map's points of interest not within {@link SAME_PLACE}
 * of a place already listed (a city two questions and the map all give is one dot; so are twin towns). Sorted by name, so the result does not depend on the order of the bank.
 *
 * @param questions - the questions of the bank (only map-click questions with a named point count)
 * @param map - the map's projection and its points of interest
 */
export function mapPlacesOf(
  questions: Iterable<Question>,
  map: Pick<MapAsset, 'projection' | 'poi'>,
): MapPlace[] {
  const places: MapPlace[] = [];
  for (const question of questions) {
    if (question.type !== 'mapclick' || !('point' in question.target) || !question.target.name) continue;
    const name = shortPlaceName(question.target.name);
    if (name === '') continue;
    const [lon, lat] = question.target.point;
    const point = projectToMap(map.projection, lon, lat);
    const same = places.find((place) => place.name === name && near(place.point, point));
    if (same) same.questions += 1;
    else places.push({ id: name.toLowerCase(), name, point, questions: 1 });
  }
  for (const [id, poi] of Object.entries(map.poi)) {
    const point: MapPoint = [poi.x, poi.y];
    if (places.some((place) => near(place.point, point))) continue;
    places.push({ id, name: pointIdName(id), point, questions: 0 });
  }
  return places.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Whether two map points are one place. */
function near(a: MapPoint, b: MapPoint): boolean {
  return Math.hypot(a[0] - b[0], a[1] - b[1]) < SAME_PLACE;
}
