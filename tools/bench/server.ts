/**
 * The benchmark's static server: serves built folders under URL prefixes with gzip compression on the fly
 * (compressed once per file and kept), because DESIGN.md's byte budgets are in gzipped bytes. It runs in
 * the benchmark's own process, so it can never be a stale server from an earlier build.
 */
import { readFile, stat } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type Mount, contentTypeOf, isCompressible, resolveRequest } from './serving';

/** A running server; `close` stops it. */
export interface BenchServer {
  /** The port it listens on (the one asked for, or the one the system chose for 0). */
  port: number;
  close(): Promise<void>;
}

/** True when something already answers on the port (a server left over from another run). */
async function portInUse(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file and its gzipped form once, keyed by path and modification time. */
function fileCache() {
  const cache = new Map<string, { mtime: number; plain: Buffer; gzipped: Buffer | null }>();
  return async (file: string, compress: boolean) => {
    const info = await stat(file);
    if (!info.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtime === info.mtimeMs) return cached;
    const plain = await readFile(file);
    const entry = { mtime: info.mtimeMs, plain, gzipped: compress ? gzipSync(plain) : null };
    cache.set(file, entry);
    return entry;
  };
}

/** Starts serving `mounts` on 127.0.0.1:`port` (0: any free port); fails if the port is already taken. */
export async function startBenchServer(port: number, mounts: readonly Mount[]): Promise<BenchServer> {
  if (port !== 0 && (await portInUse(port)))
    throw new Error(`port ${port} is already in use; stop whatever serves it or set BENCH_PORT`);
  const read = fileCache();
  const server: Server = createServer((request, response) => {
    const file = resolveRequest(mounts, request.url ?? '/');
    const type = file ? contentTypeOf(file) : '';
    const notFound = () => {
      response.statusCode = 404;
      response.end('not found');
    };
    if (!file) return notFound();
    read(file, isCompressible(type))
      .then((entry) => {
        if (!entry) return notFound();
        const gzip = entry.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding']));
        response.setHeader('Content-Type', type);
        response.setHeader('Cache-Control', 'no-cache');
        if (entry.gzipped) response.setHeader('Vary', 'Accept-Encoding');
        if (gzip) response.setHeader('Content-Encoding', 'gzip');
        const body = gzip && entry.gzipped ? entry.gzipped : entry.plain;
        response.setHeader('Content-Length', body.length);
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(notFound);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
