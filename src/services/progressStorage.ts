import localforage from 'localforage';
import type { Problem } from '../core/problems';
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
    async setAsideUnreadable(now) {
      const key = `${PROGRESS_KEY}-unreadable-${now}`;
      const raw = await store.getItem(PROGRESS_KEY);
      await store.setItem(key, raw);
      return key;
    },
  };
}

/** Queues saves so that writes never overlap and the newest state always wins. */
export interface ProgressSaver {
  /** Asks for `data` to be written; an older pending write is replaced by it. */
  save(data: SaveData): void;
  /** Resolves when every requested write has finished. */
  idle(): Promise<void>;
}

/**
 * Creates a saver over `storage`. Writes run one at a time; while one is in flight, only the newest
 * request waits, so a burst of answers costs at most two writes. Failures go to `onError`.
 */
export function createProgressSaver(
  storage: ProgressStorage,
  onError: (error: unknown) => void,
): ProgressSaver {
  let pending: SaveData | null = null;
  let running: Promise<void> | null = null;

  const drain = async () => {
    while (pending) {
      const next = pending;
      pending = null;
      try {
        await storage.save(next);
      } catch (error) {
        onError(error);
      }
    }
    running = null;
  };

  return {
    save(data) {
      pending = data;
      running ??= drain();
    },
    idle: () => running ?? Promise.resolve(),
  };
}
