import { describe, expect, it } from 'vitest';
import { nearestOnLine } from '../../../src/core/map/lineDistance';
import { mapToLonLat } from '../../../src/core/map/projection';
import { PARTIAL_CREDIT_RADII } from '../../../src/core/questions/mapclick';
import { questionMapMarks, regionMarks } from '../../../src/core/questions/placeMarks';
import { gradeResponse } from '../../../src/core/quiz/grade';
import { builtInMapQuestions, realMap } from '../../support/builtInBank';

const map = realMap();
const regionById = new Map(map.regions.map((region) => [region.id, region]));
const questions = builtInMapQuestions();
const bankPlaces = questions.flatMap((question) =>
  'point' in question.target ? [question.target.point] : [],
);

describe('marks offered for a region question', () => {
  it('stand on the label points of the target region and three regions next to it, numbered 1 to 4', () => {
    const marks = regionMarks('q-jilin', 'jilin-liaoning', map.regions);
    expect(marks.map((mark) => mark.number)).toEqual([1, 2, 3, 4]);
    expect(marks.filter((mark) => mark.region === 'jilin-liaoning')).toHaveLength(1);
    for (const mark of marks) {
      const region = regionById.get(mark.region!)!;
      expect(mark.point).toEqual(region.label);
      if (mark.region !== 'jilin-liaoning') expect(region.neighbours).toContain('jilin-liaoning');
    }
  });

  it('are the same for the same question and differ between questions', () => {
    const a = regionMarks('q-jilin', 'outer-manchuria', map.regions);
    expect(regionMarks('q-jilin', 'outer-manchuria', map.regions)).toEqual(a);
    const choices = new Set(
      Array.from({ length: 12 }, (_, n) =>
        regionMarks(`q-${n}`, 'outer-manchuria', map.regions)
          .map((mark) => mark.region)
          .join('|'),
      ),
    );
    expect(choices.size).toBeGreaterThan(1);
  });

  it('reach the neighbours of neighbours when a region has too few of its own', () => {
    expect(regionById.get('taiwan')!.neighbours).toEqual(['south-china']);
    const marks = regionMarks('q-taiwan', 'taiwan', map.regions);
    expect(marks).toHaveLength(4);
    expect(new Set(marks.map((mark) => mark.region)).size).toBe(4);
    expect(marks.map((mark) => mark.region)).toContain('south-china');
  });

  it('are none for a region the map does not have', () => {
    expect(regionMarks('q', 'atlantis', map.regions)).toEqual([]);
  });
});

describe('marks offered for a line question', () => {
  const line = questions.find((question) => question.id === 'ussuri-border-mapclick')!;
  const target = line.target as { line: [number, number][]; radiusKm: number };
  const marks = questionMapMarks(line, bankPlaces, { projection: map.projection, land: map });

  it('put one mark on the line and the others beyond any credit from every stretch of it', () => {
    expect(marks).toHaveLength(4);
    const km = marks.map((mark) => nearestOnLine(target.line, mapToLonLat(map.projection, ...mark.point)).km);
    expect(km.filter((distance) => distance < 1)).toHaveLength(1);
    expect(km.filter((distance) => distance > PARTIAL_CREDIT_RADII * target.radiusKm)).toHaveLength(3);
  });
});

describe('the marks of every built-in map question', () => {
  it('hold exactly one mark with full credit; every other mark earns nothing', () => {
    const context = { projection: map.projection, land: map };
    const wrong: string[] = [];
    for (const question of questions) {
      const marks = questionMapMarks(question, bankPlaces, context);
      const scores = marks.map(
        (mark) =>
          gradeResponse(question, { region: mark.region, point: mark.point, mark: mark.number }, context)
            .score,
      );
      if (
        marks.length !== 4 ||
        scores.filter((score) => score === 1).length !== 1 ||
        scores.some((s) => s > 0 && s < 1)
      )
        wrong.push(`${question.id}: ${scores.map((score) => score.toFixed(2)).join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(questions.filter((question) => 'region' in question.target).length).toBeGreaterThanOrEqual(9);
    expect(questions.filter((question) => 'line' in question.target).length).toBeGreaterThanOrEqual(5);
  });

  it('never offer the round’s own region as the right mark of a region question', () => {
    for (const question of questions.filter((q) => 'region' in q.target)) {
      const marks = questionMapMarks(question, bankPlaces, { projection: map.projection, land: map });
      const right = marks.find(
        (mark) => gradeResponse(question, { region: mark.region, point: mark.point }).score === 1,
      );
      expect(right?.region, question.id).not.toBe(question.region);
    }
  });
});
