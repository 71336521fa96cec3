import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/gameSession';
import { createPackLibrary } from '../../src/app/packLibrary';
import { type StorageNotice } from '../../src/app/persistence';
import { createEventBus, eventsOf } from '../../src/core/events';
import { type HistoryAsset, parseHistoryAsset } from '../../src/core/map/history';
import type { HistoryDisplay } from '../../src/core/map/historyDisplay';
import { type Result, ok } from '../../src/core/problems';
import { NO_CELEBRATION, type RegionCelebration } from '../../src/core/map/celebration';
import type { MapAnswer, MapMark, MapView } from '../../src/core/map/mapView';
import type { RegionView } from '../../src/core/map/regionView';
import { createGameReducer } from '../../src/core/play/gameReducer';
import { rulesFor } from '../../src/core/play/rules';
import { createSeededRng } from '../../src/core/rng';
import { createStore } from '../../src/core/store';
import { App } from '../../src/ui/App';
import { MENU_USABLE_MARK } from '../../src/ui/screenTable';
import { LiveRegion } from '../../src/ui/widgets/LiveRegion';
import { T0 } from '../support/packs';
import { GRAPH, REGIONS, freshState, responseTo, testPacks } from '../unit/play/playWorld';
import { accessibleName, getButton } from './a11y';
import { waitUntil } from './waitUntil';

/** A map view that records what it was asked to draw. */
function recordingMap() {
  const drawn: { views: readonly RegionView[]; celebration: RegionCelebration }[] = [];
  const input: boolean[] = [];
  const marks: (readonly MapMark[])[] = [];
  const answers: (MapAnswer | null)[] = [];
  const histories: HistoryAsset[] = [];
  const history: (HistoryDisplay | null)[] = [];
  const view: MapView = {
    showRegions: (views, celebration = NO_CELEBRATION) => void drawn.push({ views, celebration }),
    focusRegion: () => undefined,
    setInputEnabled: (enabled) => void input.push(enabled),
    setInsets: () => undefined,
    showMarks: (shown) => void marks.push(shown),
    showAnswer: (answer) => void answers.push(answer),
    setHistory: (asset) => void histories.push(asset),
    showHistory: (display) => void history.push(display),
    showMode: () => undefined,
  };
  return { view, drawn, input, marks, answers, histories, history };
}

/** The real history layers (`assets/history.json`), as read from disk, unchecked. */
function rawHistory(): HistoryAsset {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return JSON.parse(fs.readFileSync(path.join(root, 'assets/history.json'), 'utf8')) as HistoryAsset;
}

/** The real history layers, with the Amur's questions replaced by two of the test world's questions. */
function historyAboutTestQuestions(): Result<HistoryAsset> {
  const raw = rawHistory();
  raw.rivers.find((river) => river.id === 'amur')!.questions = ['west-0', 'loose-1'];
  return ok(raw);
}

/** The app over the test world, mounted in the document, started on the menu. */
async function mountApp(
  storageNotice: StorageNotice | null = null,
  loadHistory: () => Promise<Result<HistoryAsset>> = async () => historyAboutTestQuestions(),
) {
  document.body.innerHTML = '<div id="ui-root"></div><div id="live" aria-live="polite"></div>';
  const packs = createPackLibrary({
    builtIn: testPacks().map((pack) => ({ pack, file: `${pack.id}.json` })),
    installed: [],
    regionIds: REGIONS.map((region) => region.id),
    storage: { put: async () => undefined, remove: async () => undefined },
    now: () => T0,
  });
  const store = createStore(createGameReducer(rulesFor(packs.current(), GRAPH)), freshState());
  const bus = createEventBus();
  store.subscribe((state, previous, action) => eventsOf(previous, state, action).forEach((e) => bus.emit(e)));
  const session = new GameSession({
    store,
    library: () => packs.current(),
    map: { regions: REGIONS },
    rng: createSeededRng(9),
    clock: { now: () => T0 },
  });
  const sounds: string[] = [];
  const map = recordingMap();
  const app = new App({
    uiRoot: document.getElementById('ui-root') as HTMLElement,
    live: new LiveRegion(document.getElementById('live') as HTMLElement),
    session,
    bus,
    packs,
    map: {
      title: 'Test map',
      tagline: 'Four regions in a row.',
      startingRegions: ['home'],
      regions: REGIONS,
      projection: {
        type: 'conicEqualArea',
        parallels: [40, 60],
        rotate: [0, 0],
        scale: 100,
        translate: [0, 0],
      },
    },
    mapView: map.view,
    sound: { play: (name) => void sounds.push(name) },
    loadProblems: [],
    storageNotice,
    downloadPack: async () => ({ ok: false, message: 'offline', retry: true }),
    launch: { params: {}, problems: [] },
    loadHistory,
  });
  await app.start();
  return { app, session, sounds, map };
}

/** Answers the question on screen right, by the session (the quiz panel's own input is tested elsewhere). */
function answerRight(session: GameSession): void {
  const round = session.state.round!;
  const question = session.library.bank.get(round.questions[round.index]!.questionId)!.question;
  session.answer(responseTo(question, true));
}

afterEach(() => {
  document.body.replaceChildren();
  performance.clearMarks();
  delete document.body.dataset.screen;
});

describe('App', () => {
  it('starts on the menu, with focus on its heading, and marks the first usable menu', async () => {
    await mountApp();
    expect(document.body.dataset.screen).toBe('menu');
    expect(document.activeElement?.textContent).toBe('Test map');
    expect(performance.getEntriesByName(MENU_USABLE_MARK)).toHaveLength(1);
  });

  it('shows the map screen with the region list in one wording, and the map takes clicks', async () => {
    const { map } = await mountApp();
    getButton('Play').click();
    await Promise.resolve();
    expect(document.body.dataset.screen).toBe('map');
    expect(getButton('Home, open')).toBeTruthy();
    expect(getButton('West, locked').getAttribute('aria-disabled')).toBe('true');
    expect(map.drawn.at(-1)?.views.map((view) => view.label)).toEqual(['open', 'locked', 'locked', 'locked']);
    expect(map.input.at(-1)).toBe(true);
  });

  it('says why a locked region cannot be played, and plays an open one to its unlock', async () => {
    const { session, sounds, map } = await mountApp();
    getButton('Play').click();
    await Promise.resolve();
    getButton('West, locked').click();
    expect(document.querySelector('.map-status')?.textContent).toBe(
      'West is locked. Clear a neighbouring region to open it.',
    );
    getButton('Home, open').click();
    expect(sounds).toEqual(['click', 'click']);
    const quiz = document.querySelector('.quiz-panel') as HTMLElement;
    expect(quiz.hidden).toBe(false);
    expect(map.input.at(-1)).toBe(false);
    for (let i = 0; i < 5; i++) {
      answerRight(session);
      session.next();
    }
    expect(sounds.filter((name) => name === 'correct')).toHaveLength(5);
    expect(document.querySelector('.map-status')?.textContent).toBe(
      'Round complete: 5 of 5 right. Home is cleared.',
    );
    getButton('Back to map').click();
    expect(map.drawn.at(-1)?.celebration).toEqual({ cleared: 'home', opened: ['east', 'west'] });
    expect(sounds.at(-1)).toBe('fanfare');
    expect(document.querySelector('.map-status')?.textContent).toBe(
      'Home cleared! New regions open: East, West.',
    );
    expect(accessibleName(getButton('Home, cleared'))).toBe('Home, cleared');
  });

  it('celebrates a region only the first time it is cleared', async () => {
    const { session, sounds, map } = await mountApp();
    getButton('Play').click();
    await Promise.resolve();
    const playHomeRight = (entry: string) => {
      getButton(entry).click();
      for (let i = 0; i < 5; i++) {
        answerRight(session);
        session.next();
      }
      getButton('Back to map').click();
    };
    playHomeRight('Home, open');
    expect(map.drawn.at(-1)?.celebration).toEqual({ cleared: 'home', opened: ['east', 'west'] });
    playHomeRight('Home, cleared');
    expect(map.drawn.at(-1)?.celebration).toEqual(NO_CELEBRATION);
    expect(sounds.filter((name) => name === 'fanfare')).toHaveLength(1);
    expect(document.querySelector('.map-status')?.textContent).not.toMatch(/cleared!/);
  });

  it('routes map clicks to the screen shown: the map screen plays the region, the sea and other screens do nothing', async () => {
    const { app, sounds } = await mountApp();
    app.mapChoice({ region: 'home', point: [0, 0] });
    expect(sounds).toEqual([]);
    getButton('Play').click();
    await Promise.resolve();
    const afterPlay = sounds.length;
    app.mapChoice({ region: null, point: [5, 5] });
    expect(sounds).toHaveLength(afterPlay);
    expect((document.querySelector('.quiz-panel') as HTMLElement).hidden).toBe(true);
    app.hover('west');
    expect(document.querySelector('.map-status')?.textContent).toMatch(/West/);
    app.mapChoice({ region: 'home', point: [0, 0] });
    expect(sounds.slice(afterPlay)).toEqual(['click']);
    expect((document.querySelector('.quiz-panel') as HTMLElement).hidden).toBe(false);
  });

  it('routes keys to the screen shown: the flashcards take Space', async () => {
    await mountApp();
    getButton(/^Flashcards/).click();
    await Promise.resolve();
    expect(document.body.dataset.screen).toBe('study');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    expect(getButton(/^Good/)).toBeTruthy();
  });

  it('keeps Play away while unreadable progress waits for a decision, and shows the menu after it', async () => {
    const decided: string[] = [];
    await mountApp({
      kind: 'unreadable',
      problems: [{ file: 'saved progress', path: 'answers', message: 'is not a list' }],
      keepWithoutSaving: () => void decided.push('keep'),
      setAsideAndStartFresh: async () => void decided.push('fresh'),
      download: () => void decided.push('download'),
    });
    expect(document.querySelector('#ui-root')?.textContent).toContain(
      'Your saved progress could not be read',
    );
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Play')).toBe(false);
    getButton('Play without saving').click();
    await Promise.resolve();
    expect(decided).toEqual(['keep']);
    expect(getButton('Play')).toBeTruthy();
    expect(document.querySelector('.banner')?.textContent).toContain('Progress is not being saved');
  });
});

describe('App rounds', () => {
  it('plays the same region again from the results', async () => {
    const { session } = await mountApp();
    getButton('Play').click();
    await Promise.resolve();
    getButton('Home, open').click();
    for (let i = 0; i < 5; i++) {
      answerRight(session);
      session.next();
    }
    getButton('Play again').click();
    expect(session.state.round).toMatchObject({ regionId: 'home', index: 0, phase: 'asking' });
    expect((document.querySelector('.quiz-panel') as HTMLElement).hidden).toBe(false);
    expect(document.querySelector('#quiz-heading')?.textContent).not.toBe('Round complete');
  });
});

describe('App: Borders through time', () => {
  it('opens from the menu, hands the map the layers once, and hides them on leaving', async () => {
    let loads = 0;
    const { map } = await mountApp(null, async () => {
      loads += 1;
      return historyAboutTestQuestions();
    });
    getButton('Borders through time').click();
    await waitUntil(() => expect(document.body.dataset.screen).toBe('history'));
    expect(map.histories).toHaveLength(1);
    expect(map.history.at(-1)).toMatchObject({ selected: null });
    expect(document.activeElement?.id).toBe('history-year');
    getButton('Menu').click();
    await waitUntil(() => expect(document.body.dataset.screen).toBe('menu'));
    expect(map.history.at(-1)).toBeNull();
    getButton('Borders through time').click();
    await waitUntil(() => expect(document.body.dataset.screen).toBe('history'));
    expect(loads).toBe(1);
    expect(map.histories).toHaveLength(1);
  });

  it('says what is wrong with damaged history layers, and stays on the menu', async () => {
    const raw = rawHistory() as unknown as { events: { date: string }[] };
    raw.events[2]!.date = '1850';
    const { map } = await mountApp(null, async () => parseHistoryAsset(raw));
    getButton('Borders through time').click();
    await waitUntil(() =>
      expect(document.querySelector('.banner')?.textContent).toContain('assets/history.json'),
    );
    expect(document.querySelector('.banner')?.textContent).toContain('events[2].date');
    expect(document.body.dataset.screen).toBe('menu');
    expect(map.histories).toHaveLength(0);
  });

  it('plays the questions about a feature on the map, named after it', async () => {
    const { session } = await mountApp();
    getButton('Borders through time').click();
    await waitUntil(() => expect(document.body.dataset.screen).toBe('history'));
    getButton('Amur (Heilong Jiang)').click();
    getButton('Questions about this').click();
    await waitUntil(() => expect(document.body.dataset.screen).toBe('map'));
    expect(session.state.round).toMatchObject({ scope: 'feature', topic: 'Amur (Heilong Jiang)' });
    expect(session.state.round?.questions.map((q) => q.questionId).sort()).toEqual(['loose-1', 'west-0']);
    expect(document.querySelector('.quiz-progress')?.textContent).toContain(
      'Amur (Heilong Jiang) · Question 1 of 2',
    );
  });
});
