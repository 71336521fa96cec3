import type { GameSession } from '../../app/gameSession';
import type { PackLibrary } from '../../app/packLibrary';
import { packListings } from '../../core/play/selectors';
import type { DownloadProgress, FetchedPack } from '../../core/packs/boundedDownload';
import { downloadFile } from '../widgets/download';
import { loadCode } from '../widgets/loadCode';
import type { PackManagerScreen } from './PackManagerScreen';

/** What the pack manager is opened with. */
export interface PackManagerRowDeps {
  /** The installed packs. */
  library: PackLibrary;
  /** The session, for the time. */
  session: GameSession;
  /** The map's regions (a drafted pack's questions can be put in one). */
  regions: readonly { id: string; name: string }[];
  /** Downloads a pack file from a link, telling `onProgress` as bytes arrive. */
  downloadPack(url: string, onProgress: (progress: DownloadProgress) => void): Promise<FetchedPack>;
  /** Shows a warning that stays (a failed download of the screen's code). */
  warn(message: string): void;
  /** Plays a pack's questions. */
  onPlay(packId: string): void;
  /** Back to the menu. */
  onBack(): void;
}

/** Lets the page handle input and paint before going on: a slice of slow work ends here. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Loads the pack manager and the importers (on first use; they are not needed for the first screen) and
 * opens the manager over the pack library. Null when the code could not be loaded (the player is told).
 */
export async function openPackManager(deps: PackManagerRowDeps): Promise<PackManagerScreen | null> {
  const loaded = await loadCode(
    'pack manager',
    () => Promise.all([import('./PackManagerScreen'), import('../../core/importers/importAny')]),
    (message) => deps.warn(message),
  );
  if (!loaded) return null;
  const [{ PackManagerScreen, PASTED_TEXT }, { importAnyInSlices }] = loaded;
  const { library, session } = deps;
  const today = () => new Date(session.moment().now).toISOString().slice(0, 10);
  return new PackManagerScreen({
    list: () => packListings(library.current(), library.builtInIds),
    preview: (input, format) => {
      const now = session.moment().now;
      return importAnyInSlices(
        input.content,
        {
          file: input.name,
          date: new Date(now).toISOString().slice(0, 10),
          // Pasted text has no file name to make a pack id from: each paste is a pack of its own.
          ...(input.name === PASTED_TEXT ? { id: `pasted-${now.toString(36)}` } : {}),
        },
        nextTask,
        format,
      );
    },
    download: async (url, onProgress) => {
      const fetched = await deps.downloadPack(url, onProgress);
      return fetched.ok ? { ok: true, input: { name: fetched.name, content: fetched.bytes } } : fetched;
    },
    install: async (pack, file) => {
      await library.install(pack, file);
    },
    remove: async (packId) => {
      await library.remove(packId);
    },
    exportPack: (packId) => {
      const file = library.packFile(packId);
      if (file) downloadFile(file.name, `${JSON.stringify(file.json, null, 2)}\n`, 'application/json');
    },
    play: (packId) => deps.onPlay(packId),
    regions: () => deps.regions.map(({ id, name }) => ({ id, name })),
    today,
    onBack: () => deps.onBack(),
  });
}
