import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type LabelObstacle,
  type LabelRequest,
  type ScreenBox,
  boxOnScreen,
  boxesOverlap,
  placeLabels,
} from '../../../src/core/map/labelPlacement';
import { mapPlacesOf, shortPlaceName } from '../../../src/core/map/mapPlaces';
import { parseMapAsset } from '../../../src/core/map/parseMapAsset';
import type { MapAsset } from '../../../src/core/map/mapTypes';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { formatProblem } from '../../../src/core/problems';

const root = path.resolve(import.meta.dirname, '../../..');

/** The real map, checked as the game checks it. */
function realMap(): MapAsset {
  const parsed = parseMapAsset(JSON.parse(fs.readFileSync(path.join(root, 'assets/map.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '));
  return parsed.value;
}

/** Every question of the built-in packs in questions/. */
function builtInQuestions(): Question[] {
  return fs
    .readdirSync(path.join(root, 'questions'))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .flatMap((name) => {
      const file = `questions/${name}`;
      const parsed = parsePack(fs.readFileSync(path.join(root, file), 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '));
      return parsed.value.pack.questions;
    });
}

/** A text box as the game's 13 px label font measures about: 7 px a character plus padding, 18 px high. */
function measured(text: string): { width: number; height: number } {
  return { width: text.length * 7 + 6, height: 18 };
}

const DOT = 4;
const GAP = 2;

/** The screen box of every placed label at `zoom`. */
function placedBoxes(
  labels: readonly LabelRequest[],
  zoom: number,
  obstacles: LabelObstacle[] = [],
  spacing = 0,
) {
  const byId = new Map(labels.map((label) => [label.id, label]));
  return placeLabels(labels, { zoom, dotRadius: DOT, gap: GAP, obstacles, spacing }).map((placed) => {
    const label = byId.get(placed.id)!;
    return {
      id: placed.id,
      box: boxOnScreen(
        label.point,
        [placed.dx, placed.dy, placed.dx + label.width, placed.dy + label.height],
        zoom,
      ),
    };
  });
}

describe('the places on the map', () => {
  const map = realMap();
  const places = mapPlacesOf(builtInQuestions(), map);

  it('are the named places the questions ask about, by short name, and the map’s own points', () => {
    const names = places.map((place) => place.name);
    expect(names).toEqual(expect.arrayContaining(['Harbin', 'Shanghai', 'Spratly Islands', 'Novosibirsk']));
    expect(names).toEqual(expect.arrayContaining(['Moscow', 'Urumqi']));
    expect(new Set(places.map((place) => place.id)).size).toBe(places.length);
    expect(places.find((place) => place.name === 'Moscow')?.questions).toBe(0);
    expect(places.find((place) => place.name === 'Harbin')?.questions).toBeGreaterThan(0);
  });

  it('give one dot for a city that a question and the map both place', () => {
    expect(places.filter((place) => place.name === 'Beijing')).toHaveLength(1);
    expect(places.some((place) => place.id === 'beijing' && place.questions > 0)).toBe(true);
    // Heihe lies across the Amur from Blagoveshchensk, closer than a dot: one of them is drawn.
    expect(places.filter((place) => ['Heihe', 'Blagoveshchensk'].includes(place.name))).toHaveLength(1);
  });

  it('are named by the part of the question’s name before its first comma, without a leading "the"', () => {
    expect(shortPlaceName('Harbin, on the Songhua river')).toBe('Harbin');
    expect(shortPlaceName('the Spratly Islands')).toBe('Spratly Islands');
    expect(shortPlaceName('Beijing')).toBe('Beijing');
  });
});

describe('placeLabels', () => {
  const map = realMap();
  const places = mapPlacesOf(builtInQuestions(), map);
  const labels: LabelRequest[] = places.map((place) => ({
    id: place.id,
    point: place.point,
    priority: place.questions,
    ...measured(place.name),
  }));
  // The regions' names, as the map draws them, are obstacles.
  const regionNames: LabelObstacle[] = map.regions.map((region) => {
    const { width, height } = measured(region.name);
    return { point: region.label, box: [-width / 2, -height / 2, width / 2, height / 2] };
  });
  // From a phone's whole map (about 0.17 px a map unit) to the desktop's closest zoom.
  const zooms = [0.17, 0.3, 0.45, 0.9, 1.6, 2.4];

  for (const zoom of zooms) {
    it(`places no two labels of the real bank over each other, a dot or a region’s name at zoom ${zoom}`, () => {
      const placed = placedBoxes(labels, zoom, regionNames);
      expect(placed.length).toBeGreaterThan(0);
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          expect(boxesOverlap(placed[i]!.box, placed[j]!.box), `${placed[i]!.id} and ${placed[j]!.id}`).toBe(
            false,
          );
        }
        for (const label of labels) {
          const dot = boxOnScreen(label.point, [-DOT, -DOT, DOT, DOT], zoom);
          expect(boxesOverlap(placed[i]!.box, dot), `${placed[i]!.id} over the dot of ${label.id}`).toBe(
            false,
          );
        }
        for (const obstacle of regionNames) {
          expect(boxesOverlap(placed[i]!.box, boxOnScreen(obstacle.point, obstacle.box, zoom))).toBe(false);
        }
      }
    });
  }

  it('shows more labels as the map zooms in, and nearly all at the closest zoom', () => {
    const counts = zooms.map((zoom) => placedBoxes(labels, zoom, regionNames, 60).length);
    expect(counts[0]!).toBeLessThan(labels.length / 2);
    expect(counts[counts.length - 1]!).toBeGreaterThan(counts[0]!);
    expect(counts[counts.length - 1]!).toBeGreaterThanOrEqual(Math.floor(labels.length * 0.9));
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]! - 1);
  });

  it('gives the room to the label of higher priority and keeps the same result wherever the map is panned', () => {
    const a: LabelRequest = { id: 'a', point: [100, 100], width: 60, height: 18, priority: 1 };
    const b: LabelRequest = { id: 'b', point: [104, 100], width: 60, height: 18, priority: 5 };
    const crowd: LabelRequest[] = [
      a,
      b,
      { ...a, id: 'c', point: [100, 96] },
      { ...a, id: 'd', point: [100, 104] },
    ];
    const placed = placeLabels(crowd, { zoom: 1, dotRadius: DOT, gap: GAP });
    expect(placed[0]?.id).toBe('b');
    const moved = crowd.map((label): LabelRequest => ({
      ...label,
      point: [label.point[0] + 500, label.point[1] - 300],
    }));
    expect(placeLabels(moved, { zoom: 1, dotRadius: DOT, gap: GAP })).toEqual(placed);
  });

  it('labels no two dots closer than the spacing', () => {
    const a: LabelRequest = { id: 'a', point: [0, 0], width: 20, height: 10, priority: 2 };
    const b: LabelRequest = { id: 'b', point: [0, 100], width: 20, height: 10, priority: 1 };
    expect(
      placeLabels([a, b], { zoom: 0.5, dotRadius: DOT, gap: GAP, spacing: 60 }).map((p) => p.id),
    ).toEqual(['a']);
    expect(placeLabels([a, b], { zoom: 1, dotRadius: DOT, gap: GAP, spacing: 60 }).map((p) => p.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('tries the other sides of a dot before giving up, and leaves out a label with no room', () => {
    const lone: LabelRequest = { id: 'lone', point: [50, 50], width: 40, height: 18, priority: 0 };
    const rightBlocked: LabelObstacle = { point: [50, 50], box: [5, -20, 80, 20] };
    expect(placeLabels([lone], { zoom: 1, dotRadius: DOT, gap: GAP })).toEqual([
      { id: 'lone', dx: DOT + GAP, dy: -9 },
    ]);
    const [left] = placeLabels([lone], { zoom: 1, dotRadius: DOT, gap: GAP, obstacles: [rightBlocked] });
    expect(left!.dx).toBeLessThan(0);
    const everywhere: LabelObstacle = { point: [50, 50], box: [-100, -100, 100, 100] };
    expect(placeLabels([lone], { zoom: 1, dotRadius: DOT, gap: GAP, obstacles: [everywhere] })).toEqual([]);
  });

  it('keeps labels off a numbered mark or answer pin', () => {
    const mark: LabelObstacle = { point: [300, 300], box: [-13, -13, 13, 13] as ScreenBox };
    const near: LabelRequest = { id: 'near', point: [290, 300], width: 50, height: 18, priority: 0 };
    const [placed] = placeLabels([near], { zoom: 1, dotRadius: DOT, gap: GAP, obstacles: [mark] });
    const box = boxOnScreen(near.point, [placed!.dx, placed!.dy, placed!.dx + 50, placed!.dy + 18], 1);
    expect(boxesOverlap(box, boxOnScreen(mark.point, mark.box, 1))).toBe(false);
  });
});
