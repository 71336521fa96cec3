/**
 * Which history feature lies under a map point: what a click on the history map chooses. Only the layers
 * the display shows are considered. Points (plants, ports) and lines (rivers, pipelines) are hit within a
 * tolerance of their drawn position; ceded lands and areas by containment (areas drawn as a marker within
 * the marker's radius, tiny areas such as Hong Kong also near their dot). The most specific feature wins: a point over a line, a line over a marker, a marker
 * over a polygon, and among polygons the smallest (a ceded land before the area of the same outline).
 * Pure: no Phaser, no DOM.
 */
import { type HistoryAsset, holdingsAt } from './history';
import type { FeatureRef, HistoryDisplay } from './historyDisplay';
import { areaParts, partsArea, partsBox, tinyAreaDot } from './historyShapes';
import { bboxContains, distanceToSegment, partContains } from './hitTest';
import type { MapPoint, MapRegion, PolygonPart } from './mapTypes';

/** One feature under the point: how specific its kind is (lower wins), then its distance or size. */
interface Candidate {
  ref: FeatureRef;
  rank: number;
  measure: number;
}

const POINT_RANK = 0;
const LINE_RANK = 1;
const MARKER_RANK = 2;
const POLYGON_RANK = 3;

/** The distance from a point to a flat polyline. */
export function distanceToPolyline(points: readonly number[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 2; i + 1 < points.length; i += 2) {
    const d = distanceToSegment(x, y, points[i - 2]!, points[i - 1]!, points[i]!, points[i + 1]!);
    if (d < best) best = d;
  }
  return best;
}

/** Whether a point lies inside any of the parts (even-odd rule, holes excluded). */
function partsContain(parts: readonly PolygonPart[], x: number, y: number): boolean {
  return parts.some((part) => partContains(part, x, y));
}

/** The features of the shown point, line and polygon layers under a point, in no particular order. */
function candidatesAt(
  history: HistoryAsset,
  display: HistoryDisplay,
  [x, y]: MapPoint,
  tolerance: number,
  regions: readonly MapRegion[],
): Candidate[] {
  const { layers } = display;
  const found: Candidate[] = [];
  if (layers.has('places')) {
    const places = new Map(history.places.map((place) => [place.id, place]));
    for (const point of history.points) {
      const place = places.get(point.place);
      if (!place || point.since > display.year) continue;
      const d = Math.hypot(x - place.x, y - place.y);
      if (d <= tolerance) found.push({ ref: `point:${point.id}`, rank: POINT_RANK, measure: d });
    }
  }
  if (layers.has('rivers')) {
    for (const river of history.rivers) {
      const d = Math.min(...river.stretches.map((stretch) => distanceToPolyline(stretch.points, x, y)));
      if (d <= tolerance) found.push({ ref: `river:${river.id}`, rank: LINE_RANK, measure: d });
    }
  }
  if (layers.has('pipelines')) {
    for (const pipeline of history.pipelines) {
      if (pipeline.since > display.year) continue;
      const d = Math.min(...pipeline.lines.map((line) => distanceToPolyline(line.points, x, y)));
      if (d <= tolerance) found.push({ ref: `pipeline:${pipeline.id}`, rank: LINE_RANK, measure: d });
    }
  }
  if (layers.has('cessions')) {
    for (const cession of history.cessions.cessions) {
      const area = history.areas.find((candidate) => candidate.id === cession.area);
      const parts = area ? areaParts(area, regions) : null;
      if (parts && bboxContains(partsBox(parts), x, y) && partsContain(parts, x, y))
        // Half a unit less than its area's: a ceded land wins over the area drawn with the same outline.
        found.push({ ref: `cession:${cession.id}`, rank: POLYGON_RANK, measure: partsArea(parts) - 0.5 });
    }
  }
  if (layers.has('borders')) {
    const held = holdingsAt(history, display.year);
    for (const area of history.areas) {
      if (!held.has(area.id)) continue;
      if ('marker' in area.shape) {
        const { marker } = area.shape;
        const d = Math.hypot(x - marker.x, y - marker.y);
        if (d <= marker.r + tolerance) found.push({ ref: `area:${area.id}`, rank: MARKER_RANK, measure: d });
        continue;
      }
      const dot = tinyAreaDot(area);
      const d = dot ? Math.hypot(x - dot[0], y - dot[1]) : Infinity;
      if (d <= tolerance) {
        found.push({ ref: `area:${area.id}`, rank: MARKER_RANK, measure: d });
        continue;
      }
      const parts = areaParts(area, regions);
      if (parts && bboxContains(partsBox(parts), x, y) && partsContain(parts, x, y))
        found.push({ ref: `area:${area.id}`, rank: POLYGON_RANK, measure: partsArea(parts) });
    }
  }
  return found;
}

/**
 * The history feature under a map point among the layers `display` shows, or null. `tolerance` (map units)
 * is how far from a point or line a click still chooses it: the map passes a few screen pixels divided by
 * its zoom. `regions` are the base map's regions, for areas drawn as a whole region (Mongolia, Crimea).
 * Areas the time line does not cover at the display's year are not drawn, so they are not hit either.
 */
export function featureAt(
  history: HistoryAsset,
  display: HistoryDisplay,
  point: MapPoint,
  tolerance: number,
  regions: readonly MapRegion[] = [],
): FeatureRef | null {
  let best: Candidate | null = null;
  for (const candidate of candidatesAt(history, display, point, tolerance, regions)) {
    if (
      !best ||
      candidate.rank < best.rank ||
      (candidate.rank === best.rank && candidate.measure < best.measure)
    )
      best = candidate;
  }
  return best?.ref ?? null;
}
