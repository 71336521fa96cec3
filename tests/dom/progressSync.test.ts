import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_SCHEMA_VERSION, type SaveData } from '../../src/core/save/saveData';
import type { ProgressStorage } from '../../src/core/save/storagePorts';
import { createProgressSync } from '../../src/services/progressStorage';

const T0 = Date.UTC(2026, 0, 5, 9);

function save(answers: SaveData['answers']): SaveData {
  return {
    schemaVersion: SAVE_SCHEMA_VERSION,
    savedAt: T0,
    regions: { home: 'open' },
    answers,
    settings: { muted: false },
    round: null,
    cards: {},
    reviewLog: [],
  };
}

const answer = (questionId: string, at: number) => ({
  questionId,
  regionId: 'home',
  response: 0,
  correct: true,
  score: 1,
  at,
  ms: 1000,
});

/** An in-memory store of generations, counting how often the record is read back. */
function memoryStorage() {
  const stored = { generation: 0, data: null as SaveData | null, peeks: 0 };
  const storage = {
    storedGeneration: async () => stored.generation,
    peek: async () => {
      stored.peeks += 1;
      return stored.data;
    },
    save: async (data: SaveData, generation?: number) => {
      expect(generation, 'the sync passes the generation it read under the lock').toBe(stored.generation);
      stored.generation += 1;
      stored.data = data;
      return stored.generation;
    },
  } as unknown as ProgressStorage;
  return { stored, storage };
}

describe('createProgressSync', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('reads the stored record back only when another writer has saved since its own last write', async () => {
    const { stored, storage } = memoryStorage();
    const sync = createProgressSync({
      storage,
      initial: null,
      current: () => save([]),
      onMerged: () => {},
      onError: (error) => {
        throw error;
      },
    });
    sync.save(save([answer('a', T0)]));
    await sync.idle();
    sync.save(save([answer('a', T0), answer('b', T0 + 1)]));
    await sync.idle();
    sync.save(save([answer('a', T0), answer('b', T0 + 1), answer('c', T0 + 2)]));
    await sync.idle();
    expect(stored.peeks, 'only the first write reads back').toBe(1);
    expect(stored.generation).toBe(3);

    // Another tab saves an answer of its own: the next write reads it and keeps both.
    stored.data = save([answer('a', T0), answer('b', T0 + 1), answer('c', T0 + 2), answer('x', T0 + 3)]);
    stored.generation += 1;
    sync.save(save([answer('a', T0), answer('b', T0 + 1), answer('c', T0 + 2), answer('d', T0 + 4)]));
    await sync.idle();
    expect(stored.peeks).toBe(2);
    expect(stored.data?.answers.map((entry) => entry.questionId)).toEqual(['a', 'b', 'c', 'x', 'd']);
  });
});
