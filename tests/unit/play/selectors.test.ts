import { describe, expect, it } from 'vitest';
import { regionView, regionViews } from '../../../src/core/map/regionView';
import { planRegionRound } from '../../../src/core/play/plans';
import {
  dayStartOf,
  mapQuestionOf,
  menuSummary,
  packListings,
  packStages,
  regionViewsNow,
  roundTitle,
  statsInputOf,
  studyNext,
} from '../../../src/core/play/selectors';
import { createSeededRng } from '../../../src/core/rng';
import { T0 } from '../../support/packs';
import { REGIONS, freshState, reducerFor, responseTo, testLibrary } from './playWorld';

const library = testLibrary();
const moment = { now: T0, utcOffsetMin: 60 };

describe('region views', () => {
  it('word every state once, for the map, the list and the description alike', () => {
    const region = { id: 'x', name: 'X' };
    expect(regionView(region, 'open', false)).toMatchObject({ state: 'open', word: 'open', label: 'open' });
    expect(regionView(region, 'locked', true)).toMatchObject({ state: 'locked', phrase: 'locked' });
    expect(regionView(region, 'cleared', true)).toEqual({
      id: 'x',
      name: 'X',
      state: 'fading',
      word: 'fading',
      phrase: 'cleared, fading',
      label: 'cleared, fading: review to refresh',
    });
  });

  it('take a region missing from the statuses as locked, in map order', () => {
    expect(regionViews(REGIONS, { home: 'open' }, new Set()).map((view) => view.state)).toEqual([
      'open',
      'locked',
      'locked',
      'locked',
    ]);
  });

  it('show a cleared region as fading once its cards are forgotten', () => {
    const reduce = reducerFor(library);
    let state = reduce(freshState(), planRegionRound(freshState(), library, 'home', createSeededRng(1), T0)!);
    state.round!.questions.forEach((asked, i) => {
      const question = library.bank.get(asked.questionId)!.question;
      state = reduce(state, { type: 'answered', response: responseTo(question, true), at: T0 + i * 1000 });
      state = reduce(state, { type: 'advanced', at: T0 + i * 1000 + 500 });
    });
    state = reduce(state, { type: 'roundClosed' });
    expect(regionViewsNow(state, library, REGIONS, T0 + 60_000)[0]?.state).toBe('cleared');
    expect(regionViewsNow(state, library, REGIONS, T0 + 365 * 86_400_000)[0]).toMatchObject({
      id: 'home',
      state: 'fading',
    });
  });
});

describe('menu and study views', () => {
  it('count regions, answers, due cards, mistakes and today', () => {
    const summary = menuSummary(freshState(), library, moment);
    expect(summary).toMatchObject({
      cleared: 0,
      regions: 4,
      answered: 0,
      mistakes: 0,
      today: 0,
      timed: false,
    });
    expect(summary.due).toBe(studyNext(freshState(), library, moment).remaining.new);
    expect(summary.due).toBeGreaterThan(0);
  });

  it('limit the study queue to an assignment when a scope is given', () => {
    const scoped = studyNext(freshState(), library, moment, new Set(['loose-0', 'loose-1']));
    expect(scoped.remaining.new).toBe(2);
    expect(['loose-0', 'loose-1']).toContain(scoped.next?.questionId);
  });

  it('start the day at local midnight', () => {
    const start = dayStartOf(moment);
    expect(start).toBeLessThanOrEqual(T0);
    expect(T0 - start).toBeLessThan(86_400_000);
    expect(new Date(start + 60 * 60_000).getUTCHours()).toBe(0);
  });

  it('describe each question for the stats by pack, theme and region', () => {
    const input = statsInputOf(freshState(), library, moment);
    expect(input.describe('home-0')).toEqual({ pack: 'Test pack', theme: 'test', region: 'home' });
    expect(input.describe('loose-0')).toEqual({ pack: 'Loose pack', theme: 'test' });
    expect(input.questionIds).toEqual(library.questionIds);
  });
});

describe('pack views', () => {
  it('list packs without regions as stages, and every pack for the manager', () => {
    expect(packStages(library)).toEqual([{ id: 'loose', title: 'Loose pack', questions: 3 }]);
    expect(packListings(library, new Set(['test-pack']))).toEqual([
      { id: 'test-pack', title: 'Test pack', version: 1, author: 'Test author', questions: 8, builtIn: true },
      { id: 'loose', title: 'Loose pack', version: 1, author: 'Test author', questions: 3, builtIn: false },
    ]);
  });

  it('name a round by its region, or by its pack or "Recent mistakes" across regions', () => {
    const reduce = reducerFor(library);
    const home = reduce(
      freshState(),
      planRegionRound(freshState(), library, 'home', createSeededRng(1), T0)!,
    );
    const name = (id: string) => REGIONS.find((region) => region.id === id)?.name ?? id;
    expect(roundTitle(home.round, library, name)).toBe('Home');
    const mixed = { ...home.round!, regionId: '', scope: 'pack' as const, packId: 'loose' };
    expect(roundTitle(mixed, library, name)).toBe('Loose pack');
    expect(roundTitle({ ...mixed, scope: 'mistakes' }, library, name)).toBe('Recent mistakes');
    expect(roundTitle({ ...mixed, scope: 'feature', topic: 'Treaty of Aigun' }, library, name)).toBe(
      'Treaty of Aigun',
    );
    expect(mapQuestionOf(home, library)).toBeUndefined();
  });
});
