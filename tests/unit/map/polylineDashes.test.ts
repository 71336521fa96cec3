import { describe, expect, it } from 'vitest';
import { dashPolyline, pointsAlong, polylineLength } from '../../../src/core/map/polylineDashes';

describe('polylineLength', () => {
  it('adds up the segments', () => {
    expect(polylineLength([0, 0, 3, 4, 3, 10])).toBeCloseTo(11);
    expect(polylineLength([5, 5])).toBe(0);
  });
});

describe('dashPolyline', () => {
  it('cuts a straight line into dashes and gaps, starting with a dash', () => {
    expect(dashPolyline([0, 0, 10, 0], 3, 1)).toEqual([
      [0, 0, 3, 0],
      [4, 0, 7, 0],
      [8, 0, 10, 0],
    ]);
  });

  it('keeps a bend inside a dash and carries the pattern across vertices', () => {
    const dashes = dashPolyline([0, 0, 2, 0, 2, 10], 4, 2);
    expect(dashes[0]).toEqual([0, 0, 2, 0, 2, 2]);
    expect(dashes[1]).toEqual([2, 4, 2, 8]);
    // The line ends in a gap (10 to 12), so there are two dashes.
    expect(dashes).toHaveLength(2);
    // Dashes add up to the line's length less the gaps between them.
    const drawn = dashes.reduce((sum, dash) => sum + polylineLength(dash), 0);
    expect(drawn).toBeCloseTo(12 - 2 * 2);
  });

  it('gives the whole line back for a pattern that is not positive', () => {
    expect(dashPolyline([0, 0, 10, 0], 0, 1)).toEqual([[0, 0, 10, 0]]);
    expect(dashPolyline([0, 0, 10, 0], 2, Number.NaN)).toEqual([[0, 0, 10, 0]]);
  });
});

describe('pointsAlong', () => {
  it('spaces points evenly from half a spacing in, with the direction of the line', () => {
    const points = pointsAlong([0, 0, 10, 0, 10, 10], 4);
    expect(points.map(({ x, y }) => [x, y])).toEqual([
      [2, 0],
      [6, 0],
      [10, 0],
      [10, 4],
      [10, 8],
    ]);
    expect(points[0]).toMatchObject({ dx: 1, dy: 0 });
    expect(points[4]).toMatchObject({ dx: 0, dy: 1 });
  });

  it('gives no points for a spacing that is not positive', () => {
    expect(pointsAlong([0, 0, 10, 0], 0)).toEqual([]);
  });
});
