import { describe, expect, it } from 'vitest';
import { regionView } from '../../../src/core/map/regionView';
import type { Question } from '../../../src/core/model/pack';
import type { GameState } from '../../../src/core/play/gameState';
import { chooseRegion, planPackRound, planMistakes } from '../../../src/core/play/plans';
import { mapActivityOf, regionViewsNow } from '../../../src/core/play/selectors';
import { CHOOSING_STATUS, mapBarText, statusLine } from '../../../src/core/play/statusLine';
import { createSeededRng } from '../../../src/core/rng';
import { T0, makePack } from '../../support/packs';
import { REGIONS, freshState, reducerFor, testLibrary, testPacks } from './playWorld';

const MAP_QUESTION: Question = {
  id: 'click-home',
  type: 'mapclick',
  region: 'home',
  prompt: 'Click Home.',
  explanation: 'E.',
  source: 'summit',
  difficulty: 1,
  tags: ['test'],
  target: { region: 'home' },
};
const library = testLibrary([...testPacks(), makePack([MAP_QUESTION], { id: 'maps', title: 'Maps' })]);
const reduce = reducerFor(library);
const name = (id: string) => REGIONS.find((region) => region.id === id)?.name ?? id;
const line = (state: GameState) => statusLine(state, library, name);

/** A round on `home` asking a true/false question and then the map question. */
function homeRound(): GameState {
  return reduce(freshState(), {
    type: 'roundStarted',
    regionId: 'home',
    questions: [
      { questionId: 'home-0', order: [] },
      { questionId: 'click-home', order: [] },
    ],
    at: T0,
  });
}

describe('the status line says what is happening now', () => {
  it('asks to choose a region only when no round is on', () => {
    expect(line(freshState())).toBe(CHOOSING_STATUS);
    expect(line(homeRound())).not.toBe(CHOOSING_STATUS);
  });

  it('names the question and the round while asking, and its score on the feedback', () => {
    const asking = homeRound();
    expect(line(asking)).toBe('Question 1 of 2 — Home');
    const answered = reduce(asking, { type: 'answered', response: true, at: T0 + 1000 });
    expect(line(answered)).toBe('Question 1 of 2 — Home: answered, 1 point so far');
  });

  it('says to click the map while a map question is asked', () => {
    let state = reduce(homeRound(), { type: 'answered', response: false, at: T0 + 1000 });
    state = reduce(state, { type: 'advanced', at: T0 + 2000 });
    expect(line(state)).toBe('Question 2 of 2 — Home: click the place on the map');
    state = reduce(state, { type: 'answered', response: { region: 'home' }, at: T0 + 3000 });
    expect(line(state)).toBe('Question 2 of 2 — Home: answered, 1 point so far');
    state = reduce(state, { type: 'advanced', at: T0 + 4000 });
    expect(line(state)).toBe('Round finished — Home: 1 of 2');
  });

  it('names a pack round by its pack and a review of mistakes as such', () => {
    const pack = planPackRound(freshState(), library, 'loose', createSeededRng(1), T0)!;
    expect(line(reduce(freshState(), pack))).toBe('Question 1 of 3 — Loose pack');
    let state = reduce(homeRound(), { type: 'answered', response: false, at: T0 + 1000 });
    state = reduce(state, { type: 'roundClosed' });
    const mistakes = planMistakes(state, library, createSeededRng(1), T0 + 5000)!;
    expect(line(reduce(state, mistakes))).toBe('Question 1 of 1 — Recent mistakes');
  });
});

describe('the bar and the tooltip over a region', () => {
  it('while choosing, names the region, its state and what choosing it does', () => {
    const view = regionView({ id: 'home', name: 'Home' }, 'cleared', true);
    expect(mapBarText(freshState(), library, name, view)).toBe('Home: cleared, fading: review to refresh');
    expect(mapBarText(freshState(), library, name, undefined)).toBe(CHOOSING_STATUS);
    expect(mapActivityOf(freshState(), library)).toBe('choosing');
  });

  it('during a round, keeps saying what is happening, and labels invite no click that does nothing', () => {
    const playing = homeRound();
    const views = regionViewsNow(playing, library, REGIONS, T0);
    expect(mapActivityOf(playing, library)).toBe('playing');
    expect(regionView({ id: 'home', name: 'Home' }, 'cleared', true, 'playing')).toMatchObject({
      state: 'fading',
      label: 'cleared, fading',
    });
    expect(views.map((view) => view.label)).toEqual(views.map((view) => view.phrase));
    expect(mapBarText(playing, library, name, views[0])).toBe('Question 1 of 2 — Home');
  });

  it('during a map question, says a click answers', () => {
    let state = reduce(homeRound(), { type: 'answered', response: true, at: T0 + 1000 });
    state = reduce(state, { type: 'advanced', at: T0 + 2000 });
    expect(mapActivityOf(state, library)).toBe('answering');
    const views = regionViewsNow(state, library, REGIONS, T0 + 2000);
    expect(views.map((view) => view.label)).toEqual([
      'open: click to answer',
      'locked: click to answer',
      'locked: click to answer',
      'locked: click to answer',
    ]);
    const answered = reduce(state, { type: 'answered', response: { region: 'west' }, at: T0 + 3000 });
    expect(mapActivityOf(answered, library)).toBe('playing');
  });
});

describe('a click outside every region', () => {
  it('answers a map question with its point, and does nothing otherwise', () => {
    let state = reduce(homeRound(), { type: 'answered', response: false, at: T0 + 1000 });
    state = reduce(state, { type: 'advanced', at: T0 + 2000 });
    expect(chooseRegion(state, library, null, [10, 20], createSeededRng(1), T0 + 3000)).toEqual({
      kind: 'answer',
      action: { type: 'answered', response: { region: null, point: [10, 20] }, at: T0 + 3000 },
    });
    expect(chooseRegion(freshState(), library, null, [10, 20], createSeededRng(1), T0)).toEqual({
      kind: 'ignored',
    });
    expect(chooseRegion(homeRound(), library, null, [10, 20], createSeededRng(1), T0)).toEqual({
      kind: 'ignored',
    });
  });
});
