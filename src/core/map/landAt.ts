/**
 * The land of the map as separate places: each polygon part of each land region (an island is a place of
 * its own), each tiny region's hit circle, and each part of the background (countries outside the game).
 *
 * Map-click grading and the bank audit both need to know whether a click landed on the place asked for or on
 * another one: a click on Shikotan is not a near miss of Kunashir, it is a different island.
 */
import { bboxContains, distanceToParts, partContains } from './hitTest';
import type { BBox, FlatRing, MapAsset, MapPoint, PolygonPart } from './mapTypes';

/** What land lookups read of a map. */
export type LandMap = Pick<MapAsset, 'regions' | 'background' | 'groups'>;

/** Within this many map units of a coast, a point off the simplified outline still belongs to that land. */
export const COAST_TOLERANCE_UNITS = 8;

/** Points on a hit circle's outline, when a tiny region's marker is treated as land. */
const MARKER_VERTICES = 32;

/** One place of land on the map. */
export interface LandPlace {
  /** The region it belongs to, or null for land outside the game (the background). */
  regionId: string | null;
  /** The region's name, or "land outside the game's regions" for the background. */
  regionName: string;
  /** The part's index among its region's polygon parts (or the background's parts). */
  part: number;
  /** Whether this is a tiny region's hit circle, which stands for the whole region. */
  marker: boolean;
}

/** A land place with its outline. */
export interface LandShape extends LandPlace {
  /** The outline, as one polygon part in map units (a marker's circle as a polygon). */
  shape: PolygonPart;
  /** The outline's bounding box, to skip far shapes quickly. */
  bbox: BBox;
}

/** The name the background goes by, since the map does not name the countries in it. */
export const BACKGROUND_NAME = "land outside the game's regions";

/** The outline of a circle in map units as a flat ring. */
function circleRing(x: number, y: number, r: number): FlatRing {
  return Array.from({ length: MARKER_VERTICES }, (_, i) => {
    const angle = (2 * Math.PI * i) / MARKER_VERTICES;
    return [x + r * Math.cos(angle), y + r * Math.sin(angle)];
  }).flat();
}

/** The bounding box of a polygon part's outer ring. */
function bboxOf([outer]: PolygonPart): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < (outer?.length ?? 0); i += 2) {
    const x = outer![i]!;
    const y = outer![i + 1]!;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** Land shapes already worked out, by map: a map's geometry does not change once loaded. */
const shapesByMap = new WeakMap<LandMap, LandShape[]>();

/**
 * Every land place of the map: the land regions' parts and hit circles, then the background's parts. Water
 * regions are left out: a click in the sea off a coast is a near miss, not another place.
 */
export function landShapes(map: LandMap): LandShape[] {
  const known = shapesByMap.get(map);
  if (known) return known;
  const shapes = collectShapes(map).map((land) => ({ ...land, bbox: bboxOf(land.shape) }));
  shapesByMap.set(map, shapes);
  return shapes;
}

/** The land places of a map with their outlines, before their boxes are measured. */
function collectShapes(map: LandMap): Omit<LandShape, 'bbox'>[] {
  const shapes: Omit<LandShape, 'bbox'>[] = [];
  for (const region of map.regions) {
    if (map.groups[region.group]?.water) continue;
    const of = { regionId: region.id, regionName: region.name };
    region.polys.forEach((shape, part) => shapes.push({ ...of, part, marker: false, shape }));
    if (region.marker) {
      const { x, y, r } = region.marker;
      shapes.push({ ...of, part: region.polys.length, marker: true, shape: [circleRing(x, y, r)] });
    }
  }
  map.background.forEach((shape, part) =>
    shapes.push({ regionId: null, regionName: BACKGROUND_NAME, part, marker: false, shape }),
  );
  return shapes;
}

/** A land place without its outline. */
const placeOf = ({ regionId, regionName, part, marker }: LandPlace): LandPlace => ({
  regionId,
  regionName,
  part,
  marker,
});

/**
 * The land place under a point in map units, or null in the sea. A tiny region's hit circle wins, as in the
 * hit test, so that what the player sees highlighted is what is graded.
 */
export function landAt(map: LandMap, [x, y]: MapPoint): LandPlace | null {
  const under = landShapes(map).filter((land) => bboxContains(land.bbox, x, y));
  const found =
    under.find((land) => land.marker && partContains(land.shape, x, y)) ??
    under.find((land) => !land.marker && partContains(land.shape, x, y));
  return found ? placeOf(found) : null;
}

/**
 * The land a place target stands on: the part holding the point, or else the nearest coast within
 * {@link COAST_TOLERANCE_UNITS} (a coastal city may fall just off a simplified outline); null at sea.
 */
export function homeLand(map: LandMap, [x, y]: MapPoint): LandPlace | null {
  const shapes = landShapes(map).filter(
    (land) => !land.marker && bboxContains(land.bbox, x, y, COAST_TOLERANCE_UNITS),
  );
  const holding = shapes.find((land) => partContains(land.shape, x, y));
  if (holding) return placeOf(holding);
  let nearest: LandShape | undefined;
  let nearestDistance = COAST_TOLERANCE_UNITS;
  for (const land of shapes) {
    const distance = distanceToParts([land.shape], x, y);
    if (distance <= nearestDistance) {
      nearest = land;
      nearestDistance = distance;
    }
  }
  return nearest ? placeOf(nearest) : null;
}

/**
 * Whether two land places are the same place: the same part of the same region (or of the background), or
 * the same region where either is its hit circle, which stands for the whole of a tiny region.
 */
export function sameLand(a: LandPlace | null, b: LandPlace | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.regionId !== b.regionId) return false;
  return a.part === b.part || (a.regionId !== null && (a.marker || b.marker));
}

/**
 * A land place in words, as seen from the place asked for: another region by its name, another part of the
 * same region as "another part of <region>", and the background as land outside the game's regions.
 */
export function landName(place: LandPlace, home: LandPlace | null): string {
  if (place.regionId !== null && place.regionId === home?.regionId)
    return `another part of ${place.regionName}`;
  return place.regionName;
}
