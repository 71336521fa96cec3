import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, findExcessJsonDepth } from '../../../src/core/packs/jsonDepth';
import { parseJsonWithLocations } from '../../../src/core/packs/jsonText';
import { parsePack } from '../../../src/core/packs/parsePack';
import { formatProblem } from '../../../src/core/problems';
import { makeBackup, parseBackup } from '../../../src/core/save/backup';
import { SAVE_SCHEMA_VERSION, type SaveData } from '../../../src/core/save/saveData';

/** Lists nested `depth` levels deep: `[[[…]]]`. */
const deepLists = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** Objects nested `depth` levels deep: `{"a":{"a":…1}}`. */
const deepObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

const HUGE = 100_000;

describe('findExcessJsonDepth', () => {
  it('finds the bracket that goes one level too deep, with its line and column', () => {
    expect(findExcessJsonDepth(deepLists(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findExcessJsonDepth(deepLists(MAX_JSON_DEPTH + 1))).toEqual({
      line: 1,
      column: MAX_JSON_DEPTH + 1,
      limit: MAX_JSON_DEPTH,
    });
    expect(findExcessJsonDepth('{\n  "a": [\n    [[1]]\n  ]\n}', 3)).toEqual({
      line: 3,
      column: 6,
      limit: 3,
    });
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = `{"a": "${'['.repeat(500)}\\"${'{'.repeat(500)}", "b": [1]}`;
    expect(findExcessJsonDepth(text)).toBeUndefined();
    expect(findExcessJsonDepth(`["\\\\", ${deepLists(3)}]`, 3)).toEqual({ line: 1, column: 10, limit: 3 });
  });

  it('counts depth, not the number of brackets: siblings do not add up', () => {
    expect(findExcessJsonDepth(`[${'[[]],'.repeat(10_000)}[]]`, 3)).toBeUndefined();
  });

  it('reads a 100,000-deep text without using the call stack', () => {
    expect(findExcessJsonDepth(deepLists(HUGE))?.column).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe('JSON nested 100,000 levels deep gets a located message, not a stack overflow', () => {
  const message = /^the JSON is nested more than 64 levels deep here/;

  it('in the JSON reader, valid or not', () => {
    for (const text of [deepLists(HUGE), deepObjects(HUGE), deepLists(HUGE).slice(0, -1)]) {
      const parsed = parseJsonWithLocations(text, 'deep.json');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.problems).toEqual([
          expect.objectContaining({ message: expect.stringMatching(message) }),
        ]);
    }
  });

  it('in a pack, at the line of the bracket that goes too deep', () => {
    const text = `{\n  "format": "borderlines-pack",\n  "title": "Deep",\n  "questions": [\n    ${deepLists(HUGE)}\n  ]\n}`;
    const parsed = parsePack(text, 'packs/deep.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(formatProblem)).toEqual([
      `packs/deep.json, line 5, column ${5 + MAX_JSON_DEPTH - 2}: the JSON is nested more than 64 levels deep here (a pack or backup needs only a few levels; the file is damaged or was not made for Borderlines)`,
    ]);
  });

  it('in a backup, whose progress is otherwise opaque until validated', () => {
    const progress: SaveData = {
      schemaVersion: SAVE_SCHEMA_VERSION,
      savedAt: 1,
      regions: {},
      answers: [],
      settings: { muted: false, dailyGoal: 30 },
      round: null,
      cards: {},
      reviewLog: [],
    };
    const backup = JSON.stringify(makeBackup({ id: 'ana', name: 'Ana', createdAt: 1 }, progress, 5), null, 2);
    expect(parseBackup(backup, 'ana.json').ok).toBe(true);
    const deep = backup.replace('"regions": {}', `"regions": ${deepObjects(HUGE)}`);
    const line = deep.slice(0, deep.indexOf('"regions"')).split('\n').length;
    const parsed = parseBackup(deep, 'ana.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toEqual([
        expect.objectContaining({ file: 'ana.json', line, message: expect.stringMatching(message) }),
      ]);
  });

  it('leaves a pack of ordinary depth alone', () => {
    const nested = `{"format":"borderlines-pack","title":"T","questions":[],"extra":${deepLists(MAX_JSON_DEPTH - 1)}}`;
    expect(parseJsonWithLocations(nested).ok).toBe(true);
  });
});
