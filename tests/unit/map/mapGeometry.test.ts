import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoConicEqualArea } from 'd3-geo';
import { describe, it, expect } from 'vitest';
import { distanceToRing, pointInRing, regionAt } from '../../../src/core/map/hitTest';
import type { MapAsset, MapRegion } from '../../../src/core/map/mapTypes';
import { describeWithShared, sharedPath } from '../../support/shared';

/** The parts of the region spec (`tools/map-regions.json`, the map build's input) these tests read. */
interface RegionSpec {
  countries: Record<string, { id: string }[]>;
  wholeCountries: { id: string }[];
  seas: { id: string }[];
  pointsOfInterest: Record<string, [number, number]>;
  expectedRegionOfPoint: Record<string, string>;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const map = JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/map.json'), 'utf8')) as MapAsset;
const spec = JSON.parse(
  fs.readFileSync(path.resolve(projectRoot, 'tools/map-regions.json'), 'utf8'),
) as RegionSpec;
const links = JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'tools/map-links.json'), 'utf8')) as {
  links: { a: string; b: string }[];
};

const specIds = [
  ...Object.values(spec.countries).flatMap((regions) => regions.map((region) => region.id)),
  ...spec.wholeCountries.map((region) => region.id),
  ...spec.seas.map((region) => region.id),
];
const byId = new Map(map.regions.map((region) => [region.id, region]));

/** Looks a region up by id, failing the test if it is missing. */
function region(id: string): MapRegion {
  const found = byId.get(id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
}

/** Projects lon/lat independently of the build, from the parameters stored in the asset. */
const projection = geoConicEqualArea()
  .parallels(map.projection.parallels)
  .rotate(map.projection.rotate)
  .scale(map.projection.scale)
  .translate(map.projection.translate);

describe('map asset: points of interest', () => {
  it.each(Object.entries(spec.expectedRegionOfPoint))('%s lies in %s', (poi, expected) => {
    const lonLat = spec.pointsOfInterest[poi];
    expect(lonLat, `spec has coordinates for ${poi}`).toBeDefined();
    const [x, y] = projection(lonLat!)!;
    expect(regionAt(map, x, y)).toBe(expected);
  });

  it('stores each point of interest projected and tagged with its expected region', () => {
    for (const [id, lonLat] of Object.entries(spec.pointsOfInterest)) {
      const [x, y] = projection(lonLat)!;
      const poi = map.poi[id];
      expect(poi).toBeDefined();
      expect(Math.abs(poi!.x - x)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(poi!.y - y)).toBeLessThanOrEqual(0.05);
      expect(poi!.region).toBe(spec.expectedRegionOfPoint[id]);
    }
  });
});

describe('map asset: regions', () => {
  it('has exactly the 21 regions of the spec', () => {
    expect(specIds).toHaveLength(21);
    expect(map.regions.map((r) => r.id).sort()).toEqual([...specIds].sort());
  });

  it.each(specIds)('%s has integer polygons inside a valid bbox', (id) => {
    const { polys, bbox, label } = region(id);
    expect(polys.length).toBeGreaterThan(0);
    const [x0, y0, x1, y1] = bbox;
    expect(x0).toBeLessThan(x1);
    expect(y0).toBeLessThan(y1);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(map.width);
    expect(y1).toBeLessThanOrEqual(map.height);
    for (const ring of polys.flat()) {
      expect(ring.length % 2).toBe(0);
      expect(ring.length).toBeGreaterThanOrEqual(6);
      ring.forEach((value, i) => {
        expect(Number.isInteger(value)).toBe(true);
        const [low, high] = i % 2 === 0 ? [x0, x1] : [y0, y1];
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
      });
    }
    expect(label[0]).toBeGreaterThanOrEqual(x0);
    expect(label[0]).toBeLessThanOrEqual(x1);
    expect(label[1]).toBeGreaterThanOrEqual(y0);
    expect(label[1]).toBeLessThanOrEqual(y1);
  });

  it('gives the tiny Hong Kong & Macau region a marker hit circle', () => {
    expect(region('hong-kong-macau').marker).toBeDefined();
  });
});

describe('map asset: neighbours', () => {
  it('are symmetric, sorted, known ids and never the region itself', () => {
    for (const { id, neighbours } of map.regions) {
      expect(neighbours).not.toContain(id);
      expect(neighbours).toEqual([...neighbours].sort());
      for (const other of neighbours) expect(region(other).neighbours).toContain(id);
    }
  });

  it('follow the shared land borders', () => {
    expect(region('european-russia').neighbours).toEqual(
      expect.arrayContaining(['ukraine', 'western-siberia', 'yamal']),
    );
    expect(region('north-china').neighbours).toEqual(
      expect.arrayContaining(['mongolia', 'heilongjiang', 'jilin-liaoning', 'west-china', 'south-china']),
    );
    expect(region('heilongjiang').neighbours).toContain('outer-manchuria');
    expect(region('north-korea').neighbours).toEqual(['jilin-liaoning', 'outer-manchuria']);
    expect(region('european-russia').neighbours).not.toContain('north-china');
  });

  it('include the declared links across water', () => {
    expect(links.links.length).toBeGreaterThan(0);
    for (const { a, b } of links.links) expect(region(a).neighbours).toContain(b);
    expect(region('germany').neighbours).toEqual(['european-russia']);
  });

  it('reach every region from european-russia and north-china', () => {
    const seen = new Set(['european-russia', 'north-china']);
    const queue = [...seen];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const next of region(id).neighbours) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...specIds].sort());
  });
});

describe('regionAt on synthetic shapes', () => {
  const square = (x0: number, y0: number, x1: number, y1: number): number[] => [
    x0,
    y0,
    x1,
    y0,
    x1,
    y1,
    x0,
    y1,
  ];
  const synthetic: MapAsset = {
    version: 1,
    source: 'test',
    title: 'Shapes',
    tagline: 'Synthetic shapes for the hit test',
    description: 'Test map with {regions}',
    startingRegions: ['donut'],
    groups: {
      russia: { open: '#e8876a', cleared: '#b5482f' },
      china: { open: '#f3cf7a', cleared: '#c9952a' },
      disputed: { open: '#c3b1e1', cleared: '#8666b8' },
    },
    width: 100,
    height: 100,
    projection: {
      type: 'conicEqualArea',
      parallels: [35, 65],
      rotate: [-100, 0],
      scale: 1,
      translate: [0, 0],
    },
    regions: [
      {
        id: 'donut',
        name: 'Donut',
        group: 'russia',
        label: [1, 1],
        bbox: [0, 0, 10, 10],
        polys: [[square(0, 0, 10, 10), square(3, 3, 7, 7)]],
        neighbours: [],
      },
      {
        id: 'block',
        name: 'Block',
        group: 'china',
        label: [25, 5],
        bbox: [20, 0, 30, 10],
        polys: [[square(20, 0, 30, 10)]],
        neighbours: [],
      },
      {
        id: 'speck',
        name: 'Speck',
        group: 'disputed',
        label: [50, 50],
        bbox: [50, 50, 51, 51],
        polys: [[[50, 50, 51, 50, 51, 51]]],
        neighbours: [],
        marker: { x: 50, y: 50, r: 5 },
      },
    ],
    background: [],
    poi: {},
  };

  it('finds a point inside the outer ring and outside the hole', () => {
    expect(regionAt(synthetic, 1.5, 5)).toBe('donut');
    expect(regionAt(synthetic, 25, 5)).toBe('block');
  });

  it('does not count a point inside a hole as inside the region', () => {
    expect(regionAt(synthetic, 5, 5, 1)).toBeNull();
    expect(regionAt(synthetic, 5, 5, 2.5)).toBe('donut');
  });

  it('hits a marker circle around a tiny region', () => {
    expect(regionAt(synthetic, 53, 52)).toBe('speck');
    expect(regionAt(synthetic, 56, 50, 0)).toBeNull();
  });

  it('falls back to the nearest region edge within the tolerance', () => {
    expect(regionAt(synthetic, 12, 5)).toBe('donut');
    expect(regionAt(synthetic, 17, 5)).toBe('block');
    expect(regionAt(synthetic, 15, 5, 4)).toBeNull();
  });

  it('returns null for a miss', () => {
    expect(regionAt(synthetic, 90, 90)).toBeNull();
  });

  it('has ring helpers that agree with the even-odd rule and Euclidean distance', () => {
    const ring = square(0, 0, 10, 10);
    expect(pointInRing(ring, 5, 5)).toBe(true);
    expect(pointInRing(ring, 15, 5)).toBe(false);
    expect(distanceToRing(ring, 15, 5)).toBe(5);
    expect(distanceToRing(ring, 5, 4)).toBe(4);
    expect(distanceToRing(ring, 13, 14)).toBe(5);
  });
});

/** A region spec file's note and cuts, as far as comparing the project copy with ../shared's needs. */
interface SpecFile {
  about: string;
  countries: Record<string, { id: string; cut?: [number, number][] }[]>;
}

/** Reads a region spec file. */
function readSpec(file: string): SpecFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SpecFile;
}

/** The fields the project's map spec adds to the shared one: the map's subject. */
type SubjectFields = Record<'title' | 'tagline' | 'description' | 'startingRegions' | 'groups', unknown>;

describeWithShared('tools/map-regions.json, the project copy of ../shared/data/map-regions.json', () => {
  it('differs only in its note, its subject fields and north-china reaching 126°E instead of 125°E', () => {
    const shared = readSpec(sharedPath('data', 'map-regions.json'));
    const project = readSpec(path.resolve(projectRoot, 'tools/map-regions.json'));
    expect(project.about).toContain('Project copy of ../shared/data/map-regions.json with two changes');
    const northChina = project.countries.China?.find((region) => region.id === 'north-china');
    expect(northChina?.cut).toEqual([
      [95, 34],
      [95, 55],
      [126, 55],
      [126, 34],
    ]);
    // The subject (title, tagline, description, starting regions, group colours) is the project's own data.
    const { title, tagline, description, startingRegions, groups, ...geography } = project as SpecFile &
      SubjectFields;
    expect([title, tagline, description, startingRegions, groups].every((field) => field !== undefined)).toBe(
      true,
    );
    const undone: SpecFile = {
      ...geography,
      about: shared.about,
      countries: {
        ...project.countries,
        China: (project.countries.China ?? []).map((region) =>
          region.id === 'north-china'
            ? {
                ...region,
                cut: region.cut?.map(([lon, lat]) => [lon === 126 ? 125 : lon, lat] as [number, number]),
              }
            : region,
        ),
      },
    };
    expect(undone).toEqual(shared);
  });
});
