import { describe, expect, it } from 'vitest';
import { type GameEvent, createEventBus, eventsOf } from '../../src/core/events';
import type { GameAction } from '../../src/core/play/gameReducer';
import type { GameState } from '../../src/core/play/gameState';
import { planRegionRound } from '../../src/core/play/plans';
import { createSeededRng } from '../../src/core/rng';
import { T0 } from '../support/packs';
import { freshState, reducerFor, responseTo, testLibrary } from './play/playWorld';

const library = testLibrary();
const reduce = reducerFor(library);

/** Applies actions and collects the events of each change. */
function replay(state: GameState, actions: GameAction[]): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  let current = state;
  for (const action of actions) {
    const next = reduce(current, action);
    events.push(...eventsOf(current, next, action));
    current = next;
  }
  return { state: current, events };
}

/** The actions of a round on `home` answered right (or wrong where `rights` says so), then closed. */
function roundActions(rights: boolean[]): GameAction[] {
  const start = planRegionRound(freshState(), library, 'home', createSeededRng(3), T0)!;
  return [
    start,
    ...start.questions.flatMap((asked, i): GameAction[] => {
      const question = library.bank.get(asked.questionId)!.question;
      return [
        { type: 'answered', response: responseTo(question, rights[i] ?? true), at: T0 + 1000 * i + 400 },
        { type: 'advanced', at: T0 + 1000 * i + 900 },
      ];
    }),
    { type: 'roundClosed' },
  ];
}

describe('eventsOf', () => {
  it('names every step of a cleared round, with the unlocked regions', () => {
    const { events } = replay(freshState(), roundActions([true, true, true, true, true]));
    expect(events.map((event) => event.name)).toEqual([
      'roundStarted',
      ...Array.from({ length: 4 }, () => ['answerGraded', 'questionShown']).flat(),
      'answerGraded',
      'roundFinished',
      'regionsUnlocked',
      'regionCleared',
      'roundClosed',
    ]);
    expect(events[0]).toEqual({
      name: 'roundStarted',
      regionId: 'home',
      questions: 5,
      review: false,
      timed: false,
    });
    expect(events[1]).toMatchObject({ name: 'answerGraded', correct: true, score: 1, ms: 400, index: 0 });
    expect(events.find((e) => e.name === 'regionsUnlocked')).toEqual({
      name: 'regionsUnlocked',
      clearedId: 'home',
      regionIds: ['east', 'west'],
    });
    expect(events.at(-1)).toEqual({ name: 'roundClosed', regionId: 'home', unlocked: ['east', 'west'] });
  });

  it('reports a failed round without unlocks', () => {
    const { events } = replay(freshState(), roundActions([false, false, true, true, true]));
    expect(events.some((event) => event.name === 'regionsUnlocked')).toBe(false);
    expect(events.some((event) => event.name === 'regionCleared')).toBe(false);
    expect(events.find((event) => event.name === 'roundFinished')).toMatchObject({
      result: { passed: false },
    });
    expect(events.at(-1)).toEqual({ name: 'roundClosed', regionId: 'home', unlocked: [] });
  });

  it('names a region cleared the first time a round clears it, not when it is passed again', () => {
    const five = [true, true, true, true, true];
    const first = replay(freshState(), roundActions(five));
    expect(first.events.find((event) => event.name === 'regionCleared')).toEqual({
      name: 'regionCleared',
      regionId: 'home',
      unlocked: ['east', 'west'],
    });
    const again = replay(first.state, roundActions(five));
    expect(again.events.find((event) => event.name === 'roundFinished')).toMatchObject({
      result: { passed: true, unlocked: [] },
    });
    expect(again.events.some((event) => event.name === 'regionCleared')).toBe(false);
  });

  it('names settings changes with what changed, and says nothing for ignored actions', () => {
    const state = freshState();
    expect(
      eventsOf(state, reduce(state, { type: 'muteSet', muted: true }), { type: 'muteSet', muted: true }),
    ).toEqual([{ name: 'settingsChanged', settings: { muted: true }, changed: ['muted'] }]);
    expect(
      eventsOf(state, reduce(state, { type: 'advanced', at: T0 }), { type: 'advanced', at: T0 }),
    ).toEqual([]);
  });

  it('names flashcard ratings and their undo', () => {
    const rate: GameAction = { type: 'cardRated', questionId: 'home-0', rating: 3, at: T0 };
    const { events } = replay(freshState(), [rate, { type: 'ratingUndone' }]);
    expect(events).toEqual([
      { name: 'cardRated', questionId: 'home-0', rating: 3 },
      { name: 'ratingUndone', questionId: 'home-0' },
    ]);
  });
});

describe('replaying actions', () => {
  it('gives the same state with the same rules', () => {
    const actions = roundActions([true, false, true, true, true]);
    expect(replay(freshState(), actions).state).toEqual(replay(freshState(), actions).state);
  });
});

describe('createEventBus', () => {
  it('delivers events by name, in subscription order, until unsubscribed', () => {
    const bus = createEventBus();
    const heard: string[] = [];
    const off = bus.on('answerGraded', (event) => heard.push(`first ${event.questionId}`));
    bus.on('answerGraded', (event) => heard.push(`second ${event.correct}`));
    bus.onAny(['roundClosed', 'saveFailed'], (event) => heard.push(event.name));
    bus.emit({ name: 'answerGraded', questionId: 'q', correct: true, score: 1, ms: 10, index: 0 });
    bus.emit({ name: 'saveFailed', message: 'disk full' });
    off();
    bus.emit({ name: 'answerGraded', questionId: 'r', correct: false, score: 0, ms: 10, index: 1 });
    expect(heard).toEqual(['first q', 'second true', 'saveFailed', 'second false']);
  });

  it('still reaches the other handlers when one throws, then rethrows', () => {
    const bus = createEventBus();
    const heard: string[] = [];
    bus.on('saveFailed', () => {
      throw new Error('broken handler');
    });
    bus.on('saveFailed', (event) => heard.push(event.message));
    expect(() => bus.emit({ name: 'saveFailed', message: 'quota' })).toThrow('broken handler');
    expect(heard).toEqual(['quota']);
  });
});
