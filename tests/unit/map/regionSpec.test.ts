import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../support/shared';

/** The region spec's shape, as far as this comparison needs it. */
interface RegionSpec {
  about: string;
  countries: Record<string, { id: string; cut?: [number, number][] }[]>;
}

/** Reads a region spec file. */
function readSpec(file: string): RegionSpec {
  return JSON.parse(readFileSync(file, 'utf8')) as RegionSpec;
}

describeWithShared('tools/map-regions.json, the project copy of ../shared/data/map-regions.json', () => {
  it('differs only in its note and in north-china reaching 126°E instead of 125°E', () => {
    const shared = readSpec(sharedPath('data', 'map-regions.json'));
    const project = readSpec('tools/map-regions.json');
    expect(project.about).toContain('Project copy of ../shared/data/map-regions.json with one change');
    const northChina = project.countries.China?.find((region) => region.id === 'north-china');
    expect(northChina?.cut).toEqual([
      [95, 34],
      [95, 55],
      [126, 55],
      [126, 34],
    ]);
    const undone: RegionSpec = {
      ...project,
      about: shared.about,
      countries: {
        ...project.countries,
        China: (project.countries.China ?? []).map((region) =>
          region.id === 'north-china'
            ? {
                ...region,
                cut: region.cut?.map(([lon, lat]) => [lon === 126 ? 125 : lon, lat] as [number, number]),
              }
            : region,
        ),
      },
    };
    expect(undone).toEqual(shared);
  });
});
