import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HistoryAsset } from '../../../src/core/map/history';
import { HOLDER_COLOURS, OTHER_HOLDER_COLOUR, holderHexColour } from '../../../src/core/map/holderColours';
import type { MapAsset } from '../../../src/core/map/mapTypes';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const readAsset = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets', name), 'utf8')) as T;

describe('the holder colours', () => {
  it('give every holder of the history asset its own colour', () => {
    const holders = readAsset<HistoryAsset>('history.json').holders.map((holder) => holder.id);
    const colours = holders.map(holderHexColour);
    expect(colours).not.toContain(OTHER_HOLDER_COLOUR);
    expect(new Set(colours).size).toBe(holders.length);
  });

  it('differ from every colour of the region game', () => {
    const groups = Object.values(readAsset<MapAsset>('map.json').groups);
    const regionColours = new Set(groups.flatMap((group) => [group.open, group.cleared]));
    for (const colour of Object.values(HOLDER_COLOURS)) expect(regionColours.has(colour)).toBe(false);
  });

  it('fall back to pale grey for a holder the scheme does not name', () => {
    expect(holderHexColour('atlantis')).toBe(OTHER_HOLDER_COLOUR);
  });
});
