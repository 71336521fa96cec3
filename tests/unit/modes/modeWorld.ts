import fs from 'node:fs';
import path from 'node:path';
import type { MapAsset } from '../../../src/core/map/mapTypes';
import type { MapClickQuestion, Question } from '../../../src/core/model/pack';

/** The generated map, as the game loads it. */
export const MAP = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../assets/map.json'), 'utf8'),
) as MapAsset;

/** A place question with a named point target, as the bank writes them. */
export function placeQuestion(
  id: string,
  name: string | undefined,
  point: [number, number],
  region?: string,
  radiusKm?: number,
): MapClickQuestion {
  return {
    id,
    type: 'mapclick',
    ...(region ? { region } : {}),
    prompt: `Click ${name ?? id}.`,
    target: { point, ...(radiusKm ? { radiusKm } : {}), ...(name ? { name } : {}) },
    explanation: 'Test explanation.',
    source: 'test-source',
    difficulty: 2,
    tags: ['test'],
  };
}

/** Harbin, Kyiv (named twice, as two questions could) and an unnamed point. */
export const PLACE_QUESTIONS: Question[] = [
  placeQuestion('harbin-q', 'Harbin, on the Songhua river', [126.63, 45.75], 'heilongjiang'),
  placeQuestion('kyiv-q', 'Kyiv, on the Dnipro', [30.52, 50.45], 'ukraine', 120),
  placeQuestion('kyiv-again', 'Kyiv', [30.52, 50.45], 'ukraine'),
  placeQuestion('unnamed', undefined, [100, 40]),
];
