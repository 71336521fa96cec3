import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapAsset } from '../../../src/core/map/mapTypes';
import { distanceKm, mapToLonLat, projectToMap } from '../../../src/core/map/projection';

const root = path.resolve(import.meta.dirname, '../../..');
const map = JSON.parse(fs.readFileSync(path.join(root, 'assets/map.json'), 'utf8')) as MapAsset;
const spec = JSON.parse(fs.readFileSync(path.resolve(root, 'tools/map-regions.json'), 'utf8')) as {
  pointsOfInterest: Record<string, [number, number]>;
};

describe('the hand-written projection matches the d3-geo projection that built the map', () => {
  it.each(Object.entries(spec.pointsOfInterest))('%s lands where the build put it', (name, [lon, lat]) => {
    const poi = map.poi[name];
    if (!poi) throw new Error(`no poi ${name}`);
    const [x, y] = projectToMap(map.projection, lon, lat);
    expect(x).toBeCloseTo(poi.x, 0);
    expect(y).toBeCloseTo(poi.y, 0);
  });

  it.each(Object.entries(spec.pointsOfInterest))(
    '%s round-trips back to its longitude and latitude',
    (_name, [lon, lat]) => {
      const [x, y] = projectToMap(map.projection, lon, lat);
      const [backLon, backLat] = mapToLonLat(map.projection, x, y);
      expect(backLat).toBeCloseTo(lat, 6);
      expect(((backLon - lon + 540) % 360) - 180).toBeCloseTo(0, 6);
    },
  );
});

describe('distanceKm', () => {
  it('measures known distances', () => {
    expect(distanceKm([37.62, 55.75], [116.4, 39.9])).toBeGreaterThan(5700);
    expect(distanceKm([37.62, 55.75], [116.4, 39.9])).toBeLessThan(5850);
    expect(distanceKm([127.53, 50.26], [127.49, 50.24])).toBeLessThan(5);
    expect(distanceKm([10, 20], [10, 20])).toBe(0);
  });
});
