import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { neighbourGraph, parseMapAsset } from '../../../src/core/map/parseMapAsset';
import type { MapAsset } from '../../../src/core/map/mapTypes';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A fresh copy of the real map asset, safe to modify. */
function realMap(): Record<string, unknown> & { regions: Record<string, unknown>[] } {
  return JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/map.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    regions: Record<string, unknown>[];
  };
}

describe('parseMapAsset on the real assets/map.json', () => {
  it('parses with no problems', () => {
    const result = parseMapAsset(realMap());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('keeps the regions, with the starting regions among them', () => {
    const result = parseMapAsset(realMap());
    if (!result.ok) throw new Error('map did not parse');
    const ids = result.value.regions.map((region) => region.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(result.value.startingRegions).toEqual(['european-russia', 'north-china']);
    for (const start of result.value.startingRegions) expect(ids).toContain(start);
  });

  it('has a symmetric neighbour graph over its own regions', () => {
    const result = parseMapAsset(realMap());
    if (!result.ok) throw new Error('map did not parse');
    const graph = neighbourGraph(result.value);
    expect(Object.keys(graph).sort()).toEqual(result.value.regions.map((r) => r.id).sort());
    for (const [id, neighbours] of Object.entries(graph)) {
      for (const neighbour of neighbours) expect(graph[neighbour], `${neighbour} lists ${id}`).toContain(id);
    }
  });
});

describe('parseMapAsset on damaged maps', () => {
  it('reports a neighbour id that is not a region of the map', () => {
    const map = realMap();
    const index = 2;
    const region = map.regions[index]!;
    region.neighbours = [...(region.neighbours as string[]), 'atlantis'];
    const result = parseMapAsset(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: 'assets/map.json',
        path: `regions[${index}].neighbours`,
        message: expect.stringContaining('"atlantis"'),
      },
    ]);
  });

  it('reports a missing regions field with its path', () => {
    const map: Record<string, unknown> = realMap();
    delete map.regions;
    const result = parseMapAsset(map, 'map.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'map.json', path: 'regions' });
    expect(result.problems[0]?.message).toMatch(/missing/);
  });

  it('reports a wrong field deep inside a region by its path', () => {
    const map = realMap();
    map.regions[0]!.group = 'ocean';
    const result = parseMapAsset(map);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['regions[0].group']);
  });

  it('reports a group the map does not list, naming the group', () => {
    const map = realMap();
    const groups = { ...(map.groups as Record<string, unknown>) };
    delete groups.sea;
    const index = map.regions.findIndex((region) => region.group === 'sea');
    const result = parseMapAsset({ ...map, groups });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          file: 'assets/map.json',
          path: `regions[${index}].group`,
          message: expect.stringContaining('"sea"'),
        },
      ]);
  });

  it('reports a starting region that is not a region of the map', () => {
    const result = parseMapAsset({ ...realMap(), startingRegions: ['european-russia', 'atlantis'] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          file: 'assets/map.json',
          path: 'startingRegions[1]',
          message: expect.stringContaining('"atlantis"'),
        },
      ]);
  });

  it('rejects a map with no starting region', () => {
    const result = parseMapAsset({ ...realMap(), startingRegions: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['startingRegions']);
  });

  it('reports a colour that is not #rrggbb by its path', () => {
    const map = realMap();
    const result = parseMapAsset({
      ...map,
      groups: { ...(map.groups as Record<string, unknown>), china: { open: 'yellow', cleared: '#c9952a' } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { file: 'assets/map.json', path: 'groups.china.open', message: 'must be a colour written #rrggbb' },
      ]);
  });

  it('reports a description with nowhere to put the number of regions', () => {
    const result = parseMapAsset({ ...realMap(), description: 'Map of Eurasia' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(['description']);
      expect(result.problems[0]?.message).toContain('{regions}');
    }
  });

  it('reports a missing title as missing', () => {
    const map: Record<string, unknown> = realMap();
    delete map.title;
    const result = parseMapAsset(map);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([{ file: 'assets/map.json', path: 'title', message: 'is missing' }]);
  });

  it('rejects something that is not a map at all', () => {
    for (const raw of [null, 'map', [], 3]) {
      const result = parseMapAsset(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.file).toBe('assets/map.json');
    }
  });

  it('rejects a map with no regions', () => {
    const result = parseMapAsset({ ...realMap(), regions: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('regions');
  });
});

describe('neighbourGraph', () => {
  it('maps each region id to its neighbour list', () => {
    const map = {
      regions: [
        { id: 'a', neighbours: ['b'] },
        { id: 'b', neighbours: ['a', 'c'] },
        { id: 'c', neighbours: ['b'] },
      ],
    } as unknown as MapAsset;
    expect(neighbourGraph(map)).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'] });
  });
});
