import type { Pack } from '../model/pack';
import type { Problem } from '../problems';

/** An installed pack, loaded and checked. */
export interface InstalledPack {
  /** The pack. */
  pack: Pack;
  /** Name used in problems: `installed pack "<id>" (from <file>)`. */
  file: string;
  /** Position of each kept question in the stored pack (for problem locations). */
  positions: number[];
}

/** Durable storage of installed packs, beside the learner's progress. */
export interface PackStorage {
  /** Loads every installed pack; a stored pack that no longer validates is reported, never deleted. */
  loadAll(): Promise<{ packs: InstalledPack[]; problems: Problem[] }>;
  /** Stores (or replaces) a pack; resolves when the write is durable. */
  put(pack: Pack, file: string, now: number): Promise<void>;
  /** Removes an installed pack. Learner progress on its questions is kept. */
  remove(packId: string): Promise<void>;
}
