import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_MODE_RECORDS } from '../../../src/core/modes/records';
import { NO_BESTS } from '../../../src/core/progress/bests';
import { progressOf } from '../../../src/core/progress/snapshot';
import { migrateSave } from '../../../src/core/save/migrations';
import { SAVE_SCHEMA_VERSION, parseSaveData } from '../../../src/core/save/saveData';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/unit/save/fixtures', name), 'utf8')) as Record<
    string,
    unknown
  >;

describe('save format 1 → 2', () => {
  it('loads a save from the first playable slice: empty memory model, credit from right and wrong', () => {
    const parsed = parseSaveData(fixture('progress-v1-first-slice.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.schemaVersion).toBe(SAVE_SCHEMA_VERSION);
    expect(parsed.value.cards).toEqual({});
    expect(parsed.value.reviewLog).toEqual([]);
    expect(parsed.value.answers.map((answer) => [answer.questionId, answer.score])).toEqual([
      ['aigun-year', 1],
      ['pos1-length', 0],
      ['peking-year', 1],
      ['nord-stream', 1],
      ['no-limits', 1],
    ]);
    expect(parsed.value.regions['european-russia']).toBe('cleared');
    expect(parsed.value.settings).toEqual({ muted: true });
  });

  it('keeps the cards, the log, partial credit and the round of a later version-1 save', () => {
    const raw = fixture('progress-v1-with-cards.json');
    const parsed = parseSaveData(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.cards).toEqual(raw.cards);
    expect(parsed.value.reviewLog).toEqual(raw.reviewLog);
    expect(parsed.value.answers.map((answer) => answer.score)).toEqual([1, 0.5, 0]);
    expect(parsed.value.round?.timed).toBe(true);
    expect(parsed.value.settings.timed).toBe(true);
  });

  it('does not touch a save that is already current, and leaves unversioned data for validation to reject', () => {
    const current = { schemaVersion: SAVE_SCHEMA_VERSION, anything: 1 };
    expect(migrateSave(current, SAVE_SCHEMA_VERSION)).toBe(current);
    const unversioned = { answers: [] };
    expect(migrateSave(unversioned, SAVE_SCHEMA_VERSION)).toBe(unversioned);
    const parsed = parseSaveData(unversioned);
    expect(!parsed.ok && parsed.problems[0]?.path).toBe('schemaVersion');
  });

  it('never changes the stored object it migrates', () => {
    const raw = fixture('progress-v1-first-slice.json');
    const before = JSON.stringify(raw);
    parseSaveData(raw);
    expect(JSON.stringify(raw)).toBe(before);
  });
});

describe('save format 2 → 3', () => {
  /** A save as version 2 wrote it: a timed round whose first answer lost its credit in a reload. */
  const V2 = 'progress-v2-timed-round-after-reload.json';

  it('loads a version-2 save with everything in it unchanged but the version', () => {
    const raw = fixture(V2);
    const parsed = parseSaveData(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { schemaVersion, round, modes, bests, ...rest } = parsed.value;
    const { schemaVersion: oldVersion, round: oldRound, ...oldRest } = raw;
    expect([oldVersion, schemaVersion]).toEqual([2, SAVE_SCHEMA_VERSION]);
    expect(rest).toEqual(oldRest);
    // Version 4 adds the map modes' records, version 5 the personal bests: empty for a save made before them.
    expect(modes).toEqual(NO_MODE_RECORDS);
    expect(bests).toEqual(NO_BESTS);
    const { answers, ...roundRest } = round ?? {};
    const { answers: oldAnswers, ...oldRoundRest } = oldRound as { answers: unknown[] };
    expect(roundRest).toEqual(oldRoundRest);
    // The answer that still had its credit and points is read as it was.
    expect(answers?.[1]).toEqual(oldAnswers[1]);
  });

  it('gives a round answer that lost its credit and points in a reload both back, from the history', () => {
    const parsed = parseSaveData(fixture(V2));
    if (!parsed.ok) throw new Error('the version-2 fixture did not load');
    const first = parsed.value.round?.answers[0];
    const recorded = parsed.value.answers[0];
    expect(first).toMatchObject({
      questionId: 'pos1-order',
      score: recorded?.score,
      points: recorded?.points,
    });
    expect(first?.score).toBeCloseTo(2 / 3);
    expect(first?.points).toBe(633);
  });

  it('gives credit from right and wrong to a round answer the history does not hold', () => {
    const raw = fixture(V2);
    const parsed = parseSaveData({ ...raw, answers: [] });
    expect(parsed.ok && parsed.value.round?.answers.map((answer) => answer.score)).toEqual([0, 0.5]);
  });

  it('migrates a version-1 save through version 2 to the current version', () => {
    const parsed = parseSaveData(fixture('progress-v1-with-cards.json'));
    expect(parsed.ok && parsed.value.schemaVersion).toBe(SAVE_SCHEMA_VERSION);
  });
});

describe('save format 3 → 4', () => {
  /** A save as version 3 wrote it (made with that build's `toSaveData`): before the map modes. */
  const V3 = 'progress-v3-before-map-modes.json';

  it('loads a version-3 save with everything in it unchanged, and no map mode records yet', () => {
    const raw = fixture(V3);
    const parsed = parseSaveData(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { schemaVersion, modes, bests, ...rest } = parsed.value;
    const { schemaVersion: oldVersion, ...oldRest } = raw;
    expect([oldVersion, schemaVersion]).toEqual([3, SAVE_SCHEMA_VERSION]);
    expect(rest).toEqual(oldRest);
    expect(modes).toEqual(NO_MODE_RECORDS);
    expect(bests).toEqual(NO_BESTS);
  });

  it('says where a record of the map modes is wrong, and does not load it', () => {
    const raw = { ...fixture(V3), schemaVersion: 4 };
    const parsed = parseSaveData({
      ...raw,
      modes: {
        wholeMap: { best: null, recent: [] },
        daily: [{ date: '7 Dec', at: 1, ms: 2, right: 1, total: 10, outcomes: [] }],
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.path).toBe('modes.daily[0].date');
    expect(parsed.problems[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('save format 4 → 5', () => {
  /** A save as version 4 wrote it (that build's `toSaveData`): timed answers, a flashcard review, a map run. */
  const V4 = 'progress-v4-before-progress.json';

  it('loads a version-4 save with everything in it unchanged, and no personal bests yet', () => {
    const raw = fixture(V4);
    const parsed = parseSaveData(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { schemaVersion, bests, ...rest } = parsed.value;
    const { schemaVersion: oldVersion, ...oldRest } = raw;
    expect([oldVersion, schemaVersion]).toEqual([4, 5]);
    expect(rest).toEqual(oldRest);
    expect(bests).toEqual(NO_BESTS);
  });

  it('gives an old save its XP, level and streak at once, from the answers and reviews it holds', () => {
    const parsed = parseSaveData(fixture(V4));
    if (!parsed.ok) throw new Error('the version-4 fixture did not load');
    const progress = progressOf(parsed.value, () => [], { now: parsed.value.savedAt, utcOffsetMin: 0 });
    // A right timed answer (2 + 8 + 8 for 812 points), a 0.4-credit one (2 + 3), one flashcard review (3).
    expect(progress.xp).toMatchObject({ fromAnswers: 23, fromReviews: 3, reviews: 1, total: 26 });
    expect(progress.level).toMatchObject({ level: 1, name: 'Border guard', next: 100 });
    // Answers on one day, the review the next: two days in a row.
    expect(progress.streak).toMatchObject({ current: 2, activeToday: true });
  });

  it('says where a personal best is wrong, and does not load it', () => {
    const raw = { ...fixture(V4), schemaVersion: 5 };
    const parsed = parseSaveData({
      ...raw,
      bests: {
        regions: { 'north-china': { best: { at: 1, score: -1, total: 5 }, recent: [] } },
        timed: { best: null, recent: [] },
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.path).toBe('bests.regions.north-china.best.score');
  });
});
