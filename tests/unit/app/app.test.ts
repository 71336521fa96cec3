import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/gameSession';
import { createPackLibrary } from '../../../src/app/packLibrary';
import { type ProgressWriterOptions, startPersistence } from '../../../src/app/persistence';
import { createEventBus, eventsOf } from '../../../src/core/events';
import { createGameReducer } from '../../../src/core/play/gameReducer';
import { rulesFor } from '../../../src/core/play/rules';
import { createSeededRng } from '../../../src/core/rng';
import type { SaveData } from '../../../src/core/save/saveData';
import type { LoadOutcome } from '../../../src/core/save/storagePorts';
import { createStore } from '../../../src/core/store';
import { T0, makePack, trueFalseQuestion, typedQuestion } from '../../support/packs';
import { GRAPH, REGIONS, freshState, responseTo, testPacks } from '../play/playWorld';

/** A clock the test moves. */
function testClock(start = T0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** The application layer over the test world, with an in-memory pack store and progress writer. */
function world(saved: LoadOutcome = { kind: 'fresh' }) {
  const clock = testClock();
  const stored: string[] = [];
  const packs = createPackLibrary({
    builtIn: testPacks().map((pack) => ({ pack, file: `${pack.id}.json` })),
    installed: [],
    regionIds: REGIONS.map((region) => region.id),
    storage: {
      put: async (pack) => void stored.push(`put ${pack.id}`),
      remove: async (packId) => void stored.push(`remove ${packId}`),
    },
    now: clock.now,
  });
  const store = createStore(createGameReducer(rulesFor(packs.current(), GRAPH)), freshState());
  packs.onChange((library) => store.replaceReducer(createGameReducer(rulesFor(library, GRAPH))));
  const bus = createEventBus();
  store.subscribe((state, previous, action) => eventsOf(previous, state, action).forEach((e) => bus.emit(e)));
  const writes: SaveData[] = [];
  let writer: ProgressWriterOptions | null = null;
  const persistence = startPersistence({
    store,
    bus,
    storage: { save: async () => 1, setAsideUnreadable: async () => 'aside' },
    saved,
    openWriter: (options) => {
      writer = options;
      return { save: (data) => void writes.push(data), idle: async () => undefined };
    },
    clock,
    download: () => undefined,
    reload: () => undefined,
  });
  const session = new GameSession({
    store,
    library: () => packs.current(),
    map: { regions: REGIONS },
    rng: createSeededRng(5),
    clock,
  });
  return { clock, stored, packs, store, bus, writes, writer: () => writer, persistence, session };
}

/** Answers the session's current round right to the end. */
function playRight(session: GameSession, clock: { advance(ms: number): number }): void {
  while (session.state.round && session.state.round.phase !== 'finished') {
    const asked = session.state.round.questions[session.state.round.index]!;
    const question = session.library.bank.get(asked.questionId)!.question;
    clock.advance(2000);
    session.answer(responseTo(question, true));
    session.next();
  }
}

/** Lets queued microtasks (the saving policy's one save per change) run. */
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('GameSession', () => {
  it('plays a region from the choice to the unlock, through the plans and the store', () => {
    const { session, clock } = world();
    expect(session.chooseRegion('west')).toEqual({ kind: 'refused', reason: 'locked' });
    expect(session.chooseRegion('home').kind).toBe('play');
    playRight(session, clock);
    expect(session.state.round?.result).toMatchObject({ passed: true, unlocked: ['east', 'west'] });
    session.closeRound();
    expect(session.regionViews().map((view) => [view.id, view.state])).toEqual([
      ['home', 'cleared'],
      ['east', 'open'],
      ['west', 'open'],
      ['far', 'locked'],
    ]);
    expect(session.menu()).toMatchObject({ cleared: 1, answered: 5 });
  });

  it('names a pack round by its pack, and plays the same kind of round again', () => {
    const { session, clock } = world();
    expect(session.playPack('loose')).toBe(true);
    expect(session.roundTitle()).toBe('Loose pack');
    playRight(session, clock);
    expect(session.canPlayAgain()).toBe(true);
    expect(session.playAgain()).toBe(true);
    expect(session.state.round).toMatchObject({ scope: 'pack', packId: 'loose', phase: 'asking', index: 0 });
    playRight(session, clock);
    session.closeRound();
    session.chooseRegion('home');
    playRight(session, clock);
    expect(session.playAgain()).toBe(true);
    expect(session.state.round?.regionId).toBe('home');
  });

  it('does not offer "Play again" after "Review mistakes" once every mistake is put right', () => {
    const { session, clock } = world();
    session.chooseRegion('home');
    const first = session.state.round!.questions[0]!.questionId;
    clock.advance(1000);
    session.answer(responseTo(session.library.bank.get(first)!.question, false));
    session.next();
    playRight(session, clock);
    expect(session.reviewMistakes()).toBe(true);
    playRight(session, clock);
    expect(session.canPlayAgain()).toBe(false);
    expect(session.playAgain()).toBe(false);
    expect(session.state.round).toBeNull();
  });

  it('says in the status line what is happening now', () => {
    const { session, clock } = world();
    expect(session.statusLine()).toBe('Choose an open region on the map or in the list.');
    session.chooseRegion('home');
    expect(session.statusLine()).toBe('Question 1 of 5 — Home');
    const views = session.regionViews();
    expect(session.mapBarText(views[0])).toBe('Question 1 of 5 — Home');
    expect(views.map((view) => view.label)).not.toContain('cleared, fading: review to refresh');
    playRight(session, clock);
    expect(session.statusLine()).toBe('Round finished — Home: 5 of 5');
    session.closeRound();
    expect(session.mapBarText(session.regionViews()[0])).toBe('Home: cleared');
  });

  it('stops the clock of the question on screen while the map is away', () => {
    const { session, clock } = world();
    session.chooseRegion('home');
    clock.advance(3000);
    session.pauseQuestion();
    clock.advance(600_000);
    session.resumeQuestion();
    clock.advance(2000);
    const asked = session.state.round!.questions[0]!.questionId;
    session.answer(responseTo(session.library.bank.get(asked)!.question, true));
    expect(session.state.round?.answers[0]?.ms).toBe(5000);
  });
});

describe('the pack library', () => {
  it('installs and removes packs durably, and the reducer follows the new bank', async () => {
    const { packs, stored, session } = world();
    const extra = makePack([trueFalseQuestion('extra-1', { region: 'home' })], {
      id: 'extra',
      title: 'Extra',
    });
    const library = await packs.install(extra, 'extra.gift');
    expect(stored).toEqual(['put extra']);
    expect(library.bank.get('extra-1')?.pack.title).toBe('Extra');
    expect(session.library).toBe(library);
    session.rate('extra-1', 3);
    expect(session.state.cards['extra-1']).toBeDefined();
    await packs.remove('extra');
    expect(stored).toEqual(['put extra', 'remove extra']);
    const before = session.state;
    session.rate('extra-1', 3);
    expect(session.state).toBe(before);
    expect(packs.packFile('loose')?.name).toBe('loose.json');
    expect(packs.packFile('missing')).toBeNull();
  });

  it('gathers the answers of installed packs with the map’s names, again whenever the bank changes', async () => {
    const packs = createPackLibrary({
      builtIn: testPacks().map((pack) => ({ pack, file: `${pack.id}.json` })),
      installed: [],
      regionIds: REGIONS.map((region) => region.id),
      placeNames: ['Outer Manchuria'],
      storage: { put: async () => {}, remove: async () => {} },
      now: () => T0,
    });
    expect(packs.current().knownAnswers.names.get('outermanchuria')).toBe('Outer Manchuria');
    expect(packs.current().knownAnswers.names.has('argun')).toBe(false);
    const rivers = makePack([typedQuestion('river', { region: 'home', answer: 'Argun' })], { id: 'rivers' });
    const library = await packs.install(rivers, 'rivers.json');
    expect(library.knownAnswers.names.get('argun')).toBe('Argun');
    expect(library.knownAnswers.names.get('outermanchuria')).toBe('Outer Manchuria');
    expect((await packs.remove('rivers')).knownAnswers.names.has('argun')).toBe(false);
  });
});

describe('the saving policy', () => {
  it('saves once per change, never echoes progress merged from another tab, and tells of failures', async () => {
    const { session, writes, bus, writer, clock } = world();
    session.chooseRegion('home');
    await settled();
    expect(writes).toHaveLength(1);
    playRight(session, clock);
    await settled();
    const afterRound = writes.length;
    expect(afterRound).toBeGreaterThan(1);
    expect(writes.at(-1)?.answers).toHaveLength(5);
    writer()?.onMerged(writes.at(-1)!);
    await settled();
    expect(writes).toHaveLength(afterRound);
    const failures: string[] = [];
    bus.on('saveFailed', (event) => failures.push(event.message));
    writer()?.onError(new Error('QuotaExceededError'));
    expect(failures).toEqual(['QuotaExceededError']);
  });

  it('does not save while unreadable progress waits for the learner, and resumes after a fresh start', async () => {
    const unreadable: LoadOutcome = {
      kind: 'unreadable',
      problems: [],
      raw: { broken: true },
      lastGood: null,
    };
    const { session, writes, persistence } = world(unreadable);
    expect(persistence.notice?.kind).toBe('unreadable');
    expect(persistence.saving).toBe(false);
    session.setMuted(true);
    await settled();
    expect(writes).toEqual([]);
    if (persistence.notice?.kind !== 'unreadable') throw new Error('expected the unreadable notice');
    await persistence.notice.setAsideAndStartFresh();
    session.setMuted(false);
    await settled();
    expect(writes).toHaveLength(1);
  });

  it('offers no notice for usable progress and explains unusable storage', () => {
    expect(world().persistence.notice).toBeNull();
    expect(world({ kind: 'unavailable', reason: 'private mode' }).persistence.notice).toEqual({
      kind: 'unavailable',
      reason: 'private mode',
    });
  });
});

describe('the saving policy tells when progress is on disk', () => {
  it('says writing when a save is requested, and written only once the newest request has settled', async () => {
    const store = createStore(
      createGameReducer(
        rulesFor(
          createPackLibrary({
            builtIn: testPacks().map((pack) => ({ pack, file: `${pack.id}.json` })),
            installed: [],
            regionIds: REGIONS.map((region) => region.id),
            storage: { put: async () => undefined, remove: async () => undefined },
            now: () => T0,
          }).current(),
          GRAPH,
        ),
      ),
      freshState(),
    );
    const bus = createEventBus();
    store.subscribe((state, previous, action) =>
      eventsOf(previous, state, action).forEach((e) => bus.emit(e)),
    );
    const finishWrites: (() => void)[] = [];
    const told: boolean[] = [];
    startPersistence({
      store,
      bus,
      storage: { save: async () => 1, setAsideUnreadable: async () => 'aside' },
      saved: { kind: 'fresh' },
      openWriter: () => ({
        save: () => undefined,
        idle: () => new Promise<void>((resolve) => finishWrites.push(resolve)),
      }),
      clock: { now: () => T0 },
      download: () => undefined,
      reload: () => undefined,
      onWriting: (writing) => told.push(writing),
    });
    store.dispatch({ type: 'muteSet', muted: true });
    await settled();
    store.dispatch({ type: 'muteSet', muted: false });
    await settled();
    expect(told).toEqual([true, true]);
    finishWrites[0]?.();
    await settled();
    expect(told).toEqual([true, true]);
    finishWrites[1]?.();
    await settled();
    expect(told).toEqual([true, true, false]);
  });
});
