import { megabytes } from '../core/importers/kit/decode';
import {
  type DownloadProgress,
  type FetchedPack,
  type StartTimer,
  readBounded,
} from '../core/packs/boundedDownload';

/** Largest pack the game downloads from a link, in bytes. */
export const MAX_PACK_DOWNLOAD_BYTES = 5 * 1024 * 1024;

/** How long a download may go without receiving anything before it is given up, ms. */
export const DEFAULT_STALL_MS = 30_000;

/** Where the end-to-end test build reads a shorter stall timeout from (ms, in localStorage). */
const TEST_STALL_KEY = 'borderlines-e2e-download-stall-ms';

/** Content types a pack link may serve (text formats, JSON, XML, spreadsheets, or unknown binary). */
const ACCEPTED_TYPES = [
  /^application\/json\b/,
  /^text\//,
  /^application\/xml\b/,
  /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\b/,
  /^application\/octet-stream\b/,
];

/** What a download may be told besides its address. */
export interface PackFetchOptions {
  /** Longest wait for the response or its next chunk, ms (default {@link DEFAULT_STALL_MS}). */
  stallMs?: number;
  /** Told as the bytes arrive. */
  onProgress?(progress: DownloadProgress): void;
}

/**
 * The stall timeout this page uses: {@link DEFAULT_STALL_MS}, except in the end-to-end test build, where a
 * test may set a shorter one so that it sees a timeout without waiting half a minute.
 */
export function packDownloadStallMs(): number {
  if (import.meta.env.MODE === 'e2e') {
    const chosen = Number(window.localStorage.getItem(TEST_STALL_KEY));
    if (Number.isFinite(chosen) && chosen > 0) return chosen;
  }
  return DEFAULT_STALL_MS;
}

/** The browser's timer as the core's {@link StartTimer}. */
const startTimer: StartTimer = (ms, onFire) => {
  const id = setTimeout(onFire, ms);
  return () => clearTimeout(id);
};

/** The chunks of a response body, read with a reader so that cancelling the request ends them. */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** The file name at the end of a link's path, decoded when it can be (a malformed `%` escape stays as written). */
function fileNameOf(target: URL): string {
  const last = target.pathname.split('/').pop() || 'pack.json';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Seconds for a message: `30 s`, `1.5 s`. */
function seconds(ms: number): string {
  return `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`;
}

/**
 * Downloads a pack from a link: http(s) only, only with a content type a pack can have (an HTML page is
 * refused, since it is usually a sign-in or error page), and at most {@link MAX_PACK_DOWNLOAD_BYTES}: the
 * body is read chunk by chunk and the request cancelled as soon as it passes the limit, whether or not the
 * server declared a length. A download that receives nothing for `stallMs` is given up, and can be retried.
 * Never throws.
 */
export async function fetchPackFile(
  url: string,
  base: string,
  options: PackFetchOptions = {},
): Promise<FetchedPack> {
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { ok: false, message: `"${url}" is not a web address`, retry: false };
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    return {
      ok: false,
      message: `only http and https links can be opened, not ${target.protocol}`,
      retry: false,
    };
  const limit = megabytes(MAX_PACK_DOWNLOAD_BYTES);
  const tooLarge = (size: string): FetchedPack => ({
    ok: false,
    message: `${target.href} is ${size}; packs opened from a link are limited to ${limit}`,
    retry: false,
  });
  const timedOut = (received: number): FetchedPack => ({
    ok: false,
    message: `${target.href} sent nothing for ${seconds(stallMs)}${received > 0 ? ` after ${megabytes(received)}` : ''}; the download was stopped`,
    retry: true,
  });
  const controller = new AbortController();
  let response: Response;
  let waitedTooLong = false;
  const stopWaiting = startTimer(stallMs, () => {
    waitedTooLong = true;
    controller.abort();
  });
  try {
    response = await fetch(target, { credentials: 'omit', signal: controller.signal });
  } catch {
    if (waitedTooLong) return timedOut(0);
    return {
      ok: false,
      message: `${target.href} could not be reached (network error, or the site does not allow it)`,
      retry: true,
    };
  } finally {
    stopWaiting();
  }
  const refuse = (message: string, retry = false): FetchedPack => {
    controller.abort();
    return { ok: false, message, retry };
  };
  if (!response.ok)
    return refuse(
      `${target.href} answered HTTP ${response.status}`,
      response.status >= 500 || response.status === 408 || response.status === 429,
    );
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if ((type !== '' && !ACCEPTED_TYPES.some((pattern) => pattern.test(type))) || /^text\/html\b/.test(type))
    return refuse(`${target.href} sent ${type.split(';')[0]}, not a question pack`);
  const declaredText = response.headers.get('content-length');
  const declared = declaredText === null ? undefined : Number(declaredText);
  if (declared !== undefined && declared > MAX_PACK_DOWNLOAD_BYTES) {
    controller.abort();
    return tooLarge(megabytes(declared));
  }
  if (!response.body) return { ok: true, name: fileNameOf(target), bytes: new Uint8Array(0) };
  const outcome = await readBounded(chunksOf(response.body), {
    limit: MAX_PACK_DOWNLOAD_BYTES,
    stallMs,
    startTimer,
    abort: () => controller.abort(),
    ...(declared !== undefined && Number.isFinite(declared) ? { total: declared } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  switch (outcome.kind) {
    case 'complete':
      return { ok: true, name: fileNameOf(target), bytes: outcome.bytes };
    case 'too-large':
      return tooLarge(`larger than ${limit} (stopped after ${megabytes(outcome.received)})`);
    case 'stalled':
      return timedOut(outcome.received);
    case 'failed':
      return {
        ok: false,
        message: `the download of ${target.href} broke off after ${megabytes(outcome.received)} (network error)`,
        retry: true,
      };
  }
}
