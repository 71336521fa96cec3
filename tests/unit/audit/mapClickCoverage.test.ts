import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mapClickCoverage,
  mapClickCoverageLines,
  mapClickSection,
  placeQuestions,
} from '../../../src/core/audit/mapClickCoverage';
import { parseMapAsset } from '../../../src/core/map/parseMapAsset';
import type { MapAsset, MapProjection, MapRegion, PolygonPart } from '../../../src/core/map/mapTypes';
import { distanceKm, mapToLonLat, projectToMap } from '../../../src/core/map/projection';
import type { MapClickQuestion } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { buildQuestionBank } from '../../../src/core/packs/questionBank';
import { formatProblem } from '../../../src/core/problems';
import { placeCredit } from '../../../src/core/questions/mapclick';
import { makePack } from '../../support/packs';

const root = path.resolve(import.meta.dirname, '../../..');

/** The real map, checked as the game checks it. */
function realMap(): MapAsset {
  const parsed = parseMapAsset(JSON.parse(fs.readFileSync(path.join(root, 'assets/map.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '));
  return parsed.value;
}

/** The built-in bank, built from every pack in questions/ as the game builds it. */
function builtInBank(map: MapAsset) {
  const packs = fs
    .readdirSync(path.join(root, 'questions'))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => {
      const file = `questions/${name}`;
      const parsed = parsePack(fs.readFileSync(path.join(root, file), 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '));
      return { pack: parsed.value.pack, file, positions: parsed.value.positions };
    });
  return buildQuestionBank(packs, new Set(map.regions.map((region) => region.id))).bank;
}

describe('map-click circles of the built-in bank', () => {
  const map = realMap();
  const bank = builtInBank(map);
  const questions = placeQuestions(bank);

  it('has place questions to check', () => {
    expect(questions.length).toBeGreaterThan(10);
  });

  it('gives full credit for no place other than the one asked for', () => {
    const covering = questions.flatMap((question) =>
      mapClickCoverage(question, map)!.inCircle.map(
        (place) => `${question.id}: ${place.name} at ${Math.round(place.km)} km`,
      ),
    );
    expect(covering).toEqual([]);
  });

  it('puts every target point in the region its question is tied to', () => {
    const misplaced = questions
      .map((question) => ({
        id: question.id,
        region: question.region,
        home: mapClickCoverage(question, map)!.homeRegion,
      }))
      .filter(({ region, home }) => region !== home);
    expect(misplaced).toEqual([]);
  });

  it('prints a clean summary line for the bank', () => {
    const lines = mapClickCoverageLines(bank, map);
    expect(lines[0]).toBe(
      `Map-click circles: ${questions.length} place questions, 0 whose full-credit circle covers another place`,
    );
    expect(lines.filter((line) => line.includes('COVERS ANOTHER PLACE'))).toEqual([]);
  });
});

/** The real map's projection, so that synthetic map units measure real kilometres. */
const projection: MapProjection = {
  type: 'conicEqualArea',
  parallels: [35, 65],
  rotate: [-100, 0],
  scale: 1287.9799207394017,
  translate: [1166.5496532717552, 1201.4183675234551],
};

/** Where the synthetic islands sit: around the southern Kurils. */
const [cx, cy] = projectToMap(projection, 146, 44);

/** An axis-aligned square part with its west edge at `x0`, spanning `size` map units. */
function square(x0: number, y0: number, size: number): PolygonPart {
  return [[x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size]];
}

/** A region of the synthetic map. */
function region(id: string, name: string, polys: PolygonPart[], extra: Partial<MapRegion> = {}): MapRegion {
  return {
    id,
    name,
    group: extra.group ?? 'land',
    label: [cx, cy],
    bbox: [0, 0, 2000, 2000],
    polys,
    neighbours: [],
    ...extra,
  };
}

/**
 * A small map: "Isles" has two islands (west at cx-5…cx+5, east from cx+15), "Mainland" lies from cx+40,
 * foreign land from cx-45 (the background), and a sea covers the whole area.
 */
function syntheticMap(overrides: Partial<MapAsset> = {}): MapAsset {
  return {
    version: 1,
    source: 'test',
    title: 'Test',
    tagline: 'Test map',
    description: 'Test map with {regions}',
    startingRegions: ['isles'],
    groups: {
      land: { open: '#aaaaaa', cleared: '#555555' },
      water: { open: '#aaaaff', cleared: '#5555ff', water: true },
    },
    width: 2000,
    height: 2000,
    projection,
    regions: [
      region('isles', 'Isles', [square(cx - 5, cy - 5, 10), square(cx + 15, cy - 5, 10)]),
      region('mainland', 'Mainland', [square(cx + 40, cy - 30, 60)]),
      region('sea', 'Sea', [square(cx - 200, cy - 200, 400)], { group: 'water' }),
    ],
    background: [square(cx - 105, cy - 30, 60)],
    poi: {},
    ...overrides,
  };
}

/** A place question on the synthetic map, aimed at the west island's centre. */
function question(radiusKm: number, point?: [number, number]): MapClickQuestion {
  return {
    id: 'west-island',
    type: 'mapclick',
    region: 'isles',
    prompt: 'Click the west island.',
    target: { point: point ?? mapToLonLat(projection, cx, cy), radiusKm },
    explanation: 'It is the west island.',
    source: 'test-source',
    difficulty: 1,
    tags: ['test'],
  };
}

/** Kilometres from the west island's centre to a map point on the same row. */
const kmTo = (x: number) => distanceKm(mapToLonLat(projection, cx, cy), mapToLonLat(projection, x, cy));

describe('mapClickCoverage on a small map', () => {
  it('reports a neighbouring island inside the circle, with its distance', () => {
    const coverage = mapClickCoverage(question(kmTo(cx + 20)), syntheticMap())!;
    expect(coverage.homeRegion).toBe('isles');
    expect(coverage.inCircle).toHaveLength(1);
    const [island] = coverage.inCircle;
    expect(island).toMatchObject({ kind: 'part', regionId: 'isles', credit: 1 });
    expect(island!.name).toMatch(/^another part of Isles near /);
    expect(island!.km).toBeCloseTo(kmTo(cx + 15), 0);
  });

  it('is clean when the circle stops short of the neighbouring island, which the ring still reaches', () => {
    const radiusKm = kmTo(cx + 12);
    const coverage = mapClickCoverage(question(radiusKm), syntheticMap())!;
    expect(coverage.inCircle).toEqual([]);
    expect(coverage.inRing.map((place) => place.kind)).toContain('part');
    const island = coverage.inRing.find((place) => place.kind === 'part')!;
    expect(island.credit).toBeCloseTo(placeCredit(island.km, radiusKm), 9);
    expect(island.credit).toBeLessThan(1);
  });

  it('names another region and the land outside the game when the circle reaches them', () => {
    const coverage = mapClickCoverage(question(kmTo(cx + 50)), syntheticMap())!;
    const found = coverage.inCircle.map((place) => [place.kind, place.regionId ?? null]);
    expect(found).toEqual([
      ['part', 'isles'],
      ['region', 'mainland'],
      ['background', null],
    ]);
    expect(coverage.inCircle[1]!.name).toBe('Mainland');
    expect(coverage.inCircle[2]!.name).toMatch(/^land outside the game's regions near /);
  });

  it('never counts the water around the target as another place', () => {
    const coverage = mapClickCoverage(question(kmTo(cx + 12)), syntheticMap())!;
    expect([...coverage.inCircle, ...coverage.inRing].map((place) => place.regionId)).not.toContain('sea');
  });

  it('takes a target at sea to belong to its water region', () => {
    const coverage = mapClickCoverage(question(10, mapToLonLat(projection, cx, cy + 100)), syntheticMap())!;
    expect(coverage.homeRegion).toBe('sea');
  });

  it('lists a named point of another region, but not the point that is the target itself', () => {
    const map = syntheticMap({
      poi: {
        'west-town': { x: cx + 1, y: cy, region: 'isles' },
        'east-town': { x: cx + 20, y: cy, region: 'isles' },
        port: { x: cx + 8, y: cy, region: 'mainland' },
      },
    });
    const coverage = mapClickCoverage(question(kmTo(cx + 10)), map)!;
    expect(coverage.inCircle.map((place) => [place.kind, place.name])).toEqual([['point', 'port']]);
    expect(coverage.inRing.map((place) => place.name)).toContain('east-town');
  });

  it('counts a tiny region’s hit circle as that region’s land', () => {
    const map = syntheticMap();
    map.regions.push(
      region('reef', 'Reef', [square(cx - 200, cy + 150, 2)], { marker: { x: cx, y: cy + 20, r: 12 } }),
    );
    const coverage = mapClickCoverage(question(kmTo(cx + 12)), map)!;
    const reef = coverage.inCircle.find((place) => place.regionId === 'reef');
    expect(reef?.kind).toBe('region');
    expect(reef!.km).toBeCloseTo(
      distanceKm(mapToLonLat(projection, cx, cy), mapToLonLat(projection, cx, cy + 8)),
      0,
    );
  });

  it('leaves out questions that target a whole region', () => {
    const whole: MapClickQuestion = { ...question(10), target: { region: 'isles' } };
    expect(mapClickCoverage(whole, syntheticMap())).toBeUndefined();
  });
});

describe('mapClickCoverageLines', () => {
  it('counts and lists a circle that covers another place, and passes a clean one', () => {
    const map = syntheticMap();
    const wide = { ...question(kmTo(cx + 20)), id: 'wide-circle' };
    const tight = { ...question(kmTo(cx + 12)), id: 'tight-circle' };
    const pack = makePack([wide, tight]);
    const bank = buildQuestionBank([{ pack, file: 'test.json' }], new Set(['isles', 'mainland', 'sea'])).bank;
    const lines = mapClickCoverageLines(bank, map);
    expect(lines[0]).toBe(
      'Map-click circles: 2 place questions, 1 whose full-credit circle covers another place',
    );
    const wideAt = lines.findIndex((line) => line.startsWith('  wide-circle: COVERS ANOTHER PLACE'));
    expect(wideAt).toBeGreaterThan(0);
    expect(lines[wideAt + 1]).toBe('    inside the full-credit circle:');
    expect(lines[wideAt + 2]).toMatch(
      new RegExp(`^ {6}another part of Isles near .+: ${Math.round(kmTo(cx + 15))} km \\(full credit\\)$`),
    );
    expect(lines.some((line) => line.startsWith('  tight-circle: ok;'))).toBe(true);
  });

  it('flags a target that lies outside the region its question is tied to', () => {
    const misplaced = { ...question(10), id: 'misplaced', region: 'mainland' };
    const pack = makePack([misplaced]);
    const bank = buildQuestionBank([{ pack, file: 'test.json' }], new Set(['isles', 'mainland', 'sea'])).bank;
    expect(mapClickCoverageLines(bank, syntheticMap())[1]).toContain(
      'target in isles — but the question is tied to mainland',
    );
  });
});

describe('mapClickSection', () => {
  it('audits the packs it is given on the map, and says so when there is no map', () => {
    const pack = makePack([question(kmTo(cx + 20))]);
    const input = { entries: [], placeNames: [], packs: [{ file: 'isles.json', pack }] };
    const lines = mapClickSection.lines({ ...input, map: syntheticMap() });
    expect(lines[0]).toBe(
      'Map-click circles: 1 place questions, 1 whose full-credit circle covers another place',
    );
    expect(lines[1]).toMatch(/^ {2}west-island: COVERS ANOTHER PLACE; /);
    expect(mapClickSection.lines(input)).toEqual(['not audited: no map was given']);
  });
});
