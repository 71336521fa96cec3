import { describe, expect, it } from 'vitest';
import { describeMap } from '../../../src/core/map/describeMap';

const REGIONS = [
  { id: 'a', name: 'European Russia' },
  { id: 'b', name: 'North China' },
  { id: 'c', name: 'Mongolia' },
  { id: 'd', name: 'Crimea' },
];

/** The Eurasia map's description, as its spec gives it. */
const DESCRIPTION = 'Map of Eurasia with {regions} of Russia, China and their neighbours';

describe('describeMap', () => {
  it('counts regions by status, taking a missing status as locked', () => {
    expect(
      describeMap({
        description: DESCRIPTION,
        regions: REGIONS,
        statuses: { a: 'open', b: 'cleared' },
        fading: new Set(),
        highlighted: null,
      }),
    ).toBe(
      'Map of Eurasia with 4 regions of Russia, China and their neighbours: 1 open, 1 cleared, 2 locked. The region list offers the same choices.',
    );
  });

  it('says how many cleared regions are fading, ignoring fading marks on regions not cleared', () => {
    const text = describeMap({
      description: DESCRIPTION,
      regions: REGIONS,
      statuses: { a: 'cleared', b: 'cleared', c: 'open', d: 'locked' },
      fading: new Set(['a', 'c']),
      highlighted: null,
    });
    expect(text).toContain(': 1 open, 2 cleared (1 fading), 1 locked.');
  });

  it('names the highlighted region and its state', () => {
    const base = {
      description: DESCRIPTION,
      regions: REGIONS,
      statuses: { a: 'cleared', b: 'open' } as const,
      fading: new Set(['a']),
    };
    expect(describeMap({ ...base, highlighted: 'b' })).toContain('Highlighted: North China, open.');
    expect(describeMap({ ...base, highlighted: 'a' })).toContain(
      'Highlighted: European Russia, cleared, fading.',
    );
    expect(describeMap({ ...base, highlighted: 'c' })).toContain('Highlighted: Mongolia, locked.');
    expect(describeMap({ ...base, highlighted: 'nowhere' })).not.toContain('Highlighted');
  });
});
