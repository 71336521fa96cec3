/**
 * Dash patterns along flat polylines (`[x0, y0, x1, y1, …]`), for the drawn lines that cannot use a line
 * style: a planned pipeline is dashed, a river's drawn-on course is dotted, a damaged pipeline carries marks
 * at even spacing. The lengths are in map units: the map passes screen lengths times `1 / zoom`, so that a
 * pattern keeps its look on screen at any zoom. Pure: no Phaser, no DOM.
 */

/** The length of a flat polyline. */
export function polylineLength(points: readonly number[]): number {
  let length = 0;
  for (let i = 2; i + 1 < points.length; i += 2) {
    length += Math.hypot(points[i]! - points[i - 2]!, points[i + 1]! - points[i - 1]!);
  }
  return length;
}

/**
 * Cuts a polyline into dashes of length `dash` separated by gaps of length `gap`, starting with a dash;
 * each dash is its own flat polyline (bends inside a dash are kept). A dash or gap that is not positive
 * gives the whole line back as one piece.
 */
export function dashPolyline(points: readonly number[], dash: number, gap: number): number[][] {
  if (!(dash > 0) || !(gap > 0) || points.length < 4) return [[...points]];
  const dashes: number[][] = [];
  let drawing = true;
  // Length left in the current dash or gap.
  let left = dash;
  let current: number[] = [points[0]!, points[1]!];
  for (let i = 2; i + 1 < points.length; i += 2) {
    let x0 = points[i - 2]!;
    let y0 = points[i - 1]!;
    const x1 = points[i]!;
    const y1 = points[i + 1]!;
    let segment = Math.hypot(x1 - x0, y1 - y0);
    while (segment > left) {
      const t = left / segment;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      if (drawing) {
        current.push(x, y);
        dashes.push(current);
      } else {
        current = [x, y];
      }
      drawing = !drawing;
      segment -= left;
      left = drawing ? dash : gap;
      x0 = x;
      y0 = y;
    }
    left -= segment;
    if (drawing) current.push(x1, y1);
  }
  if (drawing && current.length >= 4) dashes.push(current);
  return dashes;
}

/** A point on a polyline with the direction of the line there (a unit vector). */
export interface PointOnLine {
  /** x in map units. */
  x: number;
  /** y in map units. */
  y: number;
  /** x of the line's unit direction. */
  dx: number;
  /** y of the line's unit direction. */
  dy: number;
}

/**
 * Points every `spacing` along a polyline, the first half a spacing from its start, each with the line's
 * direction there: where a damaged pipeline's marks go. A spacing that is not positive gives none.
 */
export function pointsAlong(points: readonly number[], spacing: number): PointOnLine[] {
  if (!(spacing > 0)) return [];
  const found: PointOnLine[] = [];
  let next = spacing / 2;
  let travelled = 0;
  for (let i = 2; i + 1 < points.length; i += 2) {
    const x0 = points[i - 2]!;
    const y0 = points[i - 1]!;
    const x1 = points[i]!;
    const y1 = points[i + 1]!;
    const segment = Math.hypot(x1 - x0, y1 - y0);
    if (segment === 0) continue;
    const dx = (x1 - x0) / segment;
    const dy = (y1 - y0) / segment;
    while (next <= travelled + segment) {
      const along = next - travelled;
      found.push({ x: x0 + dx * along, y: y0 + dy * along, dx, dy });
      next += spacing;
    }
    travelled += segment;
  }
  return found;
}
