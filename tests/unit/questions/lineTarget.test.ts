import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { lineLengthKm, nearestOnLine, pointAlong } from '../../../src/core/map/lineDistance';
import { distanceKm, projectToMap } from '../../../src/core/map/projection';
import type { MapClickQuestion } from '../../../src/core/model/pack';
import { MapClickSchema, placeCredit } from '../../../src/core/questions/mapclick';
import { pointAt } from '../../../src/core/questions/placeMarks';
import { gradeResponse } from '../../../src/core/quiz/grade';
import { builtInMapQuestions, realMap } from '../../support/builtInBank';

const map = realMap();
const context = { projection: map.projection, land: map };
const amur = builtInMapQuestions().find((question) => question.id === 'amur-border-mapclick')!;
const line = (amur.target as { line: [number, number][] }).line;

/** A map point at a longitude and latitude. */
const at = ([lon, lat]: readonly [number, number]) => projectToMap(map.projection, lon, lat);

/** The point `km` from the middle of the Amur's border stretch, in the direction farthest from the river. */
function offTheRiver(km: number): [number, number] {
  const middle = pointAlong(line, 0.5);
  const candidates = Array.from({ length: 72 }, (_, step) => pointAt(middle, step * 5, km));
  return candidates.reduce((best, point) =>
    nearestOnLine(line, point).km > nearestOnLine(line, best).km ? point : best,
  );
}

describe('the distance from a point to a line', () => {
  it('is nothing on a vertex or between two, and measured to the nearest segment otherwise', () => {
    const straight: [number, number][] = [
      [130, 48],
      [131, 48],
      [131, 49],
    ];
    expect(nearestOnLine(straight, [131, 48]).km).toBe(0);
    expect(nearestOnLine(straight, [130.5, 48]).km).toBeLessThan(0.5);
    const off = nearestOnLine(straight, [130.5, 47.5]);
    expect(off.km).toBeCloseTo(distanceKm([130.5, 47.5], [130.5, 48]), 0);
    expect(off.at[0]).toBeCloseTo(130.5, 1);
    expect(nearestOnLine(straight, [132, 48.5]).at[0]).toBeCloseTo(131, 5);
  });

  it('finds the middle of a line by its length', () => {
    const middle = pointAlong(line, 0.5);
    expect(nearestOnLine(line, middle).km).toBeLessThan(0.5);
    const firstHalf = lineLengthKm([...line.slice(0, 1), middle]);
    expect(firstHalf).toBeGreaterThan(0);
    expect(pointAlong(line, 0)).toEqual(line[0]);
    expect(pointAlong(line, 1)).toEqual(line[line.length - 1]);
  });
});

describe('a map click on a river, graded by the distance to its nearest point', () => {
  it('gives full credit for a click on the river', () => {
    const grade = gradeResponse(amur, { region: 'heilongjiang', point: at(line[40]!) }, context);
    expect(grade.score).toBe(1);
    expect(grade.chosenText).toBe('heilongjiang, 0 km from its nearest point');
    expect(grade.correctText).toBe('the Amur (Heilong Jiang), where it forms the border');
  });

  it('gives part of the credit 50 km off, falling as for a place', () => {
    const point = offTheRiver(50);
    const km = nearestOnLine(line, point).km;
    expect(km).toBeGreaterThan(45);
    expect(km).toBeLessThanOrEqual(50.5);
    const grade = gradeResponse(amur, { region: null, point: at(point) }, context);
    expect(grade.score).toBeCloseTo(placeCredit(km, 30), 2);
    expect(grade.score).toBeGreaterThan(0.7);
    expect(grade.score).toBeLessThan(0.85);
  });

  it('gives nothing 500 km off', () => {
    const point = offTheRiver(500);
    expect(nearestOnLine(line, point).km).toBeGreaterThan(400);
    expect(gradeResponse(amur, { region: null, point: at(point) }, context).score).toBe(0);
  });

  it('gives nothing for a region named without a point, or without the map', () => {
    expect(gradeResponse(amur, { region: 'heilongjiang' }, context).score).toBe(0);
    expect(gradeResponse(amur, { region: 'heilongjiang', point: at(line[40]!) }, {}).score).toBe(0);
  });

  it('counts a click on either bank, whichever region it lands in', () => {
    const [lon, lat] = line[60]!;
    const north = gradeResponse(amur, { region: 'outer-manchuria', point: at([lon, lat + 0.1]) }, context);
    const south = gradeResponse(amur, { region: 'heilongjiang', point: at([lon, lat - 0.1]) }, context);
    expect(north.score).toBe(1);
    expect(south.score).toBe(1);
  });
});

describe('the schema of a line target', () => {
  const base = { ...amur } as MapClickQuestion;
  const parse = (target: unknown) => v.safeParse(MapClickSchema, { ...base, target });

  it('takes a line of two or more points with a radius, a name and a feature', () => {
    expect(
      parse({
        line: [
          [1, 2],
          [3, 4],
        ],
        radiusKm: 20,
        name: 'x',
        feature: 'river:amur',
      }).success,
    ).toBe(true);
  });

  it('refuses a one-point line and a feature that is not kind:id', () => {
    expect(parse({ line: [[1, 2]] }).success).toBe(false);
    expect(
      parse({
        line: [
          [1, 2],
          [3, 4],
        ],
        feature: 'amur',
      }).success,
    ).toBe(false);
    expect(
      parse({
        line: [
          [1, 2],
          [3, 4],
        ],
        feature: 'lake:baikal',
      }).success,
    ).toBe(false);
  });
});
