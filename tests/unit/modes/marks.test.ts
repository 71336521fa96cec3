import { describe, expect, it } from 'vitest';
import { projectToMap } from '../../../src/core/map/projection';
import { findMarks } from '../../../src/core/modes/marks';
import { type PlaceTarget, modeTargets } from '../../../src/core/modes/targets';
import { MAP, PLACE_QUESTIONS } from './modeWorld';

const TARGETS = modeTargets(MAP.regions, PLACE_QUESTIONS);
const PLACES = TARGETS.filter((target): target is PlaceTarget => target.kind === 'place');
const geometry = { projection: MAP.projection, land: MAP };

describe('Find it marks (the keyboard path)', () => {
  it('offers a region among its neighbours, numbered 1–4, at their label points, the same for the same key', () => {
    const target = TARGETS.find((candidate) => candidate.id === 'region:heilongjiang')!;
    const marks = findMarks(target, PLACES, geometry, 'k');
    expect(marks.map((mark) => mark.number)).toEqual([1, 2, 3, 4]);
    const regions = marks.map((mark) => mark.region);
    expect(regions).toContain('heilongjiang');
    const home = MAP.regions.find((region) => region.id === 'heilongjiang')!;
    for (const id of regions.filter((id) => id !== 'heilongjiang')) expect(home.neighbours).toContain(id);
    const mark = marks.find((candidate) => candidate.region === 'heilongjiang')!;
    expect(mark.point).toEqual(home.label);
    expect(findMarks(target, PLACES, geometry, 'k')).toEqual(marks);
  });

  it('offers a place among other spots, one of them on the place itself', () => {
    const harbin = PLACES.find((place) => place.id === 'place:harbin')!;
    const marks = findMarks(harbin, PLACES, geometry, 'k');
    expect(marks).toHaveLength(4);
    const spot = projectToMap(MAP.projection, harbin.point[0], harbin.point[1]);
    expect(marks.filter((mark) => mark.point[0] === spot[0] && mark.point[1] === spot[1])).toHaveLength(1);
  });
});
