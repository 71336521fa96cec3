import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestOnLine } from '../../../src/core/map/lineDistance';
import { mapToLonLat } from '../../../src/core/map/projection';
import { ROOT, builtInMapQuestions, realMap } from '../../support/builtInBank';

/** The history asset as committed (its rivers' and pipelines' polylines, in map units). */
const history = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/history.json'), 'utf8')) as {
  rivers: { id: string; stretches: { kind: string; points: number[] }[] }[];
  pipelines: { id: string; lines: { points: number[] }[] }[];
};
const map = realMap();

/** The drawn polylines of a history feature `kind:id`, as lon/lat lines. */
function featureLines(feature: string): [number, number][][] {
  const [kind, id] = feature.split(':');
  const flat =
    kind === 'river'
      ? history.rivers.find((river) => river.id === id)?.stretches.map((stretch) => stretch.points)
      : history.pipelines.find((pipeline) => pipeline.id === id)?.lines.map((line) => line.points);
  return (flat ?? []).map((points) =>
    Array.from({ length: points.length / 2 }, (_, i) =>
      mapToLonLat(map.projection, points[2 * i]!, points[2 * i + 1]!),
    ),
  );
}

describe('the line targets of the built-in bank', () => {
  const lines = builtInMapQuestions().filter((question) => 'line' in question.target);

  it('are five to seven, each naming the history feature it was taken from', () => {
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(7);
    for (const question of lines) expect((question.target as { feature?: string }).feature).toBeTruthy();
  });

  it('lie on the geometry of that feature in assets/history.json, every point within 2 km', () => {
    const off: string[] = [];
    for (const question of lines) {
      const target = question.target as { line: [number, number][]; feature: string };
      const drawn = featureLines(target.feature);
      expect(drawn.length, target.feature).toBeGreaterThan(0);
      for (const point of target.line) {
        const km = Math.min(...drawn.map((line) => nearestOnLine(line, point).km));
        if (km > 2)
          off.push(`${question.id}: ${point.join(', ')} is ${km.toFixed(1)} km off ${target.feature}`);
      }
    }
    expect(off).toEqual([]);
  });
});
