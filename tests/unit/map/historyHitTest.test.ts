import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HistoryAsset } from '../../../src/core/map/history';
import {
  HISTORY_LAYERS,
  type HistoryDisplay,
  type HistoryLayerId,
} from '../../../src/core/map/historyDisplay';
import { distanceToPolyline, featureAt } from '../../../src/core/map/historyHitTest';
import type { MapAsset, MapPoint } from '../../../src/core/map/mapTypes';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const readAsset = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets', name), 'utf8')) as T;

const history = readAsset<HistoryAsset>('history.json');
const map = readAsset<MapAsset>('map.json');

/** A display of the given layers (all by default) at a year, nothing selected. */
function display(year: number, layers: readonly HistoryLayerId[] = HISTORY_LAYERS): HistoryDisplay {
  return { year, layers: new Set(layers), selected: null };
}

/** The tolerance the map uses at its whole-map zoom (a few pixels, a few map units). */
const TOLERANCE = 4;

const at = (point: MapPoint, shown: HistoryDisplay, tolerance = TOLERANCE) =>
  featureAt(history, shown, point, tolerance, map.regions);

/** A point on the Amur's border stretch (between Blagoveshchensk and Khabarovsk), one unit off the line. */
const ON_AMUR: MapPoint = [1584.8, 769.6];
/** Halfway between Lensk and Olyokminsk on Power of Siberia 1, far from any river. */
const ON_POWER_OF_SIBERIA_1: MapPoint = [1356.05, 559.9];
/** Inside the land east of the Ussuri, ceded in 1860, away from its rivers. */
const INSIDE_PEKING_CESSION: MapPoint = [1682.7, 765.7];
/** Inside the north bank of the Amur, ceded in 1858. */
const INSIDE_AIGUN_CESSION: MapPoint = [1561.6, 679.9];
/** Open sea south of India, far from every feature. */
const OVER_NOTHING: MapPoint = [700, 1750];

describe('the history hit test', () => {
  it('finds the Amur at a click next to its border stretch', () => {
    expect(at(ON_AMUR, display(2020))).toBe('river:amur');
  });

  it('finds Power of Siberia 1 on its route between Lensk and Olyokminsk', () => {
    expect(at(ON_POWER_OF_SIBERIA_1, display(2020))).toBe('pipeline:power-of-siberia-1');
  });

  it('finds no pipeline or plant before the year it opened: in 1900 the route is empty land', () => {
    expect(at(ON_POWER_OF_SIBERIA_1, display(2018, ['pipelines']))).toBeNull();
    expect(at(ON_POWER_OF_SIBERIA_1, display(2019, ['pipelines']))).toBe('pipeline:power-of-siberia-1');
    const sabetta = history.places.find((place) => place.id === 'sabetta')!;
    expect(at([sabetta.x, sabetta.y], display(1900, ['places']))).toBeNull();
    expect(at([sabetta.x, sabetta.y], display(2017, ['places']))).toBe('point:yamal-lng');
  });

  it('finds the ceded land inside each cession, before the area drawn with the same outline', () => {
    expect(at(INSIDE_PEKING_CESSION, display(1700))).toBe('cession:peking-1860');
    expect(at(INSIDE_AIGUN_CESSION, display(2020))).toBe('cession:aigun-1858');
  });

  it('finds the area instead when only the borders are shown', () => {
    expect(at(INSIDE_PEKING_CESSION, display(1700, ['borders']))).toBe('area:ussuri-to-sea');
  });

  it('finds nothing over the open sea', () => {
    expect(at(OVER_NOTHING, display(2020))).toBeNull();
  });

  it('ignores the layers that are hidden', () => {
    const noLines = display(2020, ['borders', 'cessions', 'places']);
    expect(at(ON_POWER_OF_SIBERIA_1, noLines)).toBeNull();
    expect(at(ON_AMUR, display(2020, ['pipelines', 'places']))).toBeNull();
    expect(at(INSIDE_PEKING_CESSION, display(1700, ['rivers', 'pipelines', 'places']))).toBeNull();
  });

  it('misses a line beyond the tolerance and finds it within a larger one (a zoomed-out map)', () => {
    const near: MapPoint = [ON_POWER_OF_SIBERIA_1[0], ON_POWER_OF_SIBERIA_1[1] + 10];
    const linesOnly = display(2020, ['pipelines']);
    expect(at(near, linesOnly, 4)).toBeNull();
    expect(at(near, linesOnly, 12)).toBe('pipeline:power-of-siberia-1');
  });

  it('prefers a point feature over the line and land around it', () => {
    const sabetta = history.places.find((place) => place.id === 'sabetta')!;
    expect(at([sabetta.x + 1, sabetta.y], display(2020))).toBe('point:yamal-lng');
    expect(at([sabetta.x + 1, sabetta.y], display(2020, ['borders', 'rivers']))).toBeNull();
  });

  it('takes the nearer of two lines that both pass within the tolerance', () => {
    // Blagoveshchensk: Power of Siberia 1 ends at the town, on the Amur's bank.
    const town = history.places.find((place) => place.id === 'blagoveshchensk')!;
    const pipe = history.pipelines.find((pipeline) => pipeline.id === 'power-of-siberia-1')!;
    const amur = history.rivers.find((river) => river.id === 'amur')!;
    const point: MapPoint = [town.x, town.y];
    const toPipe = Math.min(...pipe.lines.map((line) => distanceToPolyline(line.points, ...point)));
    const toAmur = Math.min(...amur.stretches.map((stretch) => distanceToPolyline(stretch.points, ...point)));
    expect(Math.max(toPipe, toAmur)).toBeLessThanOrEqual(8);
    expect(at(point, display(2020, ['rivers', 'pipelines']), 8)).toBe(
      toPipe < toAmur ? 'pipeline:power-of-siberia-1' : 'river:amur',
    );
  });

  it('finds areas drawn as a base-map region (Mongolia) and as a marker (Tuva) only while covered', () => {
    const mongolia = map.regions.find((region) => region.id === 'mongolia')!;
    expect(at(mongolia.label, display(1950, ['borders']))).toBe('area:outer-mongolia');
    const tuva = history.areas.find((area) => area.id === 'tuva')!;
    if (!('marker' in tuva.shape)) throw new Error('Tuva is drawn as a marker');
    const kyzyl: MapPoint = [tuva.shape.marker.x, tuva.shape.marker.y];
    expect(at(kyzyl, display(1950, ['borders']))).toBe('area:tuva');
    // Before 1921 the time line does not cover Tuva: its marker is not drawn, so it is not hit.
    expect(at(kyzyl, display(1900, ['borders']))).not.toBe('area:tuva');
  });

  it('finds Hong Kong by the dot beside its tiny outline, and Macau by its marker', () => {
    const hongKong = history.areas.find((area) => area.id === 'hong-kong')!;
    if (!('label' in hongKong.shape)) throw new Error('Hong Kong is drawn with its own polygons');
    const [x, y] = hongKong.shape.label;
    expect(at([x + 3, y + 2], display(2000, ['borders']))).toBe('area:hong-kong');
    expect(at([1463.4, 1425.4], display(2000, ['borders']))).toBe('area:macau');
    // Before 1842 the time line does not cover Hong Kong.
    expect(at([x + 3, y + 2], display(1800, ['borders']))).not.toBe('area:hong-kong');
  });

  it('finds Crimea only from 1991, when the time line starts covering it', () => {
    const crimea = map.regions.find((region) => region.id === 'crimea')!;
    expect(at(crimea.label, display(1980, ['borders']))).toBeNull();
    expect(at(crimea.label, display(2015, ['borders']))).toBe('area:crimea');
  });
});

describe('distanceToPolyline', () => {
  it('measures to the nearest segment, not the nearest vertex', () => {
    expect(distanceToPolyline([0, 0, 10, 0, 10, 10], 5, 3)).toBeCloseTo(3);
    expect(distanceToPolyline([0, 0, 10, 0, 10, 10], 13, 5)).toBeCloseTo(3);
  });
});
