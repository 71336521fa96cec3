import localforage from 'localforage';
import type { Problem } from '../core/problems';
import { mergeProgress } from '../core/save/mergeProgress';
import { type SaveData, parseSaveData } from '../core/save/saveData';

/** What loading saved progress found. */
export type LoadOutcome =
  | { kind: 'fresh' }
  | { kind: 'loaded'; data: SaveData }
  | { kind: 'unreadable'; problems: Problem[] }
  | { kind: 'unavailable'; reason: string };

/** Durable storage of one learner's progress. */
export interface ProgressStorage {
  /** Reads and checks saved progress. Never throws and never changes what is stored. */
  load(): Promise<LoadOutcome>;
  /** Writes progress; resolves once the write is durable (the IndexedDB transaction completed). */
  save(data: SaveData): Promise<void>;
  /** Reads the stored progress for merging: null when there is none or it cannot be read. */
  peek(): Promise<SaveData | null>;
  /** Copies whatever is stored under the progress key to a key of its own, so it survives a fresh start. */
  setAsideUnreadable(now: number): Promise<string>;
}

/** Storage key of the current learner's progress. */
export const PROGRESS_KEY = 'progress';

/** Name of the IndexedDB database and store, shared with tests that inspect or damage saved data. */
export const STORAGE_NAMES = { name: 'borderlines', storeName: 'progress' } as const;

/** Creates the localforage-backed progress storage (IndexedDB, falling back to localStorage). */
export function createProgressStorage(): ProgressStorage {
  const store = localforage.createInstance({
    ...STORAGE_NAMES,
    driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
  });
  return {
    async load() {
      let raw: unknown;
      try {
        await store.ready();
        raw = await store.getItem(PROGRESS_KEY);
      } catch (error) {
        return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
      }
      if (raw === null || raw === undefined) return { kind: 'fresh' };
      const parsed = parseSaveData(raw);
      return parsed.ok
        ? { kind: 'loaded', data: parsed.value }
        : { kind: 'unreadable', problems: parsed.problems };
    },
    async save(data) {
      await store.setItem(PROGRESS_KEY, data);
    },
    async peek() {
      const raw = await store.getItem(PROGRESS_KEY);
      if (raw === null || raw === undefined) return null;
      const parsed = parseSaveData(raw);
      return parsed.ok ? parsed.value : null;
    },
    async setAsideUnreadable(now) {
      const key = `${PROGRESS_KEY}-unreadable-${now}`;
      const raw = await store.getItem(PROGRESS_KEY);
      await store.setItem(key, raw);
      return key;
    },
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

  const write = async (mine: SaveData) => {
    await withLock(async () => {
      const stored = await storage.peek();
      const merged = stored ? mergeProgress(base, stored, mine) : mine;
      await storage.save(merged);
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
