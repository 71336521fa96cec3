import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STALL_MS, MAX_PACK_DOWNLOAD_BYTES, fetchPackFile } from '../../src/services/packFetch';

const BASE = 'https://borderlines.example/';

/** A response body of `chunks` chunks of `size` bytes (endless when Infinity), counting the chunks pulled. */
function body(size: number, chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { state, stream };
}

/** Replaces `fetch` with one that answers with `respond`, recording the URLs and the abort signals. */
function serve(respond: (signal: AbortSignal) => Promise<Response>) {
  const calls: { url: string; signal: AbortSignal }[] = [];
  vi.stubGlobal('fetch', (url: URL, init: RequestInit) => {
    calls.push({ url: String(url), signal: init.signal as AbortSignal });
    return respond(init.signal as AbortSignal);
  });
  return calls;
}

/** A promise that rejects when `signal` aborts, as fetch does. */
const abortable = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchPackFile', () => {
  it('downloads a pack, reporting progress against the declared length', async () => {
    const { stream } = body(1000, 3);
    serve(
      async () =>
        new Response(stream, { headers: { 'content-type': 'text/plain', 'content-length': '3000' } }),
    );
    const progress: number[] = [];
    const fetched = await fetchPackFile('packs/week3.gift', BASE, {
      onProgress: ({ received, total }) => progress.push(received / (total ?? 1)),
    });
    expect(fetched).toEqual({ ok: true, name: 'week3.gift', bytes: new Uint8Array(3000).fill(65) });
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
  });

  it('stops reading an endless body with no declared length one chunk past 5 MB, naming the limit and the URL', async () => {
    const { state, stream } = body(64 * 1024, Infinity);
    const calls = serve(
      async () => new Response(stream, { headers: { 'content-type': 'application/json' } }),
    );
    const fetched = await fetchPackFile('https://teacher.example/endless.json', BASE);
    expect(fetched).toEqual({
      ok: false,
      message:
        'https://teacher.example/endless.json is larger than 5 MB (stopped after 5.1 MB); packs opened from a link are limited to 5 MB',
      retry: false,
    });
    // A stream reads ahead by one chunk of its own: at most two chunks past the limit are ever pulled.
    expect(state.pulled).toBeLessThanOrEqual(MAX_PACK_DOWNLOAD_BYTES / (64 * 1024) + 2);
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const { state, stream } = body(1024, Infinity);
    serve(async () => new Response(stream, { headers: { 'content-length': String(128 * 1024 * 1024) } }));
    expect(await fetchPackFile('https://teacher.example/big.json', BASE)).toEqual({
      ok: false,
      message: 'https://teacher.example/big.json is 128 MB; packs opened from a link are limited to 5 MB',
      retry: false,
    });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('gives up, with a retry, when the server does not answer or stops sending', async () => {
    vi.useFakeTimers();
    serve((signal) => abortable(signal));
    const silent = fetchPackFile('https://teacher.example/slow.json', BASE);
    await vi.advanceTimersByTimeAsync(DEFAULT_STALL_MS);
    expect(await silent).toEqual({
      ok: false,
      message: 'https://teacher.example/slow.json sent nothing for 30 s; the download was stopped',
      retry: true,
    });

    const stuck = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(2 * 1024 * 1024));
      },
    });
    serve(async () => new Response(stuck, { headers: { 'content-type': 'text/plain' } }));
    const stalled = fetchPackFile('https://teacher.example/stuck.json', BASE, { stallMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    expect(await stalled).toEqual({
      ok: false,
      message:
        'https://teacher.example/stuck.json sent nothing for 0.5 s after 2 MB; the download was stopped',
      retry: true,
    });
  });

  it('keeps a file name with a malformed % escape as written instead of throwing', async () => {
    serve(async () => new Response('{}', { headers: { 'content-type': 'application/json' } }));
    const fetched = await fetchPackFile('https://teacher.example/w%E0k.json', BASE);
    expect(fetched).toMatchObject({ ok: true, name: 'w%E0k.json' });
  });

  it('says which answers are worth retrying', async () => {
    serve(async () => new Response('busy', { status: 503 }));
    expect(await fetchPackFile('https://teacher.example/p.json', BASE)).toEqual({
      ok: false,
      message: 'https://teacher.example/p.json answered HTTP 503',
      retry: true,
    });
    serve(async () => new Response('gone', { status: 404 }));
    expect(await fetchPackFile('https://teacher.example/p.json', BASE)).toMatchObject({ retry: false });
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchPackFile('https://teacher.example/p.json', BASE)).toMatchObject({
      message:
        'https://teacher.example/p.json could not be reached (network error, or the site does not allow it)',
      retry: true,
    });
  });
});
