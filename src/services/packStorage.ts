import localforage from 'localforage';
import type { Problem } from '../core/problems';
import type { InstalledPack, PackStorage } from '../core/packs/packStoragePort';
import { parsePack } from '../core/packs/parsePack';
import { STORAGE_NAMES } from './progressStorage';

/** Prefix of the storage keys that hold installed packs: `pack:<id>`. */
const PACK_KEY_PREFIX = 'pack:';

/** A pack the learner or teacher installed, as stored. */
interface StoredPack {
  /** The pack as JSON text in the game's format (validated again on every load). */
  text: string;
  /** The file it was imported from. */
  file: string;
  /** When it was installed, epoch ms. */
  installedAt: number;
}

/** Creates the pack storage over the same IndexedDB store as progress (keys `pack:<id>`). */
export function createPackStorage(): PackStorage {
  const store = localforage.createInstance({
    ...STORAGE_NAMES,
    driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
  });
  return {
    async loadAll() {
      const packs: InstalledPack[] = [];
      const problems: Problem[] = [];
      let keys: string[];
      try {
        keys = (await store.keys()).filter((key) => key.startsWith(PACK_KEY_PREFIX)).sort();
      } catch {
        return { packs, problems };
      }
      for (const key of keys) {
        const stored = (await store.getItem(key)) as StoredPack | null;
        const file = `installed pack "${key.slice(PACK_KEY_PREFIX.length)}"${stored?.file ? ` (from ${stored.file})` : ''}`;
        if (!stored || typeof stored.text !== 'string') {
          problems.push({
            file,
            path: '',
            message: 'the stored pack is damaged; remove it and import it again',
          });
          continue;
        }
        const parsed = parsePack(stored.text, file);
        if (!parsed.ok) {
          problems.push(...parsed.problems);
          continue;
        }
        problems.push(...parsed.value.problems);
        packs.push({ pack: parsed.value.pack, file, positions: parsed.value.positions });
      }
      return { packs, problems };
    },
    async put(pack, file, now) {
      const { deferred, ...rest } = pack;
      const text = JSON.stringify({
        ...rest,
        questions: [...rest.questions, ...deferred.map((item) => item.raw)],
      });
      await store.setItem(`${PACK_KEY_PREFIX}${pack.id}`, {
        text,
        file,
        installedAt: now,
      } satisfies StoredPack);
    },
    async remove(packId) {
      await store.removeItem(`${PACK_KEY_PREFIX}${packId}`);
    },
  };
}
