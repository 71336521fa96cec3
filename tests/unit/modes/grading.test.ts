import { describe, expect, it } from 'vitest';
import type { LandMap } from '../../../src/core/map/landAt';
import { projectToMap } from '../../../src/core/map/projection';
import { gradeFind, gradeName } from '../../../src/core/modes/grading';
import { type ModeTarget, modeTargets } from '../../../src/core/modes/targets';
import { knownAnswersOf, placeNamesOf } from '../../../src/core/quiz/knownAnswers';
import { typedQuestion } from '../../support/packs';
import { MAP, PLACE_QUESTIONS, placeQuestion } from './modeWorld';

const targets = modeTargets(MAP.regions, PLACE_QUESTIONS);
const target = (id: string) => targets.find((candidate) => candidate.id === id) as ModeTarget;
const land: LandMap = MAP;
const context = { projection: MAP.projection, land, regionName: (id: string) => id };
const at = (lon: number, lat: number) => projectToMap(MAP.projection, lon, lat);

describe('Name it', () => {
  it('takes the name with a typo, as typed answers do, and says it was a typo', () => {
    expect(gradeName(target('region:heilongjiang'), 'heilongjang')).toMatchObject({
      right: true,
      typo: true,
    });
    expect(gradeName(target('region:heilongjiang'), 'Heilongjiang')).toMatchObject({
      right: true,
      typo: false,
    });
    expect(gradeName(target('region:jilin-liaoning'), 'jilin and liaoning')).toMatchObject({ right: true });
    expect(gradeName(target('place:harbin'), 'Harbin')).toMatchObject({ right: true });
  });

  it('refuses another name, and a short name with any slip', () => {
    expect(gradeName(target('region:heilongjiang'), 'Mongolia').right).toBe(false);
    // "Kyiv" is four letters: no typo allowance, as for typed answers.
    expect(gradeName(target('place:kyiv'), 'Kyev').right).toBe(false);
  });

  it('never takes another name the course knows for a slip, and says why', () => {
    const aigun = modeTargets(
      [],
      [placeQuestion('aigun-q', 'Aigun, on the Amur', [127.5, 50.2], 'heilongjiang')],
    )[0] as ModeTarget;
    const known = knownAnswersOf([typedQuestion('river', { answer: 'Argun' })], placeNamesOf(MAP));
    const graded = gradeName(aigun, 'Argun', known);
    expect(graded.right).toBe(false);
    expect(graded.why).toMatch(/Argun/);
    // Without the course's names, the same text would pass as one slip.
    expect(gradeName(aigun, 'Argun').right).toBe(true);
  });
});

describe('Find it', () => {
  it('finds a region by choosing it, and names a wrong one', () => {
    const label = MAP.regions.find((region) => region.id === 'mongolia')!.label;
    expect(gradeFind(target('region:mongolia'), { region: 'mongolia', point: label }, context).right).toBe(
      true,
    );
    expect(
      gradeFind(target('region:heilongjiang'), { region: 'mongolia', point: label }, context),
    ).toMatchObject({
      right: false,
      region: 'mongolia',
    });
    expect(gradeFind(target('region:heilongjiang'), { region: null, point: [0, 0] }, context).right).toBe(
      false,
    );
  });

  it('finds a place within its radius, as place questions grade distance, and says how far a miss was', () => {
    expect(
      gradeFind(target('place:harbin'), { region: 'heilongjiang', point: at(126.8, 45.8) }, context).right,
    ).toBe(true);
    const far = gradeFind(
      target('place:harbin'),
      { region: 'heilongjiang', point: at(130.5, 47.5) },
      context,
    );
    expect(far.right).toBe(false);
    expect(far.km).toBeGreaterThan(250);
    expect(far.km).toBeLessThan(450);
  });

  it('finds nothing on other land, however near, and says which land it was', () => {
    // Just across the border from Harbin's province into Jilin & Liaoning.
    const across = gradeFind(
      target('place:harbin'),
      { region: 'jilin-liaoning', point: at(125.5, 43.9) },
      context,
    );
    expect(across.right).toBe(false);
    expect(across.elsewhere).toBe('jilin-liaoning');
  });
});
