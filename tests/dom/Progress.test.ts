import { afterEach, describe, expect, it } from 'vitest';
import { watchProgress } from '../../src/app/progressWatch';
import type { MapRegion } from '../../src/core/map/mapTypes';
import { regionViews } from '../../src/core/map/regionView';
import { createGameReducer } from '../../src/core/play/gameReducer';
import { DEFAULT_SETTINGS, type GameState } from '../../src/core/play/gameState';
import { libraryOf } from '../../src/core/play/library';
import { buildQuestionBank } from '../../src/core/packs/questionBank';
import { recordRound, NO_BESTS } from '../../src/core/progress/bests';
import { levelFor } from '../../src/core/progress/levels';
import type { ProgressChange, ProgressSnapshot } from '../../src/core/progress/snapshot';
import { createStore } from '../../src/core/store';
import { RegionList } from '../../src/ui/panels/RegionList';
import { personalBests } from '../../src/ui/widgets/personalBests';
import { progressSummary } from '../../src/ui/widgets/progressSummary';
import { ProgressToasts, progressMoments } from '../../src/ui/widgets/progressToast';
import { T0, makePack, trueFalseQuestion } from '../support/packs';
import { accessibleName, getByRole, visibleText } from './a11y';

afterEach(() => {
  document.body.replaceChildren();
});

function snapshot(overrides: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return {
    xp: { total: 140, fromAnswers: 140, fromReviews: 0, reviews: 0 },
    level: levelFor(140),
    streak: { current: 3, best: 3, activeToday: false, freezeAvailable: true, frozenDays: [] },
    stars: {},
    completion: { cleared: 5, total: 21, percent: 23 },
    ...overrides,
  };
}

describe('the menu progress summary', () => {
  it('shows the level by name with an XP bar to the next, the streak with its freeze, and completion', () => {
    document.body.append(progressSummary(snapshot()));
    const bar = document.querySelector('progress')!;
    expect(accessibleName(bar)).toBe('XP to level 3, Interpreter');
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['40', '200']);
    const text = visibleText(document.body);
    expect(text).toContain('Level 2 Customs officer');
    expect(text).toContain('140 XP: 160 more to Interpreter.');
    expect(text).toContain('Day streak: 3 days. Play today to keep it.');
    expect(text).toContain('Streak freeze ready');
    expect(text).toContain('Map 23% complete: 5 of 21 regions cleared.');
  });

  it('says when the freeze is used and when today already counts', () => {
    const streak = { current: 4, best: 4, activeToday: true, freezeAvailable: false, frozenDays: [1] };
    document.body.append(progressSummary(snapshot({ streak })));
    expect(visibleText(document.body)).toContain('Day streak: 4 days, today done.');
    expect(visibleText(document.body)).toContain('Streak freeze used this week');
  });
});

const region = (id: string, name: string): MapRegion => ({
  id,
  name,
  group: 'russia',
  label: [0, 0],
  bbox: [0, 0, 1, 1],
  polys: [[[0, 0, 1, 0, 1, 1]]],
  neighbours: [],
});

describe('stars in the region list', () => {
  it('are shown beside every region not locked, named for screen readers, with the completion', () => {
    const stars: Record<string, number> = { home: 2 };
    const list = new RegionList({
      onChoose: () => {},
      onFocus: () => {},
      questionCount: () => 5,
      stars: (id) => stars[id] ?? 0,
      completion: () => 'Map 33% complete: 1 of 3 regions cleared.',
    });
    document.body.append(list.element);
    list.update(
      regionViews(
        [region('home', 'Home'), region('east', 'East'), region('far', 'Far')],
        {
          home: 'cleared',
          east: 'open',
          far: 'locked',
        },
        new Set(),
      ),
    );
    expect(getByRole('img', 'Home: 2 of 3 stars').textContent).toBe('★★☆');
    expect(getByRole('img', 'East: 0 of 3 stars').textContent).toBe('☆☆☆');
    expect(document.querySelectorAll('.region-stars')).toHaveLength(2);
    expect(accessibleName(document.querySelector('button[data-region="home"]')!)).toBe('Home, cleared');
    expect(visibleText(list.element)).toContain('Map 33% complete');
  });
});

describe('progress moments', () => {
  it('show a polite toast for each change and play one sound, the biggest news', () => {
    const toasts = new ProgressToasts();
    document.body.append(toasts.element);
    const played: string[] = [];
    const show = progressMoments(toasts, { play: (name) => played.push(name) }, (id) => `Region ${id}`);
    show([
      { kind: 'level', level: 2, name: 'Customs officer' },
      { kind: 'star', regionId: 'home', stars: 1 },
    ]);
    expect(toasts.element.getAttribute('role')).toBe('status');
    expect(toasts.element.getAttribute('aria-live')).toBe('polite');
    expect([...toasts.element.children].map((toast) => toast.textContent)).toEqual([
      'Level up! You are now level 2: Customs officer.',
      'Region home earned a star: 1 of 3.',
    ]);
    expect(played).toEqual(['level']);
  });

  it('are found by comparing the state before and after an answer', () => {
    const question = trueFalseQuestion('tf', { answer: true, region: 'home' });
    const { bank } = buildQuestionBank([{ pack: makePack([question]), file: 'p.json' }], new Set(['home']));
    const library = libraryOf(bank, ['home']);
    const reduce = createGameReducer({
      graph: { home: [] },
      question: (id) => (id === 'tf' ? question : undefined),
    });
    const initial: GameState = {
      regions: { home: 'open' },
      answers: [],
      settings: { ...DEFAULT_SETTINGS },
      round: null,
      cards: {},
      reviewLog: [],
    };
    const store = createStore(reduce, initial);
    const seen: ProgressChange[][] = [];
    watchProgress({
      store,
      library: () => library,
      moment: () => ({ now: T0 + 2000, utcOffsetMin: 0 }),
      onChanges: (changes) => seen.push(changes),
    });
    store.dispatch({
      type: 'roundStarted',
      regionId: 'home',
      questions: [{ questionId: 'tf', order: [] }],
      at: T0,
    });
    expect(seen).toEqual([]);
    store.dispatch({ type: 'answered', response: true, at: T0 + 1000 });
    expect(seen).toEqual([
      [
        { kind: 'streak', days: 1 },
        { kind: 'star', regionId: 'home', stars: 3 },
      ],
    ]);
  });
});

describe('personal bests on the stats screen', () => {
  it('list the timed best, the whole-map best and each region with its recent rounds', () => {
    let bests = recordRound(NO_BESTS, { regionId: 'home', score: 3, total: 5, review: false, at: T0 }, '');
    bests = recordRound(
      bests,
      { regionId: 'home', score: 4.5, total: 5, review: false, points: 2400, at: T0 + 1 },
      '',
    );
    const run = { at: T0 + 2, ms: 95_000, right: 17, total: 21 };
    document.body.append(
      personalBests({
        bests,
        wholeMap: { best: run, recent: [run] },
        regionName: (id) => (id === 'home' ? 'Home' : id),
      }),
    );
    const text = visibleText(document.body);
    expect(text).toContain('Best: 2400 points (Home,');
    expect(text).toContain('Best: 17 of 21 at the first try in 1:35');
    const row = [...document.querySelectorAll('tbody tr')];
    expect(row).toHaveLength(1);
    expect(visibleText(row[0]!)).toMatch(/Home\s*4\.5 of 5\s*3 of 5, 4\.5 of 5/);
  });
});
