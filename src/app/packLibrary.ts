import type { Pack } from '../core/model/pack';
import type { InstalledPack, PackStorage } from '../core/packs/packStoragePort';
import { buildQuestionBank } from '../core/packs/questionBank';
import type { Problem } from '../core/problems';
import { type Library, libraryOf } from '../core/play/library';

/** A pack as loaded: the pack, the file to blame in problems, and its questions' positions in that file. */
export interface LoadedPack {
  /** The pack. */
  pack: Pack;
  /** Where it came from, for problems. */
  file: string;
  /** Position of each kept question in the file. */
  positions?: readonly number[];
}

/** The installed packs and the questions they make: the one owner of the bank. */
export interface PackLibrary {
  /** The installed questions now. */
  current(): Library;
  /** Ids of the packs shipped with the game (they cannot be removed or replaced). */
  readonly builtInIds: ReadonlySet<string>;
  /** Problems found building the first bank (duplicate ids, unknown regions). */
  readonly problems: readonly Problem[];
  /** Stores a pack durably (replacing one with the same id) and makes its questions playable. */
  install(pack: Pack, file: string): Promise<Library>;
  /** Removes an installed pack; progress on its questions is kept. */
  remove(packId: string): Promise<Library>;
  /** A pack as a pack file again, questions this version cannot play included, or null if unknown. */
  packFile(packId: string): { name: string; json: unknown } | null;
  /** Calls `listener` with every new library; returns the function that stops it. */
  onChange(listener: (library: Library) => void): () => void;
}

/** What the library needs. */
export interface PackLibraryDeps {
  /** The packs shipped with the game. */
  builtIn: readonly LoadedPack[];
  /** The packs installed on this device, as stored. */
  installed: readonly InstalledPack[];
  /** The map's region ids (questions about other regions are left out). */
  regionIds: readonly string[];
  /** The names the map shows, which grading must not take for typos of another answer. */
  placeNames?: readonly string[];
  /** Durable storage of installed packs. */
  storage: Pick<PackStorage, 'put' | 'remove'>;
  /** The time, for the install date. */
  now(): number;
}

/** Creates the pack library over the built-in and installed packs. */
export function createPackLibrary(deps: PackLibraryDeps): PackLibrary {
  const regionSet = new Set(deps.regionIds);
  let installed: readonly LoadedPack[] = deps.installed;
  const build = () => buildQuestionBank([...deps.builtIn, ...installed], regionSet);
  const first = build();
  let library = libraryOf(first.bank, deps.regionIds, deps.placeNames);
  const listeners = new Set<(library: Library) => void>();
  const rebuild = () => {
    library = libraryOf(build().bank, deps.regionIds, deps.placeNames);
    for (const listener of [...listeners]) listener(library);
    return library;
  };
  return {
    current: () => library,
    builtInIds: new Set(deps.builtIn.map(({ pack }) => pack.id)),
    problems: first.problems,
    async install(pack, file) {
      await deps.storage.put(pack, file, deps.now());
      installed = [
        ...installed.filter((entry) => entry.pack.id !== pack.id),
        {
          pack,
          file: `installed pack "${pack.id}" (from ${file})`,
          positions: pack.questions.map((_, i) => i),
        },
      ];
      return rebuild();
    },
    async remove(packId) {
      await deps.storage.remove(packId);
      installed = installed.filter((entry) => entry.pack.id !== packId);
      return rebuild();
    },
    packFile(packId) {
      const pack = library.bank.packs.find((candidate) => candidate.id === packId);
      if (!pack) return null;
      const { deferred, ...rest } = pack;
      return {
        name: `${pack.id}.json`,
        json: { ...rest, questions: [...rest.questions, ...deferred.map((item) => item.raw)] },
      };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
