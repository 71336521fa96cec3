import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { distanceToParts, distanceToSegment, partContains, regionAt } from '../../../src/core/map/hitTest';
import { type HistoryAsset, type HistoryArea, parseHistoryAsset } from '../../../src/core/map/history';
import type { MapAsset, PolygonPart } from '../../../src/core/map/mapTypes';
import { projectToMap } from '../../../src/core/map/projection';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const map = JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/map.json'), 'utf8')) as MapAsset;
const history = JSON.parse(
  fs.readFileSync(path.resolve(projectRoot, 'assets/history.json'), 'utf8'),
) as HistoryAsset;
/** Kilometres per map unit at the standard parallels (scale is true there in this projection). */
const KM_PER_UNIT = 6371.0088 / map.projection.scale;

/** A place of the asset by id, failing the test if it is missing. */
function place(id: string): { x: number; y: number } {
  const found = history.places.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}

/** The polygon parts of an area drawn as its own polygons. */
function areaPolys(id: string): PolygonPart[] {
  const area: HistoryArea | undefined = history.areas.find((candidate) => candidate.id === id);
  if (!area || !('polys' in area.shape)) throw new Error(`area ${id} has no polygons`);
  return area.shape.polys;
}

/** Unsigned shoelace area of a flat ring in units². */
function ringArea(ring: number[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    sum += ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
  }
  return Math.abs(sum / 2);
}

/** Whether any part contains the projected lon/lat point. */
function containsLonLat(parts: PolygonPart[], lon: number, lat: number): boolean {
  const [x, y] = projectToMap(map.projection, lon, lat);
  return parts.some((part) => partContains(part, x, y));
}

/** Distance in km from a point in map units to the nearest segment of a set of polylines. */
function kmToLines(lines: number[][], x: number, y: number): number {
  let best = Infinity;
  for (const points of lines) {
    for (let i = 2; i < points.length; i += 2) {
      best = Math.min(
        best,
        distanceToSegment(x, y, points[i - 2]!, points[i - 1]!, points[i]!, points[i + 1]!),
      );
    }
  }
  return best * KM_PER_UNIT;
}

describe('assets/history.json', () => {
  it('parses with no problems against the base map', () => {
    const result = parseHistoryAsset(history, 'assets/history.json', new Set(map.regions.map((r) => r.id)));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is built from the current data files (run `npm run history:build` after editing tools/history)', () => {
    const data = (name: string): Record<string, unknown[]> =>
      JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'tools/history', name), 'utf8')) as Record<
        string,
        unknown[]
      >;
    const places = data('places.json')['places'] as {
      id: string;
      name: string;
      lonLat: number[];
      basis: string;
    }[];
    expect(history.places.map(({ id, name, lonLat, basis }) => ({ id, name, lonLat, basis }))).toEqual(
      places,
    );
    expect(history.events).toEqual(data('events.json')['events']);
    expect(history.holders).toEqual(data('events.json')['holders']);
    expect(history.points).toEqual(data('features.json')['points']);
    const pipelines = data('features.json')['pipelines'] as { lines: { places: string[] }[] }[];
    expect(history.pipelines.map((p) => p.lines.map((line) => line.places))).toEqual(
      pipelines.map((p) => p.lines.map((line) => line.places)),
    );
  });

  it('projects every place with the map projection', () => {
    for (const item of history.places) {
      const [x, y] = projectToMap(map.projection, item.lonLat[0], item.lonLat[1]);
      expect(Math.abs(item.x - x), item.id).toBeLessThanOrEqual(0.05);
      expect(Math.abs(item.y - y), item.id).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('the lands ceded in 1858 and 1860', () => {
  const aigun = areaPolys('left-bank-amur');
  const peking = areaPolys('ussuri-to-sea');

  it.each([
    ['Blagoveshchensk', 127.53, 50.26],
    ['Albazino', 124.08, 53.38],
    ['Svobodny', 128.13, 51.38],
    ['Tynda', 124.72, 55.15],
    ['Birobidzhan', 132.93, 48.79],
  ])('Aigun (1858) contains %s, north of the Amur', (_name, lon, lat) => {
    expect(containsLonLat(aigun, lon, lat)).toBe(true);
    expect(containsLonLat(peking, lon, lat)).toBe(false);
  });

  it.each([
    ['Vladivostok', 131.89, 43.12],
    ['Nakhodka', 132.87, 42.82],
    ['Ussuriysk', 131.95, 43.8],
    ['Sovetskaya Gavan', 140.25, 48.97],
  ])('Peking (1860) contains %s, east of the Ussuri and the lower Amur', (_name, lon, lat) => {
    expect(containsLonLat(peking, lon, lat)).toBe(true);
    expect(containsLonLat(aigun, lon, lat)).toBe(false);
  });

  it.each([
    ['Harbin', 126.63, 45.75],
    ['Heihe', 127.49, 50.2],
    ['Fuyuan, on the Chinese side across from Khabarovsk', 134.29, 48.36],
    ['Yuzhno-Sakhalinsk (Sakhalin, not ceded by these treaties)', 142.74, 46.96],
    ['Yakutsk', 129.73, 62.03],
    ['Chita', 113.5, 52.03],
  ])('neither contains %s', (_name, lon, lat) => {
    expect(containsLonLat(aigun, lon, lat)).toBe(false);
    expect(containsLonLat(peking, lon, lat)).toBe(false);
  });

  it('partitions the outer-manchuria region of the map: every vertex on or inside it, areas adding up', () => {
    const region = map.regions.find((r) => r.id === 'outer-manchuria')!;
    for (const parts of [aigun, peking]) {
      for (const ring of parts.flat()) {
        for (let i = 0; i < ring.length; i += 2) {
          const [x, y] = [ring[i]!, ring[i + 1]!];
          const inside = region.polys.some((part) => partContains(part, x, y));
          expect(inside || distanceToParts(region.polys, x, y) < 0.1, `${x},${y}`).toBe(true);
        }
      }
    }
    const units = (parts: PolygonPart[]): number => parts.reduce((sum, [outer]) => sum + ringArea(outer!), 0);
    expect(units(aigun) + units(peking)).toBeCloseTo(units(region.polys), -2);
  });

  it('measures areas within the bounds this map supports', () => {
    const [first, second] = history.cessions.cessions;
    expect(first!.id).toBe('aigun-1858');
    expect(second!.id).toBe('peking-1860');
    expect(first!.areaKm2).toBeGreaterThan(600_000);
    expect(first!.areaKm2).toBeLessThan(850_000);
    expect(second!.areaKm2).toBeGreaterThan(250_000);
    expect(second!.areaKm2).toBeLessThan(420_000);
    expect(history.cessions.totalKm2).toBe(first!.areaKm2 + second!.areaKm2);
    expect(history.cessions.articleFigureKm2).toBe(600_000);
    expect(history.cessions.articleSource).toBe('pos2-coercion');
    expect(history.cessions.explanation).toContain(history.cessions.totalKm2.toLocaleString('en'));
  });
});

describe('the border rivers', () => {
  it.each([
    ['argun', ['argun-border-start', 'amur-source']],
    [
      'amur',
      [
        'amur-source',
        'albazino',
        'blagoveshchensk',
        'heihe',
        'khabarovsk',
        'komsomolsk-on-amur',
        'nikolayevsk-on-amur',
      ],
    ],
    ['ussuri', ['sungacha-mouth', 'ussuri-mouth']],
  ])('%s passes within 15 km of its towns', (id, towns) => {
    const river = history.rivers.find((candidate) => candidate.id === id)!;
    expect(river.towns).toEqual(towns);
    const lines = river.stretches.map((stretch) => stretch.points);
    for (const town of towns) {
      const { x, y } = place(town);
      expect(kmToLines(lines, x, y), town).toBeLessThan(15);
    }
  });

  it('takes the border stretches from the map’s Russia–China border', () => {
    const russian = map.regions.filter((r) => r.group === 'russia').map((r) => r.id);
    const chinese = ['heilongjiang', 'jilin-liaoning', 'north-china'];
    for (const river of history.rivers) {
      for (const stretch of river.stretches.filter((s) => s.kind === 'border')) {
        expect(stretch.approximate).toBe(false);
        for (let i = 0; i < stretch.points.length; i += 2) {
          const [x, y] = [stretch.points[i]!, stretch.points[i + 1]!];
          const near = [-3, 3].flatMap((dx) => [-3, 3].map((dy) => regionAt(map, x + dx, y + dy, 0)));
          expect(
            near.some((r) => r !== null && russian.includes(r)),
            `${river.id} at ${x},${y}`,
          ).toBe(true);
          expect(
            near.some((r) => r !== null && chinese.includes(r)),
            `${river.id} at ${x},${y}`,
          ).toBe(true);
        }
      }
    }
  });

  it('marks the stretches away from the border approximate', () => {
    const courses = history.rivers.flatMap((river) => river.stretches.filter((s) => s.kind === 'course'));
    expect(courses.length).toBeGreaterThan(0);
    expect(courses.every((stretch) => stretch.approximate)).toBe(true);
  });
});

describe('the pipelines and points', () => {
  const expectedRegion: Record<string, string | null> = {
    kovykta: 'eastern-siberia',
    chayanda: 'yakutia',
    lensk: 'yakutia',
    olyokminsk: 'yakutia',
    aldan: 'yakutia',
    neryungri: 'yakutia',
    tynda: 'outer-manchuria',
    skovorodino: 'outer-manchuria',
    svobodny: 'outer-manchuria',
    blagoveshchensk: 'outer-manchuria',
    heihe: 'heilongjiang',
    daqing: 'heilongjiang',
    changling: 'jilin-liaoning',
    yongqing: 'north-china',
    shanghai: 'south-china',
    'novy-urengoy': 'yamal',
    krasnoyarsk: 'eastern-siberia',
    irkutsk: 'eastern-siberia',
    'ulan-ude': 'eastern-siberia',
    ulaanbaatar: 'mongolia',
    erenhot: 'north-china',
    beijing: 'north-china',
    vyborg: 'european-russia',
    'ust-luga': 'european-russia',
    'gulf-of-finland': null,
    'gulf-of-finland-mouth': null,
    'baltic-west-of-hiiumaa': null,
    'baltic-east-of-gotland': null,
    'baltic-near-bornholm': null,
    lubmin: 'germany',
    sabetta: 'yamal',
  };

  it('routes every line through places in the expected regions (sea waypoints on no land)', () => {
    const used = [
      ...history.pipelines.flatMap((pipeline) => pipeline.lines.flatMap((line) => line.places)),
      ...history.points.map((point) => point.place),
    ];
    expect(new Set(used)).toEqual(new Set(Object.keys(expectedRegion)));
    for (const [id, region] of Object.entries(expectedRegion)) {
      const { x, y } = place(id);
      if (region === null) {
        expect(regionAt(map, x, y, 0), id).toBeNull();
        expect(
          map.background.some((part) => partContains(part, x, y)),
          id,
        ).toBe(false);
      } else {
        expect(regionAt(map, x, y), id).toBe(region);
      }
    }
  });

  it('draws each line through its places in order, and marks the routes approximate', () => {
    for (const pipeline of history.pipelines) {
      for (const line of pipeline.lines) {
        expect(line.points).toEqual(line.places.flatMap((id) => [place(id).x, place(id).y]));
        expect(line.approximate, line.name).toBe(true);
      }
    }
  });

  it('keeps Nord Stream at sea between its landfalls', () => {
    const nordStream = history.pipelines.find((pipeline) => pipeline.id === 'nord-stream')!;
    const ends = ['vyborg', 'ust-luga', 'lubmin'].map(place);
    const onLand = (x: number, y: number): boolean =>
      regionAt(map, x, y, 0) !== null || map.background.some((part) => partContains(part, x, y));
    for (const line of nordStream.lines) {
      for (let i = 2; i < line.points.length; i += 2) {
        const [x0, y0, x1, y1] = line.points.slice(i - 2, i + 2) as [number, number, number, number];
        const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0));
        for (let k = 0; k <= steps; k++) {
          const [x, y] = [x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps];
          // Vyborg lies at the head of a bay the simplified 1:50m coast does not show: allow ~50 km of land at the ends.
          const nearEnd = ends.some((end) => Math.hypot(end.x - x, end.y - y) < 10);
          expect(!nearEnd && onLand(x, y), `${line.name} at ${x.toFixed(1)},${y.toFixed(1)}`).toBe(false);
        }
      }
    }
  });

  it('marks Power of Siberia 2 as planned and crosses Mongolia', () => {
    const pos2 = history.pipelines.find((pipeline) => pipeline.id === 'power-of-siberia-2')!;
    expect(pos2.status).toBe('planned');
    expect(pos2.lines[0]!.places).toContain('ulaanbaatar');
  });

  it('crosses into China at Blagoveshchensk–Heihe on Power of Siberia 1', () => {
    const pos1 = history.pipelines.find((pipeline) => pipeline.id === 'power-of-siberia-1')!;
    const ends = pos1.lines.map((line) => [line.places[0], line.places[line.places.length - 1]]);
    expect(ends).toContainEqual(['chayanda', 'blagoveshchensk']);
    expect(ends).toContainEqual(['heihe', 'shanghai']);
  });
});
