import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  LEGACY_PROGRESS_KEY,
  PROFILES_KEY,
  createProfile,
  deleteProfile,
  loadProfiles,
  loadProgress,
  pointerKey,
  recordKey,
  renameProfile,
  saveProgress,
  setAsideUnreadable,
  switchProfile,
} from '../../../src/core/save/progressStore';
import { SAVE_SCHEMA_VERSION, type SaveData } from '../../../src/core/save/saveData';
import { T0 } from '../../support/packs';

/** An in-memory store; `failOn` makes one set call throw, to simulate a crash mid-write. */
function fakeStore(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  let failOn: ((key: string) => boolean) | null = null;
  const kv: KeyValueStore = {
    get: async (key) => structuredClone(data.get(key) ?? null),
    set: async (key, value) => {
      if (failOn?.(key)) throw new Error(`disk error writing ${key}`);
      data.set(key, structuredClone(value));
    },
    remove: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
  return { kv, data, failWhen: (test: ((key: string) => boolean) | null) => (failOn = test) };
}

function save(answers: number): SaveData {
  return {
    schemaVersion: SAVE_SCHEMA_VERSION,
    savedAt: T0 + answers,
    regions: { home: 'open' },
    answers: Array.from({ length: answers }, (_, i) => ({
      questionId: `q${i}`,
      regionId: 'home',
      response: 0,
      correct: true,
      score: 1,
      at: T0 + i,
      ms: 1000,
    })),
    settings: { muted: false },
    round: null,
    cards: {},
    reviewLog: [],
  };
}

describe('profiles', () => {
  it('creates "Learner 1" on first use', async () => {
    const { kv } = fakeStore();
    const index = await loadProfiles(kv, T0);
    expect(index.profiles).toEqual([{ id: index.current, name: 'Learner 1', createdAt: T0 }]);
    expect(await loadProgress(kv, index.current)).toEqual({ kind: 'fresh' });
  });

  it('moves progress saved under the old single key into the first profile', async () => {
    const { kv, data } = fakeStore({ [LEGACY_PROGRESS_KEY]: save(3) });
    const index = await loadProfiles(kv, T0);
    const loaded = await loadProgress(kv, index.current);
    expect(loaded.kind === 'loaded' && loaded.data.answers).toHaveLength(3);
    expect(data.has(LEGACY_PROGRESS_KEY)).toBe(false);
  });

  it('creates, renames, switches and deletes profiles, each with its own progress', async () => {
    const { kv, data } = fakeStore();
    const first = (await loadProfiles(kv, T0)).current;
    await saveProgress(kv, first, save(2));
    const created = await createProfile(kv, '  Ana   Petrova ', T0 + 1);
    const second = created.current;
    expect(created.profiles.map((p) => p.name)).toEqual(['Learner 1', 'Ana Petrova']);
    expect(await loadProgress(kv, second)).toEqual({ kind: 'fresh' });
    await saveProgress(kv, second, save(5));
    await renameProfile(kv, first, 'Boris', T0);
    expect((await switchProfile(kv, first, T0)).current).toBe(first);
    const loaded = await loadProgress(kv, first);
    expect(loaded.kind === 'loaded' && loaded.data.answers).toHaveLength(2);

    const after = await deleteProfile(kv, first, T0);
    expect(after).toEqual({ current: second, profiles: [expect.objectContaining({ id: second })] });
    expect([...data.keys()].filter((key) => key.includes(first))).toEqual([]);
    expect(await deleteProfile(kv, second, T0)).toEqual(after);
  });

  it('rebuilds a damaged profile index from the progress it finds, losing no one', async () => {
    const { kv } = fakeStore();
    const id = (await loadProfiles(kv, T0)).current;
    await saveProgress(kv, id, save(1));
    await kv.set(PROFILES_KEY, 'garbage');
    const index = await loadProfiles(kv, T0);
    expect(index.current).toBe(id);
  });
});

describe('atomic saves', () => {
  it('writes the next generation, then moves the pointer, keeping the previous one as the last good state', async () => {
    const { kv, data } = fakeStore();
    const id = (await loadProfiles(kv, T0)).current;
    for (let n = 1; n <= 4; n++) await saveProgress(kv, id, save(n));
    expect(data.get(pointerKey(id))).toEqual({ generation: 4 });
    expect([...data.keys()].filter((key) => key.startsWith(`${pointerKey(id)}/`)).sort()).toEqual([
      recordKey(id, 3),
      recordKey(id, 4),
    ]);
  });

  it('leaves the previous state readable when a write throws halfway', async () => {
    const store = fakeStore();
    const id = (await loadProfiles(store.kv, T0)).current;
    await saveProgress(store.kv, id, save(1));
    await saveProgress(store.kv, id, save(2));
    // The new record is written, then the pointer write fails: the crash the design is for.
    store.failWhen((key) => key === pointerKey(id));
    await expect(saveProgress(store.kv, id, save(3))).rejects.toThrow('disk error');
    const loaded = await loadProgress(store.kv, id);
    expect(loaded.kind === 'loaded' && loaded.data.answers).toHaveLength(2);
    // The record write itself fails: same.
    store.failWhen((key) => key.startsWith(`${pointerKey(id)}/`));
    await expect(saveProgress(store.kv, id, save(4))).rejects.toThrow('disk error');
    const again = await loadProgress(store.kv, id);
    expect(again.kind === 'loaded' && again.data.answers).toHaveLength(2);
    // Once the disk recovers, saving goes on.
    store.failWhen(null);
    await saveProgress(store.kv, id, save(5));
    const recovered = await loadProgress(store.kv, id);
    expect(recovered.kind === 'loaded' && recovered.data.answers).toHaveLength(5);
  });
});

describe('unreadable progress', () => {
  it('is reported with the raw data and the last good state, never changed, and can be set aside', async () => {
    const { kv, data } = fakeStore();
    const id = (await loadProfiles(kv, T0)).current;
    await saveProgress(kv, id, save(2));
    await saveProgress(kv, id, save(3));
    const corrupt = { schemaVersion: 2, regions: 'nonsense' };
    data.set(recordKey(id, 2), corrupt);
    const loaded = await loadProgress(kv, id);
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    expect(loaded.raw).toEqual(corrupt);
    expect(loaded.problems[0]).toMatchObject({ file: 'saved progress' });
    expect(loaded.lastGood?.answers).toHaveLength(2);
    expect(data.get(recordKey(id, 2))).toEqual(corrupt);

    const key = await setAsideUnreadable(kv, id, T0 + 9);
    expect(key).toBe(`unreadable/${id}/${T0 + 9}`);
    expect(data.get(key)).toEqual(corrupt);
  });

  it('names a save from a newer version of the game', async () => {
    const { kv, data } = fakeStore();
    const id = (await loadProfiles(kv, T0)).current;
    await saveProgress(kv, id, save(1));
    data.set(recordKey(id, 1), { ...save(1), schemaVersion: 99 });
    const loaded = await loadProgress(kv, id);
    expect(loaded.kind === 'unreadable' && loaded.problems[0]?.message).toMatch(/newer version/);
    expect(loaded.kind === 'unreadable' && loaded.lastGood).toBeNull();
  });
});
