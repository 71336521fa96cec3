import { describe, expect, it } from 'vitest';
import { modeTargets, regionNames, shortPlaceName } from '../../../src/core/modes/targets';
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

  it('names a place by its bank name up to the first comma', () => {
    expect(shortPlaceName('Petropavlovsk-Kamchatsky, on Kamchatka')).toBe('Petropavlovsk-Kamchatsky');
    expect(shortPlaceName('the Spratly Islands')).toBe('the Spratly Islands');
  });

  it('accepts the names the course accepts together with a place’s name', () => {
    const known = knownAnswersOf([typedQuestion('capital', { answer: 'Kyiv', accept: ['Kiev'] })]);
    const kyiv = modeTargets([], PLACE_QUESTIONS, known).find((target) => target.id === 'place:kyiv');
    expect(kyiv?.accepted).toEqual(['Kyiv', 'Kiev']);
  });
});
