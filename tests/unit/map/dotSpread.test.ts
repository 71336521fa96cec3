import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spreadDots } from '../../../src/core/map/dotSpread';
import type { HistoryAsset } from '../../../src/core/map/history';
import { tinyAreaDot } from '../../../src/core/map/historyShapes';
import type { MapPoint } from '../../../src/core/map/mapTypes';

const here = path.dirname(fileURLToPath(import.meta.url));
const history = JSON.parse(
  fs.readFileSync(path.join(here, '../../../assets/history.json'), 'utf8'),
) as HistoryAsset;

/** Distance between two points. */
function apart(a: MapPoint, b: MapPoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

describe('dots kept apart on the map', () => {
  it('leaves dots that do not crowd each other on their own points', () => {
    const spread = spreadDots(
      [
        { id: 'a', point: [0, 0], radius: 5 },
        { id: 'b', point: [20, 0], radius: 5 },
      ],
      2,
    );
    expect(spread.get('a')).toEqual([0, 0]);
    expect(spread.get('b')).toEqual([20, 0]);
  });

  it('pushes crowded dots apart along the line between them until they keep the gap', () => {
    const spread = spreadDots(
      [
        { id: 'a', point: [0, 0], radius: 5 },
        { id: 'b', point: [0, 4], radius: 5 },
      ],
      2,
    );
    const a = spread.get('a')!;
    const b = spread.get('b')!;
    expect(apart(a, b)).toBeCloseTo(12);
    expect(a[0]).toBeCloseTo(0);
    expect(a[1]).toBeCloseTo(-4);
    expect(b[1]).toBeCloseTo(8);
  });

  it('splits dots on the very same point left and right', () => {
    const spread = spreadDots(
      [
        { id: 'a', point: [10, 10], radius: 3 },
        { id: 'b', point: [10, 10], radius: 3 },
      ],
      0,
    );
    expect(spread.get('a')).toEqual([7, 10]);
    expect(spread.get('b')).toEqual([13, 10]);
  });

  it("keeps Hong Kong's and Macau's dots apart over the whole map, and in place when zoomed in", () => {
    const hongKong = history.areas.find((area) => area.id === 'hong-kong');
    const macau = history.areas.find((area) => area.id === 'macau');
    const hongKongDot = hongKong ? tinyAreaDot(hongKong) : null;
    if (!hongKongDot || !macau || !('marker' in macau.shape)) throw new Error('history lacks the two dots');
    const macauPoint: MapPoint = [macau.shape.marker.x, macau.shape.marker.y];
    // Over the whole map, about 2.3 map units per pixel: dots 6 px across overlap by far.
    const whole = 2.3;
    const crowded = spreadDots(
      [
        { id: 'hong-kong', point: hongKongDot, radius: 7.5 * whole },
        { id: 'macau', point: macauPoint, radius: 7.5 * whole },
      ],
      2 * whole,
    );
    expect(apart(hongKongDot, macauPoint)).toBeLessThan(15 * whole);
    expect(apart(crowded.get('hong-kong')!, crowded.get('macau')!)).toBeCloseTo(17 * whole);
    // Macau stays west of Hong Kong.
    expect(crowded.get('macau')![0]).toBeLessThan(crowded.get('hong-kong')![0]);
    // Zoomed in (0.3 units per pixel) the dots are apart already and stand on their points.
    const zoomed = spreadDots(
      [
        { id: 'hong-kong', point: hongKongDot, radius: 7.5 * 0.3 },
        { id: 'macau', point: macauPoint, radius: Math.max(macau.shape.marker.r, 7.5 * 0.3) },
      ],
      2 * 0.3,
    );
    expect(zoomed.get('hong-kong')).toEqual(hongKongDot);
    expect(zoomed.get('macau')).toEqual(macauPoint);
  });
});
