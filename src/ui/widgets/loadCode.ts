import { errorMessage } from '../../core/errors';

/**
 * Imports code that is loaded on demand (a screen, the importers, the article editor). If the download
 * fails (offline before the service worker had it, or a deploy removed the old chunk), the player is told
 * what could not be loaded and what to do, through `report`, and the result is null: the caller stays
 * where it is instead of failing silently.
 */
export async function loadCode<T>(
  what: string,
  load: () => Promise<T>,
  report: (message: string) => void,
): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    report(`The ${what} could not be loaded (${errorMessage(error)}). Reload the page to try again.`);
    return null;
  }
}
