import type { ProfileIndex, ProgressLoad } from './progressStore';
import type { SaveData } from './saveData';

/**
 * The storage of learners' progress as the game uses it: the port the browser adapter
 * (`services/progressStorage.ts`) implements over IndexedDB, and test doubles implement in memory.
 */

/** What loading saved progress found. */
export type LoadOutcome = ProgressLoad | { kind: 'unavailable'; reason: string };

/** Durable storage of the learners' progress on this device (profiles, atomic saves, data set aside). */
export interface ProgressStorage {
  /** Opens storage and reads the current profile's progress. Never throws and never changes progress. */
  load(): Promise<LoadOutcome>;
  /** The learners on this device (after `load`). */
  profiles(): ProfileIndex;
  /** Writes the current profile's progress atomically; resolves once the write is durable. */
  save(data: SaveData, generation?: number): Promise<number>;
  /** The generation of the current profile's stored progress (0 when none): it changes with every save. */
  storedGeneration(): Promise<number>;
  /** Reads the stored progress for merging: null when there is none or it cannot be read. */
  peek(): Promise<SaveData | null>;
  /** Copies the current profile's unreadable record to a key of its own, so it survives a fresh start. */
  setAsideUnreadable(now: number): Promise<string>;
  /** Adds a learner and makes them current. */
  createProfile(name: string, now: number): Promise<ProfileIndex>;
  /** Renames a learner. */
  renameProfile(profileId: string, name: string, now: number): Promise<ProfileIndex>;
  /** Makes another learner current. */
  switchProfile(profileId: string, now: number): Promise<ProfileIndex>;
  /** Deletes a learner and their progress. */
  deleteProfile(profileId: string, now: number): Promise<ProfileIndex>;
  /** Reads any learner's progress (null when none or unreadable). */
  peekProfile(profileId: string): Promise<SaveData | null>;
  /** Stores a learner from a backup (new, or replacing their progress) and makes them current. */
  restoreProfile(
    profile: { id: string; name: string },
    progress: SaveData,
    now: number,
  ): Promise<ProfileIndex>;
}
