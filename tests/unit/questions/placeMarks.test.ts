import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/core/map/projection';
import { PARTIAL_CREDIT_RADII } from '../../../src/core/questions/mapclick';
import {
  MAX_DISTRACTOR_KM,
  placeMarks,
  pointAt,
  questionMarks,
} from '../../../src/core/questions/placeMarks';
import { createSeededRng } from '../../../src/core/rng';

const khabarovsk = { point: [135.07, 48.48] as [number, number], radiusKm: 35 };
/** Places of the bank near and far: Harbin, Vladivostok-ish, Chita, Yakutsk, Berlin, and Khabarovsk's suburb. */
const candidates: [number, number][] = [
  [126.63, 45.75],
  [131.9, 43.1],
  [113.5, 52.03],
  [129.73, 62.03],
  [13.4, 52.52],
  [135.1, 48.5],
  [127.5, 50.27],
];

describe('marks offered for a place question', () => {
  it('always holds the target once, numbered 1 to 4', () => {
    const marks = placeMarks(khabarovsk, candidates, createSeededRng(7));
    expect(marks.map((mark) => mark.number)).toEqual([1, 2, 3, 4]);
    expect(marks.filter((mark) => mark.lonLat === khabarovsk.point)).toHaveLength(1);
  });

  it('takes distractors that earn nothing yet lie near, and never the same place twice', () => {
    for (let seed = 0; seed < 20; seed++) {
      const marks = placeMarks(khabarovsk, candidates, createSeededRng(seed));
      for (const mark of marks.filter((m) => m.lonLat !== khabarovsk.point)) {
        const km = distanceKm(mark.lonLat, khabarovsk.point);
        expect(km).toBeGreaterThan(PARTIAL_CREDIT_RADII * khabarovsk.radiusKm);
        expect(km).toBeLessThanOrEqual(MAX_DISTRACTOR_KM);
      }
      expect(marks.map((m) => m.lonLat)).not.toContainEqual([13.4, 52.52]);
      expect(marks.map((m) => m.lonLat)).not.toContainEqual([135.1, 48.5]);
    }
  });

  it('gives the same marks for the same seed and other orders for other seeds', () => {
    const a = placeMarks(khabarovsk, candidates, createSeededRng(3));
    expect(placeMarks(khabarovsk, candidates, createSeededRng(3))).toEqual(a);
    const orders = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        placeMarks(khabarovsk, candidates, createSeededRng(seed))
          .map((m) => m.lonLat.join())
          .join('|'),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(questionMarks('khabarovsk-mapclick', khabarovsk, candidates)).toEqual(
      questionMarks('khabarovsk-mapclick', khabarovsk, candidates),
    );
  });

  it('fills in with points five to seven radii away when the bank has too few places nearby', () => {
    const marks = placeMarks(khabarovsk, [], createSeededRng(1));
    expect(marks).toHaveLength(4);
    for (const mark of marks.filter((m) => m.lonLat !== khabarovsk.point)) {
      const km = distanceKm(mark.lonLat, khabarovsk.point);
      expect(km).toBeGreaterThan(5 * khabarovsk.radiusKm - 1);
      expect(km).toBeLessThan(7 * khabarovsk.radiusKm + 1);
    }
  });

  it('finds the point a given distance along a bearing', () => {
    expect(distanceKm(pointAt([0, 0], 90, 500), [0, 0])).toBeCloseTo(500, 0);
    expect(pointAt([30, 10], 0, 111.2)[1]).toBeCloseTo(11, 1);
  });
});
