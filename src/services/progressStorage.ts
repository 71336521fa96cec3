import localforage from 'localforage';
import type { Clock } from '../core/clock';
import { errorMessage } from '../core/errors';
import { mergeProgress } from '../core/save/mergeProgress';
import {
  type KeyValueStore,
  type ProfileIndex,
  createProfile,
  currentGeneration,
  deleteProfile,
  loadProfiles,
  loadProgress,
  peekProgress,
  renameProfile,
  restoreProfile,
  saveProgress,
  setAsideUnreadable,
  switchProfile,
} from '../core/save/progressStore';
import type { SaveData } from '../core/save/saveData';
import type { ProgressStorage } from '../core/save/storagePorts';

/** Name of the IndexedDB database and store, shared with tests that inspect or damage saved data. */
export const STORAGE_NAMES = { name: 'borderlines', storeName: 'progress' } as const;

/** Creates the localforage-backed progress storage (IndexedDB, falling back to localStorage). */
export function createProgressStorage(clock: Clock): ProgressStorage {
  const store = localforage.createInstance({
    ...STORAGE_NAMES,
    driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
  });
  const kv: KeyValueStore = {
    get: (key) => store.getItem(key),
    set: async (key, value) => {
      await store.setItem(key, value);
    },
    remove: (key) => store.removeItem(key),
    keys: () => store.keys(),
  };
  let index: ProfileIndex | null = null;
  const current = () => {
    if (!index) throw new Error('progress storage used before it was opened');
    return index.current;
  };
  const remember = (next: ProfileIndex) => {
    index = next;
    return next;
  };
  return {
    async load() {
      try {
        await store.ready();
        index = await loadProfiles(kv, clock.now());
        return await loadProgress(kv, index.current);
      } catch (error) {
        return { kind: 'unavailable', reason: errorMessage(error) };
      }
    },
    profiles: () => {
      if (!index) throw new Error('progress storage used before it was opened');
      return index;
    },
    save: (data, generation) => saveProgress(kv, current(), data, generation),
    storedGeneration: () => currentGeneration(kv, current()),
    peek: () => peekProgress(kv, current()),
    setAsideUnreadable: (now) => setAsideUnreadable(kv, current(), now),
    createProfile: async (name, now) => remember(await createProfile(kv, name, now)),
    renameProfile: async (profileId, name, now) => remember(await renameProfile(kv, profileId, name, now)),
    switchProfile: async (profileId, now) => remember(await switchProfile(kv, profileId, now)),
    deleteProfile: async (profileId, now) => remember(await deleteProfile(kv, profileId, now)),
    peekProfile: (profileId) => peekProgress(kv, profileId),
    restoreProfile: async (profile, progress, now) =>
      remember(await restoreProfile(kv, profile, progress, now)),
  };
}

/** Keeps one learner's progress in step with storage and with other tabs of the game. */
export interface ProgressSync {
  /** Asks for `data` to be written; an older pending write is replaced by it. */
  save(data: SaveData): void;
  /** Resolves when every requested write has finished. */
  idle(): Promise<void>;
}

/** What the sync needs from the game. */
export interface ProgressSyncOptions {
  /** Where progress is stored. */
  storage: ProgressStorage;
  /** The progress this tab started from (null for a new learner): the first common base with other tabs. */
  initial: SaveData | null;
  /** This tab's progress now (used when another tab has saved). */
  current(): SaveData;
  /** Another tab's answers or ratings were merged in: the game should adopt `merged`. */
  onMerged(merged: SaveData): void;
  /** A write failed. */
  onError(error: unknown): void;
}

/** Name of the Web Lock and broadcast channel that tabs share. */
const SYNC_NAME = 'borderlines-progress';

/** Runs `work` while holding the tabs' shared lock (Web Locks), or directly where locks do not exist. */
function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(SYNC_NAME, work) : work();
}

/** True when `merged` holds progress that `mine` lacks (the other tab added something). */
function gainedFromOthers(merged: SaveData, mine: SaveData): boolean {
  return (
    merged.answers.length !== mine.answers.length ||
    merged.reviewLog.length !== mine.reviewLog.length ||
    (merged.cards !== mine.cards && JSON.stringify(merged.cards) !== JSON.stringify(mine.cards)) ||
    JSON.stringify(merged.regions) !== JSON.stringify(mine.regions) ||
    JSON.stringify(merged.settings) !== JSON.stringify(mine.settings)
  );
}

/**
 * Creates the progress sync. Writes run one at a time (while one is in flight, only the newest request
 * waits). Each write holds a lock shared by all tabs, reads what is stored, merges it with this tab's
 * progress (`mergeProgress`: nothing another tab saved is lost) and writes the result; then it tells the
 * other tabs, which merge the change into their own state. Failures go to `onError`.
 */
export function createProgressSync(options: ProgressSyncOptions): ProgressSync {
  const { storage } = options;
  let base = options.initial;
  let pending: SaveData | null = null;
  let running: Promise<void> | null = null;
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(SYNC_NAME) : null;

  // The generation this tab last wrote: while the pointer still names it, what is stored is `base`, so a
  // write needs neither to read the record back nor to merge (the usual case, and the fast one).
  let written = -1;
  const write = async (mine: SaveData) => {
    await withLock(async () => {
      const generation = await storage.storedGeneration();
      const stored = generation === written ? null : await storage.peek();
      const merged = stored ? mergeProgress(base, stored, mine) : mine;
      written = await storage.save(merged, generation);
      base = merged;
      if (gainedFromOthers(merged, mine)) options.onMerged(merged);
    });
    channel?.postMessage('saved');
  };

  const drain = async () => {
    while (pending) {
      const next = pending;
      pending = null;
      try {
        await write(next);
      } catch (error) {
        options.onError(error);
      }
    }
    running = null;
  };

  if (channel) {
    channel.onmessage = () => {
      void withLock(async () => {
        const stored = await storage.peek();
        if (!stored) return;
        const mine = options.current();
        const merged = mergeProgress(base, stored, mine);
        base = merged;
        if (gainedFromOthers(merged, mine)) options.onMerged(merged);
      }).catch(options.onError);
    };
  }

  return {
    save(data) {
      pending = data;
      running ??= drain();
    },
    idle: () => running ?? Promise.resolve(),
  };
}
