import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../src/core/events';
import { NO_MODE_RECORDS } from '../../../src/core/modes/records';
import { restoreGameState } from '../../../src/core/play/restoreState';
import { mergeProgress } from '../../../src/core/save/mergeProgress';
import { parseSaveData, toSaveData } from '../../../src/core/save/saveData';
import { T0 } from '../../support/packs';
import { GRAPH, REGIONS, freshState, reducerFor, testLibrary } from '../play/playWorld';

const reduce = reducerFor(testLibrary());
const whole = { kind: 'whole' as const, run: { at: T0, ms: 95_000, right: 21, total: 21 } };
const daily = {
  kind: 'daily' as const,
  run: { date: '2026-12-07', at: T0, ms: 102_000, right: 9, total: 10, outcomes: ['first' as const] },
};

describe('map mode records in the game state', () => {
  it('are recorded by an action that says what was recorded, for saving', () => {
    const before = freshState();
    const after = reduce(before, { type: 'modeRunRecorded', record: whole });
    expect(after.modes?.wholeMap.best).toEqual(whole.run);
    expect(eventsOf(before, after, { type: 'modeRunRecorded', record: whole })).toEqual([
      { name: 'modeRunRecorded', mode: 'whole', right: 21, total: 21, ms: 95_000 },
    ]);
  });

  it('ignore a second daily result for the same day (no change, nothing to save)', () => {
    const once = reduce(freshState(), { type: 'modeRunRecorded', record: daily });
    const again = reduce(once, {
      type: 'modeRunRecorded',
      record: { ...daily, run: { ...daily.run, right: 10 } },
    });
    expect(again).toBe(once);
    expect(eventsOf(once, again, { type: 'modeRunRecorded', record: daily })).toEqual([]);
  });

  it('are saved and come back after a reload', () => {
    const state = reduce(reduce(freshState(), { type: 'modeRunRecorded', record: whole }), {
      type: 'modeRunRecorded',
      record: daily,
    });
    const parsed = parseSaveData(JSON.parse(JSON.stringify(toSaveData(state, T0 + 1))));
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('; '));
    const restored = restoreGameState(
      parsed.value,
      {
        regionIds: REGIONS.map((region) => region.id),
        graph: GRAPH,
        startingRegions: ['home'],
        hasQuestion: () => false,
      },
      T0 + 2,
    );
    expect(restored.modes).toEqual(state.modes);
  });

  it('from another tab are merged in, not lost', () => {
    const mine = toSaveData(reduce(freshState(), { type: 'modeRunRecorded', record: whole }), T0 + 1);
    const stored = toSaveData(reduce(freshState(), { type: 'modeRunRecorded', record: daily }), T0 + 2);
    const merged = mergeProgress(null, stored, mine);
    expect(merged.modes).toEqual({
      ...NO_MODE_RECORDS,
      wholeMap: { best: whole.run, recent: [whole.run] },
      daily: [daily.run],
    });
  });
});
