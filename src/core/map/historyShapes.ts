/**
 * The shapes of the history layers as the map draws and hit-tests them: an area's polygons (its own, or
 * those of the base-map region it stands for), polygon areas, and whose claim an unrecognised holding sets
 * aside. Shared by the drawn layers and the hit test so that both agree. Pure: no Phaser, no DOM.
 */
import { type HistoryArea, type HistoryAsset, eventYear } from './history';
import type { BBox, MapPoint, MapRegion, PolygonPart } from './mapTypes';

/**
 * The polygons of an area: its own, or those of the base-map region it is drawn as; null for an area drawn
 * as a marker at a place (or naming a region the map does not have).
 */
export function areaParts(area: HistoryArea, regions: readonly MapRegion[]): PolygonPart[] | null {
  const { shape } = area;
  if ('polys' in shape) return shape.polys;
  if ('region' in shape) return regions.find((region) => region.id === shape.region)?.polys ?? null;
  return null;
}

/** Largest side (map units) of an area's own polygons below which the map also marks it with a dot. */
export const TINY_AREA_SIZE = 16;

/**
 * Where an area too small to see or click at the whole-map zoom (Hong Kong) gets a dot that stays a few
 * pixels across: its label point; null for every other area.
 */
export function tinyAreaDot(area: HistoryArea): MapPoint | null {
  const { shape } = area;
  if (!('polys' in shape)) return null;
  const [x0, y0, x1, y1] = shape.bbox;
  return Math.max(x1 - x0, y1 - y0) < TINY_AREA_SIZE ? shape.label : null;
}

/** The box around polygon parts' outer rings (empty parts give an inverted, empty box). */
export function partsBox(parts: readonly PolygonPart[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer] of parts) {
    for (let i = 0; outer && i + 1 < outer.length; i += 2) {
      box[0] = Math.min(box[0], outer[i]!);
      box[1] = Math.min(box[1], outer[i + 1]!);
      box[2] = Math.max(box[2], outer[i]!);
      box[3] = Math.max(box[3], outer[i + 1]!);
    }
  }
  return box;
}

/** The area enclosed by a flat ring, in square map units (shoelace formula, always positive). */
export function ringArea(ring: readonly number[]): number {
  let twice = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i + 1 < n; j = i, i += 2) {
    twice += ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
  }
  return Math.abs(twice) / 2;
}

/** The area of polygon parts in square map units: outer rings less their holes. */
export function partsArea(parts: readonly PolygonPart[]): number {
  let total = 0;
  for (const [outer, ...holes] of parts) {
    if (!outer) continue;
    total += ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
  }
  return total;
}

/**
 * For an area held without international recognition at a year (Crimea after 2014), the holder whose claim
 * is recognised: the one it was taken from by the latest unrecognised change. Null when the holding at that
 * year is recognised, or the area is not covered yet. The map draws both, so that the annexation never
 * shows as a plain change of holder.
 */
export function recognisedHolderAt(history: HistoryAsset, areaId: string, year: number): string | null {
  let recognisedHolder: string | null = null;
  for (const event of history.events) {
    if (eventYear(event) > year) break;
    for (const change of event.changes) {
      if (change.area !== areaId) continue;
      if (change.recognised === false) recognisedHolder ??= change.from;
      else recognisedHolder = null;
    }
  }
  return recognisedHolder;
}
