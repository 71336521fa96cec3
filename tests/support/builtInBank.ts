import fs from 'node:fs';
import path from 'node:path';
import { parseMapAsset } from '../../src/core/map/parseMapAsset';
import type { MapAsset } from '../../src/core/map/mapTypes';
import type { MapClickQuestion, Pack } from '../../src/core/model/pack';
import { parsePack } from '../../src/core/packs/parsePack';
import { formatProblem } from '../../src/core/problems';

/** The project root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The real map, checked as the game checks it. */
export function realMap(): MapAsset {
  const parsed = parseMapAsset(JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/map.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '));
  return parsed.value;
}

/** The built-in packs in `questions/`, parsed as the game parses them, in file order. */
export function builtInPacks(): Pack[] {
  return fs
    .readdirSync(path.join(ROOT, 'questions'))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => {
      const parsed = parsePack(fs.readFileSync(path.join(ROOT, 'questions', name), 'utf8'), name);
      if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('; '));
      return parsed.value.pack;
    });
}

/** Every map-click question of the built-in packs. */
export function builtInMapQuestions(): MapClickQuestion[] {
  return builtInPacks()
    .flatMap((pack) => pack.questions)
    .filter((question): question is MapClickQuestion => question.type === 'mapclick');
}
