/**
 * A second subject is a data change: a small map of four rectangles with its own starting region, groups,
 * palette and title, and its own question pack, goes through the same core as the Russia–China map, from
 * parsing to a cleared region.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeMap } from '../../../src/core/map/describeMap';
import { regionAt } from '../../../src/core/map/hitTest';
import type { MapAsset } from '../../../src/core/map/mapTypes';
import { neighbourGraph, parseMapAsset } from '../../../src/core/map/parseMapAsset';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { type QuestionBank, buildQuestionBank } from '../../../src/core/packs/questionBank';
import { type GameAction, createGameReducer } from '../../../src/core/play/gameReducer';
import type { GameState } from '../../../src/core/play/gameState';
import { restoreGameState } from '../../../src/core/play/restoreState';
import type { Response } from '../../../src/core/questions/responses';
import { pickRoundQuestions } from '../../../src/core/quiz/round';
import { createSeededRng } from '../../../src/core/rng';
import { type Store, createStore } from '../../../src/core/store';
import { T0 } from '../../support/packs';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/second-map');
const MAP_FILE = 'tests/fixtures/second-map/map.json';
const PACK_FILE = 'tests/fixtures/second-map/pack.json';

/** Reads a fixture file as text. */
function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURE, name), 'utf8');
}

/** The second map, parsed like the game parses its map; fails the test if it does not parse. */
function secondMap(): MapAsset {
  const result = parseMapAsset(JSON.parse(fixture('map.json')), MAP_FILE);
  if (!result.ok) throw new Error(`${MAP_FILE} did not parse: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The second map's question bank, built from its own pack; fails the test on any problem. */
function secondBank(map: MapAsset): QuestionBank {
  const parsed = parsePack(fixture('pack.json'), PACK_FILE);
  if (!parsed.ok) throw new Error(`${PACK_FILE} did not parse: ${JSON.stringify(parsed.problems)}`);
  expect(parsed.value.problems).toEqual([]);
  const { bank, problems } = buildQuestionBank(
    [{ pack: parsed.value.pack, file: PACK_FILE, positions: parsed.value.positions }],
    new Set(map.regions.map((region) => region.id)),
  );
  expect(problems).toEqual([]);
  return bank;
}

/** A fresh game on the second map, driven through the store as the app drives it. */
function newGame(map: MapAsset, bank: QuestionBank): Store<GameState, GameAction> {
  const graph = neighbourGraph(map);
  const initial = restoreGameState(
    null,
    {
      regionIds: map.regions.map((region) => region.id),
      graph,
      startingRegions: map.startingRegions,
      hasQuestion: (questionId) => bank.get(questionId) !== undefined,
    },
    0,
  );
  return createStore(
    createGameReducer({
      graph,
      question: (questionId) => bank.get(questionId)?.question,
      projection: map.projection,
    }),
    initial,
  );
}

/** The right answer to a question of the fixture pack (true/false and single choice only). */
function rightAnswer(question: Question): Response {
  if (question.type === 'truefalse') return question.answer;
  if (question.type === 'single') return question.choices.findIndex((choice) => choice.correct === true);
  throw new Error(`the fixture pack has no ${question.type} questions`);
}

describe('a second map as data', () => {
  it('parses, with its own title, tagline, starting region and groups', () => {
    const map = secondMap();
    expect(map.title).toBe('Lakeland');
    expect(map.tagline).toContain('harbour');
    expect(map.startingRegions).toEqual(['harbour']);
    expect(Object.keys(map.groups).sort()).toEqual(['coast', 'upland', 'water']);
    expect(map.groups.water?.water).toBe(true);
    expect(map.regions.map((region) => region.id)).toEqual(['harbour', 'hills', 'marsh', 'lake']);
  });

  it('has a symmetric neighbour graph and regions that its hit test finds', () => {
    const map = secondMap();
    const graph = neighbourGraph(map);
    expect(graph).toEqual({
      harbour: ['hills', 'marsh'],
      hills: ['harbour', 'lake'],
      marsh: ['harbour', 'lake'],
      lake: ['hills', 'marsh'],
    });
    expect(regionAt(map, 50, 50)).toBe('harbour');
    expect(regionAt(map, 150, 150)).toBe('lake');
  });

  it('describes itself with its own sentence', () => {
    const map = secondMap();
    expect(
      describeMap({
        description: map.description,
        regions: map.regions,
        statuses: { harbour: 'open' },
        fading: new Set(),
        highlighted: 'harbour',
      }),
    ).toBe(
      'Map of Lakeland with 4 regions around the lake: 1 open, 0 cleared, 3 locked. Highlighted: The Harbour, open. The region list offers the same choices.',
    );
  });

  it("builds a question bank from its own pack, by the map's regions", () => {
    const bank = secondBank(secondMap());
    expect(bank.size).toBe(8);
    expect(bank.inRegion('harbour')).toHaveLength(5);
    expect(bank.inRegion('lake').map((entry) => entry.question.id)).toEqual(['lake-deep']);
  });

  it('opens only its starting region for a new player', () => {
    const map = secondMap();
    expect(newGame(map, secondBank(map)).getState().regions).toEqual({
      harbour: 'open',
      hills: 'locked',
      marsh: 'locked',
      lake: 'locked',
    });
  });

  it('clears the starting region after a round answered right, and opens its neighbours', () => {
    const map = secondMap();
    const bank = secondBank(map);
    const store = newGame(map, bank);
    const questions = pickRoundQuestions(
      bank.inRegion('harbour').map((entry) => entry.question),
      new Map(),
      createSeededRng(7),
    );
    expect(questions).toHaveLength(5);
    store.dispatch({ type: 'roundStarted', regionId: 'harbour', questions, at: T0 });
    questions.forEach(({ questionId }, index) => {
      const question = bank.get(questionId)?.question;
      if (!question) throw new Error(`question ${questionId} is not in the bank`);
      const shown = T0 + index * 10_000;
      store.dispatch({ type: 'answered', response: rightAnswer(question), at: shown + 2000 });
      store.dispatch({ type: 'advanced', at: shown + 10_000 });
    });

    const state = store.getState();
    expect(state.round?.result).toEqual({ score: 5, total: 5, passed: true, unlocked: ['hills', 'marsh'] });
    expect(state.regions).toEqual({ harbour: 'cleared', hills: 'open', marsh: 'open', lake: 'locked' });
    expect(state.answers.map((answer) => answer.regionId)).toEqual(Array(5).fill('harbour'));
  });
});
