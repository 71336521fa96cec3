/** Tells the time in epoch milliseconds; injected so that tests control time. */
export interface Clock {
  /** Current time as epoch milliseconds. */
  now(): number;
}

/** A clock that always returns the time it was last set to; for tests. */
export function createManualClock(
  start: number,
): Clock & { set(time: number): void; advance(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    set: (next) => {
      time = next;
    },
    advance: (ms) => {
      time += ms;
    },
  };
}
