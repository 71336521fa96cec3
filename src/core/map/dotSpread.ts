import type { MapPoint } from './mapTypes';

/** A round symbol drawn at a map point: a marker or a dot that keeps a few pixels across at any zoom. */
export interface DrawnDot {
  /** Whose dot it is, given back with its place. */
  id: string;
  /** Where it stands for, in map units. */
  point: MapPoint;
  /** Its radius as drawn now, in map units (outline included). */
  radius: number;
}

/**
 * Where to draw dots so that none covers another: two dots closer than the sum of their radii plus `gap`
 * (map units) are pushed apart along the line between them, each by half of what is missing, so that they
 * just touch the gap. Over the whole map, Hong Kong's and Macau's dots (60 km apart) would otherwise be one
 * blot; zoomed in, where they are apart already, they stand on their own points. Dots on the very same
 * point are split left and right. Pure: what is hit by a click is decided from the true points, not from
 * these.
 *
 * @returns each dot's drawn centre, by id (its own point when nothing crowds it)
 */
export function spreadDots(dots: readonly DrawnDot[], gap: number): Map<string, MapPoint> {
  const centres = dots.map((dot) => [...dot.point] as [number, number]);
  // A few passes settle a small cluster; the map has a handful of dots, so pairs are cheap.
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) {
        const a = centres[i]!;
        const b = centres[j]!;
        const wanted = dots[i]!.radius + dots[j]!.radius + gap;
        const dx = b[0] - a[0];
        const dy = b[1] - a[1];
        const distance = Math.hypot(dx, dy);
        if (distance >= wanted) continue;
        const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [1, 0];
        const push = (wanted - distance) / 2;
        a[0] -= ux * push;
        a[1] -= uy * push;
        b[0] += ux * push;
        b[1] += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(dots.map((dot, i) => [dot.id, centres[i]!]));
}
