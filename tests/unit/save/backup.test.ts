import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup, planBackupImport } from '../../../src/core/save/backup';
import {
  type KeyValueStore,
  loadProfiles,
  loadProgress,
  restoreProfile,
  saveProgress,
} from '../../../src/core/save/progressStore';
import { SAVE_SCHEMA_VERSION, type SaveData } from '../../../src/core/save/saveData';
import { T0 } from '../../support/packs';

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(data.get(key) ?? null),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}

const progress = (answers: number): SaveData => ({
  schemaVersion: SAVE_SCHEMA_VERSION,
  savedAt: T0,
  regions: { 'european-russia': 'cleared' },
  answers: Array.from({ length: answers }, (_, i) => ({
    questionId: `q${i}`,
    regionId: 'european-russia',
    response: 0,
    correct: true,
    score: 1,
    at: T0 + i,
    ms: 900,
  })),
  settings: { muted: false, dailyGoal: 30 },
  round: null,
  cards: {},
  reviewLog: [],
});

const profile = { id: 'pabc', name: 'Ana', createdAt: T0 };

describe('backups', () => {
  it('round-trips through a file', () => {
    const text = JSON.stringify(makeBackup(profile, progress(3), T0 + 5), null, 2);
    const parsed = parseBackup(text, 'ana.json');
    expect(parsed.ok && parsed.value.profile).toEqual({ id: 'pabc', name: 'Ana' });
    expect(parsed.ok && parsed.value.progress.answers).toHaveLength(3);
  });

  it('reads the progress of an older save format inside a backup', () => {
    const old = { ...progress(1), schemaVersion: 1 } as Record<string, unknown>;
    delete old.cards;
    delete old.reviewLog;
    const parsed = parseBackup(
      JSON.stringify({ ...makeBackup(profile, progress(0), T0), progress: old }),
      'old.json',
    );
    expect(parsed.ok && parsed.value.progress.schemaVersion).toBe(SAVE_SCHEMA_VERSION);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/, ''],
    ['another file', JSON.stringify({ format: 'borderlines-pack' }), /not a Borderlines backup/, 'format'],
    [
      'damaged progress',
      JSON.stringify(
        { ...makeBackup(profile, progress(1), T0), progress: { ...progress(1), regions: 7 } },
        null,
        2,
      ),
      /./,
      'progress.regions',
    ],
  ])('rejects %s with a located problem', (_label, text, message, path) => {
    const parsed = parseBackup(text, 'backup.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ file: 'backup.json', path });
    expect(parsed.problems[0]?.message).toMatch(message);
    expect(parsed.problems[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('plans an import: add a new learner, do nothing for the same progress, ask before replacing', () => {
    const backup = makeBackup(profile, progress(2), T0);
    expect(planBackupImport(backup, [])).toEqual({ kind: 'add' });
    expect(planBackupImport(backup, [{ profile, progress: { ...progress(2), savedAt: T0 + 99 } }])).toEqual({
      kind: 'same',
      profileId: 'pabc',
    });
    expect(planBackupImport(backup, [{ profile, progress: progress(5) }])).toEqual({
      kind: 'replace',
      profileId: 'pabc',
      currentAnswers: 5,
    });
  });

  it('restores on another device as a new learner; restoring twice changes nothing', async () => {
    const kv = memoryStore();
    const first = (await loadProfiles(kv, T0)).current;
    await saveProgress(kv, first, progress(1));
    const backup = makeBackup(profile, progress(4), T0);
    const index = await restoreProfile(kv, backup.profile, backup.progress, T0 + 1);
    expect(index.current).toBe('pabc');
    expect(index.profiles.map((p) => p.name)).toEqual(['Learner 1', 'Ana']);
    const loaded = await loadProgress(kv, 'pabc');
    expect(loaded.kind === 'loaded' && loaded.data).toEqual(backup.progress);
    expect(
      planBackupImport(backup, [{ profile, progress: loaded.kind === 'loaded' ? loaded.data : null }]).kind,
    ).toBe('same');
    const other = await loadProgress(kv, first);
    expect(other.kind === 'loaded' && other.data.answers).toHaveLength(1);
  });
});
