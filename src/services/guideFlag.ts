import type { GuideFlag } from '../core/play/guide';

/**
 * The localStorage key that remembers that the guided first round was finished or skipped on this device.
 * It is kept apart from the saved progress (whose format the save module owns): losing it only shows the
 * tour again to a player who has no progress yet, since a player with progress never sees it.
 */
export const GUIDE_FLAG_KEY = 'borderlines:guided-first-round';

/** The few methods of `Storage` the flag uses, so that tests can hand in a fake. */
export type FlagStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or null where it cannot be reached (blocked cookies, some private modes). */
function browserStorage(): FlagStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The guide flag over `storage` (the browser's localStorage by default). */
export function createGuideFlag(storage: FlagStorage | null = browserStorage()): GuideFlag {
  return {
    done() {
      try {
        const value = storage?.getItem(GUIDE_FLAG_KEY);
        return value === 'finished' || value === 'skipped';
      } catch {
        return false;
      }
    },
    remember(outcome) {
      try {
        storage?.setItem(GUIDE_FLAG_KEY, outcome);
      } catch {
        // A full or blocked storage: the tour may show again to a new player, which is harmless.
      }
    },
  };
}
