/** Tells the time in epoch milliseconds; injected so that tests control time. */
export interface Clock {
  /** Current time as epoch milliseconds. */
  now(): number;
}
