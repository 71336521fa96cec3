/**
 * Reading a download's body chunk by chunk under two limits: a size cap (reading stops, and the source is
 * cancelled, as soon as the bytes pass it, whatever length the server declared or left out) and a stall
 * timeout (no new chunk for too long). Pure: the caller hands in the chunks, a way to abort the source and
 * a timer, so the rules are tested in node without a network or real time.
 */
import { megabytes } from '../importers/kit/decode';

/** How far a download has got. */
export interface DownloadProgress {
  /** Bytes received so far. */
  received: number;
  /** Bytes the server said it would send, when it said (its `Content-Length`). */
  total?: number;
}

/**
 * A downloaded pack file, or why it could not be downloaded; `retry` says whether trying again may help
 * (a timeout, a network error, a busy server), as opposed to a file that is wrong.
 */
export type FetchedPack =
  { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string; retry: boolean };

/** Starts a timer that calls `onFire` after `ms`; returns the function that stops it. */
export type StartTimer = (ms: number, onFire: () => void) => () => void;

/** How reading a body ended. */
export type BodyOutcome =
  /** Every byte arrived, within the limit. */
  | { kind: 'complete'; bytes: Uint8Array }
  /** The bytes passed the limit; reading stopped there and the source was aborted. */
  | { kind: 'too-large'; received: number }
  /** No chunk arrived for `stallMs`; the source was aborted. */
  | { kind: 'stalled'; received: number }
  /** The source failed (a network error part way). */
  | { kind: 'failed'; received: number; reason: unknown };

/** What {@link readBounded} needs besides the chunks. */
export interface BoundedReadOptions {
  /** Most bytes to accept. */
  limit: number;
  /** Longest wait for the next chunk, ms. */
  stallMs: number;
  /** The timer for the stall timeout. */
  startTimer: StartTimer;
  /** Stops the source (cancels the request): called when reading gives up early. */
  abort(): void;
  /** The length the server declared, if any (only for progress). */
  total?: number;
  /** Told after each chunk. */
  onProgress?(progress: DownloadProgress): void;
}

/** Joins chunks into one buffer of `length` bytes. */
function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads `chunks` until the end, keeping at most `limit` bytes: past the limit, or after `stallMs` without a
 * chunk, it aborts the source and says why. It never reads a chunk after the one that crossed the limit.
 * Never throws; a failing source is an outcome.
 */
export async function readBounded(
  chunks: AsyncIterable<Uint8Array>,
  options: BoundedReadOptions,
): Promise<BodyOutcome> {
  const iterator = chunks[Symbol.asyncIterator]();
  const kept: Uint8Array[] = [];
  let received = 0;
  const giveUp = (): void => {
    options.abort();
    // Not awaited: a stalled source may never settle; its late rejection is expected and ignored.
    iterator.return?.().catch(() => undefined);
  };
  for (;;) {
    let stop = (): void => undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      stop = options.startTimer(options.stallMs, () => resolve('stalled'));
    });
    const next = iterator.next();
    next.catch(() => undefined);
    let step: IteratorResult<Uint8Array> | 'stalled';
    try {
      step = await Promise.race([next, stalled]);
    } catch (reason) {
      return { kind: 'failed', received, reason };
    } finally {
      stop();
    }
    if (step === 'stalled') {
      giveUp();
      return { kind: 'stalled', received };
    }
    if (step.done) return { kind: 'complete', bytes: concat(kept, received) };
    received += step.value.byteLength;
    if (received > options.limit) {
      giveUp();
      return { kind: 'too-large', received };
    }
    kept.push(step.value);
    options.onProgress?.({ received, ...(options.total !== undefined ? { total: options.total } : {}) });
  }
}

/**
 * The progress line for a download: a percentage when the length is known, else the bytes so far
 * (`Downloading week3.gift… 42 %`, `Downloading week3.gift… 1.2 MB so far`).
 */
export function describeProgress(name: string, progress: DownloadProgress): string {
  const { received, total } = progress;
  if (total !== undefined && total > 0 && received <= total)
    return `Downloading ${name}… ${Math.floor((received / total) * 100)} %`;
  const amount = received < 1024 * 100 ? `${Math.ceil(received / 1024)} kB` : megabytes(received);
  return `Downloading ${name}… ${amount} so far`;
}
