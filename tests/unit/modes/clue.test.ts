import { describe, expect, it } from 'vitest';
import { nameItClue } from '../../../src/core/modes/clue';
import type { ModeTarget } from '../../../src/core/modes/targets';

const REGIONS = [
  { id: 'mongolia', name: 'Mongolia', neighbours: ['north-china', 'eastern-siberia', 'west-china'] },
  { id: 'north-china', name: 'North China & Inner Mongolia', neighbours: ['mongolia'] },
  { id: 'eastern-siberia', name: 'Eastern Siberia', neighbours: ['mongolia'] },
  { id: 'west-china', name: 'West China', neighbours: ['mongolia'] },
  { id: 'taiwan', name: 'Taiwan', neighbours: [] },
];

const region = (regionId: string, name: string): ModeTarget => ({
  kind: 'region',
  id: `region:${regionId}`,
  regionId,
  name,
  accepted: [name],
});

describe('Name it’s clue for a screen reader', () => {
  it('names a region’s neighbours, never the region', () => {
    const clue = nameItClue(region('mongolia', 'Mongolia'), REGIONS);
    expect(clue).toBe(
      'The highlighted region borders North China & Inner Mongolia, Eastern Siberia and West China.',
    );
    expect(nameItClue(region('north-china', 'North China & Inner Mongolia'), REGIONS)).toBe(
      'The highlighted region borders Mongolia.',
    );
    expect(nameItClue(region('taiwan', 'Taiwan'), REGIONS)).toBe(
      'The highlighted region borders no other region of the game.',
    );
  });

  it('names a place’s region, never the place', () => {
    const harbin: ModeTarget = {
      kind: 'place',
      id: 'place:harbin',
      name: 'Harbin',
      description: 'Harbin, on the Songhua river',
      point: [126.6, 45.8],
      regionId: 'north-china',
      accepted: ['Harbin'],
    };
    expect(nameItClue(harbin, REGIONS)).toBe('The marked place is in North China & Inner Mongolia.');
    const { regionId: _dropped, ...outside } = harbin;
    expect(nameItClue(outside, REGIONS)).toBe('The marked place is outside the game’s regions.');
  });
});
