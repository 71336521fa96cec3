import type { Clock } from '../core/clock';

/** Where the test build keeps its clock offset, so that a reload keeps the advanced time. */
const OFFSET_KEY = 'borderlines-e2e-clock-offset';

/** The hook the end-to-end tests use to move time forward; only the `e2e` build defines it. */
export interface TestClockHook {
  /** Moves the game's clock forward by `ms` (it stays moved across reloads in this browser profile). */
  advance(ms: number): void;
  /** The current offset from real time, ms. */
  offset(): number;
}

declare global {
  interface Window {
    /** Present only in builds made with `--mode e2e`. */
    borderlinesTestClock?: TestClockHook;
  }
}

/** A clock whose time can be moved forward by the end-to-end tests, to see cards come due. */
function createTestClock(): Clock {
  const read = () => Number(window.localStorage.getItem(OFFSET_KEY) ?? 0) || 0;
  window.borderlinesTestClock = {
    advance: (ms) => window.localStorage.setItem(OFFSET_KEY, String(read() + ms)),
    offset: read,
  };
  return { now: () => Date.now() + read() };
}

/**
 * The game's clock: real time, except in the end-to-end test build (`vite build --mode e2e`), where tests
 * can advance it. The mode is a build-time constant, so production builds contain no test hook at all.
 */
export function createClock(): Clock {
  if (import.meta.env.MODE === 'e2e') return createTestClock();
  return { now: () => Date.now() };
}
