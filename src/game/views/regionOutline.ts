import * as Phaser from 'phaser';
import type { MapRegion } from '../../core/map/mapTypes';

/**
 * Strokes every ring of a region's outline onto `graphics` (in map units, so it follows the camera): the
 * focus ring of hover and keyboard focus, and the highlight of regions a celebration opens.
 */
export function strokeRegion(
  graphics: Phaser.GameObjects.Graphics,
  region: MapRegion,
  width: number,
  colour: number,
  alpha = 1,
): void {
  graphics.lineStyle(width, colour, alpha);
  for (const part of region.polys) {
    for (const ring of part) {
      const points: Phaser.Math.Vector2[] = [];
      for (let i = 0; i + 1 < ring.length; i += 2) {
        points.push(new Phaser.Math.Vector2(ring[i] as number, ring[i + 1] as number));
      }
      graphics.strokePoints(points, true, true);
    }
  }
}
