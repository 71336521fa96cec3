/**
 * Offline play: registers the service worker that the production build generates (`sw.js`, see
 * `vite.config.ts`), which precaches the whole game, and finds out when a new version has been installed
 * and is waiting, so the player can be asked before the game switches under them.
 */

/** The message the generated worker answers by taking over at once (Workbox's convention). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;
import { errorMessage } from '../core/errors';

/** How often an open game asks the host whether a new version has been published. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** How long the page must have finished no download before the new version is asked to take over. */
export const NETWORK_QUIET_MS = 500;

/** The longest wait for a quiet network: after this the new version is asked to take over anyway. */
export const NETWORK_QUIET_MAX_MS = 5000;

/** Switches to the waiting version: asks it to take over, and reloads the page once it has. */
export type ApplyUpdate = () => void;

/** The parts of `navigator.serviceWorker` used here, so tests can pass a stand-in. */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;

/** The parts of a service worker registration used here, so tests can pass a stand-in. */
export type WorkerRegistration = Pick<
  ServiceWorkerRegistration,
  'waiting' | 'installing' | 'addEventListener'
>;

/** What {@link watchForUpdates} reports to and how it reloads. */
export interface UpdateWatch {
  /** Called with the way to apply it whenever a new version is waiting. */
  onUpdateReady: (apply: ApplyUpdate) => void;
  /** Reloads the page into the new version. */
  reload: () => void;
  /** Resolves when the page is not downloading anything (default {@link whenNetworkQuiet}). */
  whenQuiet?: () => Promise<void>;
}

/**
 * Resolves once no download of the page (script, sound, data file) has finished for `quietMs`, or after
 * `maxMs` at the latest; at once where the browser cannot tell (no `PerformanceObserver`).
 */
export function whenNetworkQuiet(quietMs = NETWORK_QUIET_MS, maxMs = NETWORK_QUIET_MAX_MS): Promise<void> {
  if (typeof PerformanceObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
      resolve();
    };
    let quiet = setTimeout(finish, quietMs);
    const deadline = setTimeout(finish, maxMs);
    const observer = new PerformanceObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    });
    observer.observe({ type: 'resource' });
  });
}

/**
 * Calls `onUpdateReady` whenever a new version is installed and waiting while an older one controls the
 * page: one left waiting from an earlier visit, or one found while the game is open. The first install
 * is not an update (nothing controlled the page), so it is not offered.
 *
 * Applying waits until the page downloads nothing, then asks the waiting worker to take over, and reloads
 * once it has (`controllerchange`), so a reload never comes from anything but the player's choice. The
 * wait matters: Chromium gives up an activation if a download wakes the old worker while it is being
 * stopped, and the click on "Reload to update" is often the player's first, which loads the sounds. If the
 * new version has taken over by then anyway (the browser may activate it on its own, e.g. when other tabs
 * close), nothing is waiting any more and applying simply reloads into it.
 */
export function watchForUpdates(
  container: WorkerContainer,
  registration: WorkerRegistration,
  { onUpdateReady, reload, whenQuiet = whenNetworkQuiet }: UpdateWatch,
): void {
  let applying = false;
  let reloaded = false;
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    reload();
  };
  const apply = () => {
    if (applying) return;
    applying = true;
    container.addEventListener('controllerchange', reloadOnce, { once: true });
    void whenQuiet().then(() => {
      const waiting = registration.waiting;
      if (waiting) waiting.postMessage(SKIP_WAITING_MESSAGE);
      else reloadOnce();
    });
  };
  if (registration.waiting && container.controller) onUpdateReady(apply);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) onUpdateReady(apply);
    });
  });
}

/**
 * Registers the service worker in production builds (the `e2e` test build included) and reports waiting
 * updates to `onUpdateReady`. In the dev server it does nothing, so `npm start` never serves stale files
 * from a cache. A browser without service workers, or a failed registration, leaves the game working
 * online; the failure is a warning, not an error.
 */
export async function startOfflineSupport(onUpdateReady: (apply: ApplyUpdate) => void): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  try {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    watchForUpdates(navigator.serviceWorker, registration, {
      onUpdateReady,
      reload: () => window.location.reload(),
    });
    // Browsers check on each visit; a game left open for hours checks now and then too. Offline, the
    // check fails quietly and the cached version goes on.
    window.setInterval(() => registration.update().catch(() => undefined), UPDATE_CHECK_INTERVAL_MS);
  } catch (error) {
    console.warn(`Borderlines: offline play is not available (${errorMessage(error)})`);
  }
}
