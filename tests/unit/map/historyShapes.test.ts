import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HistoryAsset } from '../../../src/core/map/history';
import {
  areaParts,
  partsArea,
  partsBox,
  recognisedHolderAt,
  ringArea,
  tinyAreaDot,
} from '../../../src/core/map/historyShapes';
import type { MapAsset } from '../../../src/core/map/mapTypes';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const readAsset = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets', name), 'utf8')) as T;
const history = readAsset<HistoryAsset>('history.json');
const map = readAsset<MapAsset>('map.json');
const area = (id: string) => history.areas.find((candidate) => candidate.id === id)!;

describe('areaParts', () => {
  it('gives an area its own polygons, its region’s, or none for a marker', () => {
    expect(areaParts(area('ussuri-to-sea'), map.regions)).toBe(
      (area('ussuri-to-sea').shape as { polys: unknown }).polys,
    );
    expect(areaParts(area('outer-mongolia'), map.regions)).toBe(
      map.regions.find((region) => region.id === 'mongolia')!.polys,
    );
    expect(areaParts(area('tuva'), map.regions)).toBeNull();
    expect(areaParts(area('crimea'), [])).toBeNull();
  });
});

describe('ringArea and partsArea', () => {
  it('measure a square either way round, less its hole', () => {
    const square = [0, 0, 10, 0, 10, 10, 0, 10];
    expect(ringArea(square)).toBe(100);
    expect(ringArea([0, 0, 0, 10, 10, 10, 10, 0])).toBe(100);
    expect(partsArea([[square, [2, 2, 4, 2, 4, 4, 2, 4]], [[20, 0, 22, 0, 22, 2]]])).toBe(100 - 4 + 2);
  });
});

describe('recognisedHolderAt', () => {
  it('names Ukraine for Crimea from 2014, when its holding by Russia is not recognised', () => {
    expect(recognisedHolderAt(history, 'crimea', 2013)).toBeNull();
    expect(recognisedHolderAt(history, 'crimea', 2014)).toBe('ukraine');
    expect(recognisedHolderAt(history, 'crimea', 2030)).toBe('ukraine');
  });

  it('is null for recognised changes of holder', () => {
    expect(recognisedHolderAt(history, 'left-bank-amur', 1900)).toBeNull();
    expect(recognisedHolderAt(history, 'hong-kong', 2000)).toBeNull();
  });

  it('ends when a later recognised change settles the holding', () => {
    const settled: HistoryAsset = {
      ...history,
      events: [
        ...history.events,
        {
          ...history.events[history.events.length - 1]!,
          id: 'settled-2040',
          date: '2040',
          changes: [{ area: 'crimea', from: 'russia', to: 'ukraine' }],
        },
      ],
    };
    expect(recognisedHolderAt(settled, 'crimea', 2030)).toBe('ukraine');
    expect(recognisedHolderAt(settled, 'crimea', 2041)).toBeNull();
  });
});

describe('partsBox', () => {
  it('boxes the outer rings of every part', () => {
    expect(partsBox([[[0, 5, 4, 5, 4, 9]], [[10, -2, 12, 0, 11, 3]]])).toEqual([0, -2, 12, 9]);
  });
});

describe('tinyAreaDot', () => {
  it('marks Hong Kong, too small to see at the whole-map zoom, and no larger area', () => {
    expect(tinyAreaDot(area('hong-kong'))).toEqual((area('hong-kong').shape as { label: unknown }).label);
    expect(tinyAreaDot(area('south-sakhalin'))).toBeNull();
    expect(tinyAreaDot(area('outer-mongolia'))).toBeNull();
    expect(tinyAreaDot(area('tuva'))).toBeNull();
  });
});
