import { distanceKm } from './projection';

/** A line on the globe as `[longitude, latitude]` points in degrees, in order (a river, a pipeline route). */
export type LonLatLine = readonly (readonly [number, number])[];

/** The point of a line nearest to another point, and how far it is. */
export interface NearestOnLine {
  /** Great-circle distance in km from the point to the line. */
  km: number;
  /** The nearest point of the line, `[longitude, latitude]`. */
  at: [number, number];
}

const RAD = Math.PI / 180;

/**
 * The point of segment `a`–`b` nearest to `p`, found in a flat plane around `p` (longitude scaled by the
 * cosine of `p`'s latitude), which is exact enough for segments of a few hundred km; its distance is then
 * measured on the sphere.
 */
function nearestOnSegment(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): NearestOnLine {
  const scale = Math.cos(p[1] * RAD);
  const ax = (a[0] - p[0]) * scale;
  const ay = a[1] - p[1];
  const bx = (b[0] - p[0]) * scale;
  const by = b[1] - p[1];
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  const at: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  return { km: distanceKm(p, at), at };
}

/**
 * The point of `line` nearest to `point` and its distance in km: what a click on a river or a pipeline is
 * graded by. A one-point line is that point.
 *
 * @param line - at least one `[longitude, latitude]` point
 * @param point - `[longitude, latitude]`
 */
export function nearestOnLine(line: LonLatLine, point: readonly [number, number]): NearestOnLine {
  const first = line[0];
  if (!first) throw new Error('nearestOnLine needs a line with at least one point');
  let best: NearestOnLine = { km: distanceKm(point, first), at: [first[0], first[1]] };
  for (let i = 1; i < line.length; i++) {
    const found = nearestOnSegment(point, line[i - 1]!, line[i]!);
    if (found.km < best.km) best = found;
  }
  return best;
}

/** Length of a line in km, along the great circles between its points. */
export function lineLengthKm(line: LonLatLine): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += distanceKm(line[i - 1]!, line[i]!);
  return total;
}

/**
 * The point `fraction` (0–1) of the way along a line, by length: the middle of a river for 0.5. Used to
 * place a line's own mark on the map.
 */
export function pointAlong(line: LonLatLine, fraction: number): [number, number] {
  const first = line[0];
  if (!first) throw new Error('pointAlong needs a line with at least one point');
  let left = lineLengthKm(line) * Math.max(0, Math.min(1, fraction));
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const step = distanceKm(a, b);
    if (left <= step && step > 0) {
      const t = left / step;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    left -= step;
  }
  const last = line[line.length - 1]!;
  return [last[0], last[1]];
}
