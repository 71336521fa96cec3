import { afterEach, describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/gameSession';
import { createPackLibrary } from '../../src/app/packLibrary';
import { type StorageNotice } from '../../src/app/persistence';
import { createEventBus, eventsOf } from '../../src/core/events';
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

/** A map view that records what it was asked to draw. */
function recordingMap() {
  const drawn: { views: readonly RegionView[]; celebrate: readonly string[] }[] = [];
  const input: boolean[] = [];
  const marks: (readonly MapMark[])[] = [];
  const answers: (MapAnswer | null)[] = [];
  const view: MapView = {
    showRegions: (views, celebrate = []) => void drawn.push({ views, celebrate }),
    focusRegion: () => undefined,
    setInputEnabled: (enabled) => void input.push(enabled),
    setInsets: () => undefined,
    showMarks: (shown) => void marks.push(shown),
    showAnswer: (answer) => void answers.push(answer),
    setHistory: () => undefined,
    showHistory: () => undefined,
    showMode: () => undefined,
  };
  return { view, drawn, input, marks, answers };
}

/** The app over the test world, mounted in the document, started on the menu. */
async function mountApp(storageNotice: StorageNotice | null = null) {
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
    expect(map.drawn.at(-1)?.celebrate).toEqual(['east', 'west']);
    expect(sounds.at(-1)).toBe('unlock');
    expect(document.querySelector('.map-status')?.textContent).toBe('New regions open: East, West.');
    expect(accessibleName(getButton('Home, cleared'))).toBe('Home, cleared');
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
