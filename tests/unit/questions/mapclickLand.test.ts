import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NAME, homeLand, landAt, sameLand } from '../../../src/core/map/landAt';
import type { MapAsset } from '../../../src/core/map/mapTypes';
import { projectToMap } from '../../../src/core/map/projection';
import type { Question } from '../../../src/core/model/pack';
import { rulesFor } from '../../../src/core/play/rules';
import type { GradeContext } from '../../../src/core/questions/grading';
import { gradeResponse } from '../../../src/core/quiz/grade';

const map = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../assets/map.json'), 'utf8'),
) as MapAsset;

/** A map point at a longitude and latitude. */
const at = (lon: number, lat: number) => projectToMap(map.projection, lon, lat);

/** Kunashir with the wide circle the bank once had, which reached Hokkaido and Shikotan. */
const kunashir: Question = {
  id: 'kunashir',
  type: 'mapclick',
  region: 'sakhalin-kurils',
  prompt: 'Click Kunashir.',
  target: { point: [145.9, 44.1], radiusKm: 80 },
  explanation: 'Kunashir is a southern Kuril island.',
  source: 'test-source',
  difficulty: 3,
  tags: ['test'],
};

const khabarovsk: Question = {
  ...kunashir,
  id: 'khabarovsk',
  region: 'outer-manchuria',
  target: { point: [135.07, 48.48], radiusKm: 80 },
};

const names = (id: string) =>
  ({ heilongjiang: 'Heilongjiang', 'sakhalin-kurils': 'Sakhalin & Kuril Islands' })[id] ?? id;
const withLand: GradeContext = { projection: map.projection, land: map, regionName: names };
const withoutLand: GradeContext = { projection: map.projection, regionName: names };

describe('land places of the real map', () => {
  it('finds the island, the foreign coast or the sea under a point', () => {
    expect(landAt(map, at(145.6, 43.9))).toMatchObject({ regionId: 'sakhalin-kurils', marker: false });
    expect(landAt(map, at(146.75, 43.8))).toMatchObject({ regionId: 'sakhalin-kurils', marker: false });
    expect(landAt(map, at(143, 43.5))).toMatchObject({ regionId: null, regionName: BACKGROUND_NAME });
    expect(landAt(map, at(146.2, 43.9))).toBeNull();
  });

  it('tells two islands of one region apart', () => {
    const kunashirLand = landAt(map, at(145.6, 43.9));
    const shikotanLand = landAt(map, at(146.75, 43.8));
    expect(sameLand(kunashirLand, shikotanLand)).toBe(false);
    expect(sameLand(kunashirLand, landAt(map, at(145.65, 43.95)))).toBe(true);
  });

  it('gives a tiny region’s hit circle priority, as the hit test does, and counts it as that region', () => {
    const hongKong = map.poi.hongkong!;
    const clicked = landAt(map, [hongKong.x, hongKong.y]);
    expect(clicked).toMatchObject({ regionId: 'hong-kong-macau', marker: true });
    expect(sameLand(clicked, homeLand(map, [hongKong.x, hongKong.y]))).toBe(true);
  });

  it('puts a target just off a simplified coast on that coast', () => {
    const lubmin = map.poi.lubmin!;
    expect(landAt(map, [lubmin.x, lubmin.y])).toBeNull();
    expect(homeLand(map, [lubmin.x, lubmin.y])).toMatchObject({ regionId: 'germany' });
    expect(homeLand(map, at(146.2, 40))).toBeNull();
  });
});

describe('a click on another place earns nothing, however near', () => {
  it('grades a click on Hokkaido inside the circle as land outside the game, not as Kunashir', () => {
    const grade = gradeResponse(kunashir, { region: null, point: at(145.0, 44.0) }, withLand);
    expect(grade.score).toBe(0);
    expect(grade.chosenText).toMatch(
      /^land outside the game's regions, a different place, \d+ km from the place$/,
    );
    expect(gradeResponse(kunashir, { region: null, point: at(145.0, 44.0) }, withoutLand).score).toBe(1);
  });

  it('grades a click on Shikotan as another island of the region', () => {
    const grade = gradeResponse(kunashir, { region: 'sakhalin-kurils', point: at(146.75, 43.8) }, withLand);
    expect(grade.score).toBe(0);
    expect(grade.chosenText).toMatch(/^another part of Sakhalin & Kuril Islands, a different place, \d+ km/);
  });

  it('grades a click across the Amur from Khabarovsk as Heilongjiang', () => {
    const grade = gradeResponse(khabarovsk, { region: 'heilongjiang', point: at(134.6, 48.2) }, withLand);
    expect(grade).toMatchObject({ score: 0, verdict: 'wrong' });
    expect(grade.chosenText).toMatch(/^Heilongjiang, a different place, \d+ km from the place$/);
  });

  it('still scores clicks on the place’s own land and in the water around it by distance', () => {
    expect(
      gradeResponse(kunashir, { region: 'sakhalin-kurils', point: at(145.6, 43.9) }, withLand).score,
    ).toBe(1);
    expect(gradeResponse(kunashir, { region: null, point: at(146.2, 43.9) }, withLand).score).toBe(1);
    const far = gradeResponse(kunashir, { region: null, point: at(147.5, 43.0) }, withLand);
    expect(far.score).toBeGreaterThan(0);
    expect(far.score).toBeLessThan(1);
    expect(far.chosenText).toMatch(/^a spot outside the regions, \d+ km from the place$/);
  });

  it('is part of the game’s rules when they are made with the map', () => {
    const library = { bank: { get: () => undefined } } as unknown as Parameters<typeof rulesFor>[0];
    expect(rulesFor(library, {}, map)).toMatchObject({ projection: map.projection, land: map });
    expect(rulesFor(library, {})).not.toHaveProperty('land');
  });
});
