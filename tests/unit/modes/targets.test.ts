import { describe, expect, it } from 'vitest';
import { shortPlaceName } from '../../../src/core/map/mapPlaces';
import { modeTargets, regionNames } from '../../../src/core/modes/targets';
import { normalizeAnswer } from '../../../src/core/quiz/textMatch';
import { knownAnswersOf } from '../../../src/core/quiz/knownAnswers';
import { typedQuestion } from '../../support/packs';
import { MAP, PLACE_QUESTIONS } from './modeWorld';

describe('mode targets', () => {
  it('asks for every region of the map, then each named place of the bank once, in bank order', () => {
    const targets = modeTargets(MAP.regions, PLACE_QUESTIONS);
    expect(targets.filter((target) => target.kind === 'region')).toHaveLength(MAP.regions.length);
    expect(targets.slice(MAP.regions.length).map((target) => [target.id, target.name])).toEqual([
      ['place:harbin', 'Harbin'],
      ['place:kyiv', 'Kyiv'],
    ]);
    const harbin = targets.find((target) => target.id === 'place:harbin');
    expect(harbin).toMatchObject({
      kind: 'place',
      description: 'Harbin, on the Songhua river',
      point: [126.63, 45.75],
      regionId: 'heilongjiang',
    });
    expect(targets.find((target) => target.id === 'place:kyiv')).toMatchObject({ radiusKm: 120 });
  });

  it('accepts a joint region name with "and", and either name of a region named twice', () => {
    expect(regionNames('Jilin & Liaoning')).toEqual(['Jilin & Liaoning', 'Jilin and Liaoning']);
    expect(regionNames('Yakutia (Sakha)')).toEqual(['Yakutia (Sakha)', 'Yakutia', 'Sakha']);
    expect(regionNames('Mongolia')).toEqual(['Mongolia']);
  });

  it('names a place as its map label does: its bank name up to the first comma, without a leading "the"', () => {
    expect(shortPlaceName('Petropavlovsk-Kamchatsky, on Kamchatka')).toBe('Petropavlovsk-Kamchatsky');
    // The grader drops a leading article too, so a player who types "the Spratly Islands" is right.
    expect(shortPlaceName('the Spratly Islands')).toBe('Spratly Islands');
    expect(normalizeAnswer('the Spratly Islands')).toBe(normalizeAnswer('Spratly Islands'));
  });

  it('accepts the names the course accepts together with a place’s name', () => {
    const known = knownAnswersOf([typedQuestion('capital', { answer: 'Kyiv', accept: ['Kiev'] })]);
    const kyiv = modeTargets([], PLACE_QUESTIONS, known).find((target) => target.id === 'place:kyiv');
    expect(kyiv?.accepted).toEqual(['Kyiv', 'Kiev']);
  });
});
