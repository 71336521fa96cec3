import { describe, expect, it } from 'vitest';
import {
  type BoundedReadOptions,
  type DownloadProgress,
  describeProgress,
  readBounded,
} from '../../../src/core/packs/boundedDownload';

/** A timer the test fires by hand: it records every timer started and whether it was stopped. */
function manualTimers() {
  const timers: { ms: number; fire: () => void; stopped: boolean }[] = [];
  return {
    timers,
    start: ((ms, onFire) => {
      const timer = { ms, fire: onFire, stopped: false };
      timers.push(timer);
      return () => {
        timer.stopped = true;
      };
    }) as BoundedReadOptions['startTimer'],
    /** Fires the one timer still running (the wait for the next chunk). */
    fireRunning(): void {
      const running = timers.filter((timer) => !timer.stopped);
      expect(running).toHaveLength(1);
      running[0]?.fire();
    },
  };
}

/** A source of `count` chunks of `size` bytes (endless when count is Infinity) that counts what was pulled. */
function source(size: number, count: number) {
  const state = { pulled: 0, closed: false };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      while (state.pulled < count) {
        state.pulled += 1;
        yield new Uint8Array(size).fill(state.pulled & 0xff);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, chunks: chunks() };
}

/** Resolves when `check` holds, polling on the microtask queue only (no timers, no real time). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !check(); i++) await Promise.resolve();
  expect(check()).toBe(true);
}

describe('readBounded', () => {
  it('joins every chunk of a body within the limit, reporting progress against the declared length', async () => {
    const timers = manualTimers();
    const { chunks } = source(1000, 3);
    const progress: DownloadProgress[] = [];
    const outcome = await readBounded(chunks, {
      limit: 5000,
      stallMs: 30_000,
      startTimer: timers.start,
      abort: () => expect.unreachable('a complete body is not aborted'),
      total: 3000,
      onProgress: (step) => progress.push(step),
    });
    expect(outcome.kind).toBe('complete');
    if (outcome.kind === 'complete') expect([...new Set(outcome.bytes)]).toEqual([1, 2, 3]);
    expect(progress).toEqual([
      { received: 1000, total: 3000 },
      { received: 2000, total: 3000 },
      { received: 3000, total: 3000 },
    ]);
    expect(timers.timers.every((timer) => timer.ms === 30_000 && timer.stopped)).toBe(true);
  });

  it('stops an endless body without a declared length one chunk past the limit, and aborts it', async () => {
    const { state, chunks } = source(64 * 1024, Infinity);
    let aborted = 0;
    const limit = 5 * 1024 * 1024;
    const outcome = await readBounded(chunks, {
      limit,
      stallMs: 30_000,
      startTimer: manualTimers().start,
      abort: () => (aborted += 1),
    });
    expect(outcome).toEqual({ kind: 'too-large', received: limit + 64 * 1024 });
    expect(state.pulled).toBe(limit / (64 * 1024) + 1);
    expect(aborted).toBe(1);
    await until(() => state.closed);
  });

  it('gives up when no chunk arrives within the stall time, after what did arrive', async () => {
    const timers = manualTimers();
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    async function* stalling(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(700);
      await stuck;
      yield new Uint8Array(1);
    }
    let aborted = false;
    const received: number[] = [];
    const outcome = readBounded(stalling(), {
      limit: 10_000,
      stallMs: 250,
      startTimer: timers.start,
      abort: () => {
        aborted = true;
        release();
      },
      onProgress: (step) => received.push(step.received),
    });
    await until(() => received.length === 1);
    timers.fireRunning();
    expect(await outcome).toEqual({ kind: 'stalled', received: 700 });
    expect(aborted).toBe(true);
    expect(timers.timers.map((timer) => timer.ms)).toEqual([250, 250]);
  });

  it('reports a source that breaks off, with the bytes received', async () => {
    async function* breaking(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      throw new TypeError('network error');
    }
    const outcome = await readBounded(breaking(), {
      limit: 100,
      stallMs: 1000,
      startTimer: manualTimers().start,
      abort: () => undefined,
    });
    expect(outcome).toMatchObject({ kind: 'failed', received: 10 });
  });
});

describe('describeProgress', () => {
  it('gives a percentage when the length is known, else the bytes so far', () => {
    expect(describeProgress('week3.gift', { received: 420, total: 1000 })).toBe(
      'Downloading week3.gift… 42 %',
    );
    expect(describeProgress('week3.gift', { received: 3000 })).toBe('Downloading week3.gift… 3 kB so far');
    expect(describeProgress('week3.gift', { received: 1_300_000 })).toBe(
      'Downloading week3.gift… 1.2 MB so far',
    );
    expect(describeProgress('p.json', { received: 2000, total: 1000 })).toBe(
      'Downloading p.json… 2 kB so far',
    );
  });
});
