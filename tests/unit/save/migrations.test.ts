import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
