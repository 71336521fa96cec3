import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapAsset } from '../../../src/core/map/mapTypes';
import { projectToMap } from '../../../src/core/map/projection';
import type { Question } from '../../../src/core/model/pack';
import type { Response } from '../../../src/core/questions/responses';
import { gradeResponse } from '../../../src/core/quiz/grade';

const BASE = {
  prompt: 'Q?',
  explanation: 'E.',
  source: 's',
  difficulty: 1 as const,
  tags: [],
  region: 'outer-manchuria',
};

const QUESTIONS: Record<string, Question> = {
  multiple: {
    ...BASE,
    id: 'm',
    type: 'multiple',
    choices: [
      { text: 'Aigun', correct: true },
      { text: 'Peking', correct: true },
      { text: 'Nerchinsk', why: 'Nerchinsk (1689) gave land to China.' },
    ],
  },
  typed: { ...BASE, id: 't', type: 'typed', answer: 'Blagoveshchensk' },
  numeric: { ...BASE, id: 'n', type: 'numeric', answer: -62, unit: 'celsius', tolerance: { absolute: 1 } },
  year: { ...BASE, id: 'y', type: 'year', answer: 1860 },
  ordering: {
    ...BASE,
    id: 'o',
    type: 'ordering',
    items: [{ text: 'Aigun' }, { text: 'Peking' }, { text: 'Power of Siberia' }],
  },
  matching: {
    ...BASE,
    id: 'p',
    type: 'matching',
    pairs: [
      { left: 'Aigun', right: '1858' },
      { left: 'Peking', right: '1860' },
    ],
  },
  cloze: { ...BASE, id: 'c', type: 'cloze', text: 'Signed in {{1858}} at {{Aigun|Aihui}}.' },
  mapclick: { ...BASE, id: 'k', type: 'mapclick', target: { region: 'outer-manchuria' } },
};

describe('gradeResponse grades every type with the response shape of that type', () => {
  it.each<[string, Response, number]>([
    ['multiple', { picks: [0, 1] }, 1],
    ['multiple', { picks: [0] }, 0.5],
    ['typed', { text: 'blagoveshchensk' }, 1],
    ['numeric', { text: '-62c' }, 1],
    ['year', { text: '1860' }, 1],
    ['ordering', { order: [0, 1, 2] }, 1],
    ['ordering', { order: [1, 0, 2] }, 2 / 3],
    ['matching', { matches: [0, 1] }, 1],
    ['cloze', { gaps: ['1858', 'Aihui'] }, 1],
    ['mapclick', { region: 'outer-manchuria' }, 1],
    ['mapclick', { region: 'heilongjiang' }, 0],
    ['mapclick', { region: null }, 0],
  ])('%s %j → %d', (type, response, score) => {
    expect(gradeResponse(QUESTIONS[type] as Question, response).score).toBeCloseTo(score);
  });

  it.each(Object.keys(QUESTIONS))(
    'treats a response of the wrong shape for %s as wrong, not an exception',
    (type) => {
      for (const response of [
        7,
        true,
        { text: 42 } as unknown as Response,
        { picks: 'x' } as unknown as Response,
      ]) {
        const grade = gradeResponse(QUESTIONS[type] as Question, response);
        expect(grade.score).toBe(0);
        expect(grade.verdict).toBe('wrong');
      }
    },
  );

  it('says "partly" for partial credit and passes on the note of a wrong pick', () => {
    const grade = gradeResponse(QUESTIONS.multiple as Question, { picks: [0, 2] });
    expect(grade.verdict).toBe('wrong');
    expect(grade.why).toBe('Nerchinsk (1689) gave land to China.');
    expect(gradeResponse(QUESTIONS.ordering as Question, { order: [1, 0, 2] }).verdict).toBe('partly');
  });

  it('shows where a typed answer accepted with a typo differs', () => {
    const grade = gradeResponse(QUESTIONS.typed as Question, { text: 'Blagoveschensk' });
    expect(grade.correct).toBe(true);
    expect(grade.typoDiff).toEqual([
      { text: 'Blagoves', kind: 'same' },
      { text: 'h', kind: 'missing' },
      { text: 'chensk', kind: 'same' },
    ]);
  });

  it('records each cloze gap accepted with a typo, with its diff against the answer it was taken for', () => {
    const grade = gradeResponse(QUESTIONS.cloze as Question, { gaps: ['1858', 'Aihiu'] });
    expect(grade.correct).toBe(true);
    expect(grade.gapTypos).toHaveLength(1);
    expect(grade.gapTypos?.[0]?.gap).toBe(2);
    const diff = grade.gapTypos?.[0]?.diff ?? [];
    expect(
      diff
        .filter((part) => part.kind !== 'extra')
        .map((part) => part.text)
        .join(''),
    ).toBe('Aihui');
    expect(diff.some((part) => part.kind !== 'same')).toBe(true);
    expect(gradeResponse(QUESTIONS.cloze as Question, { gaps: ['1858', 'aihui'] }).gapTypos).toBeUndefined();
  });

  it('explains an unreadable numeric answer', () => {
    expect(gradeResponse(QUESTIONS.numeric as Question, { text: '62 fahrenheit' }).unreadable).toContain(
      'not a unit',
    );
  });

  it('names regions for map-click feedback', () => {
    const grade = gradeResponse(
      QUESTIONS.mapclick as Question,
      { region: 'heilongjiang' },
      { regionName: (id) => id.toUpperCase() },
    );
    expect(grade).toMatchObject({ correctText: 'OUTER-MANCHURIA', chosenText: 'HEILONGJIANG' });
  });
});

describe('map clicks on a place are scored by distance', () => {
  const map = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../assets/map.json'), 'utf8'),
  ) as MapAsset;
  const harbin: Question = {
    ...BASE,
    id: 'h',
    region: 'heilongjiang',
    type: 'mapclick',
    target: { point: [126.63, 45.75], radiusKm: 100 },
  };
  const click = (lon: number, lat: number, region = 'heilongjiang') => ({
    region,
    point: projectToMap(map.projection, lon, lat),
  });
  const context = { projection: map.projection };

  it('gives full credit within the radius', () => {
    expect(gradeResponse(harbin, click(126.9, 45.6), context).score).toBe(1);
  });

  it('gives partial credit further away and none beyond four radii', () => {
    const near = gradeResponse(harbin, click(128.5, 46.5), context);
    expect(near.score).toBeGreaterThan(0);
    expect(near.score).toBeLessThan(1);
    expect(near.chosenText).toMatch(/km from the place$/);
    expect(gradeResponse(harbin, click(116.4, 39.9, 'north-china'), context).score).toBe(0);
  });

  it("gives nothing for naming the place's region without a point: a place question needs a place", () => {
    expect(gradeResponse(harbin, { region: 'heilongjiang' }, context).score).toBe(0);
  });

  it('grades a chosen mark like a click at its point, and says which mark it was', () => {
    const onTarget = { ...click(126.63, 45.75), mark: 2 };
    expect(gradeResponse(harbin, onTarget, context)).toMatchObject({
      score: 1,
      chosenText: 'mark 2, 0 km from the place',
    });
    const nearby = gradeResponse(harbin, { ...click(128.5, 46.5), mark: 3 }, context);
    expect(nearby.score).toBe(gradeResponse(harbin, click(128.5, 46.5), context).score);
    expect(nearby.chosenText).toMatch(/^mark 3, \d+ km from the place$/);
  });

  it('names the place in the feedback: its own name, or the one its prompt asks for', () => {
    const named: Question = { ...harbin, target: { point: [126.63, 45.75], name: 'Harbin, on the Songhua' } };
    expect(gradeResponse(named, click(126.9, 45.6), context).correctText).toBe('Harbin, on the Songhua');
    const prompted: Question = { ...harbin, prompt: 'Click Harbin.' };
    expect(gradeResponse(prompted, click(126.9, 45.6), context).correctText).toBe('Harbin');
  });
});
