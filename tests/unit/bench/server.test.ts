import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchServer, startBenchServer } from '../../../tools/bench/server';

describe('benchmark server', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-server-test-'));
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;
  let server: BenchServer;
  let base: string;

  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'app.js'), script);
    writeFileSync(join(root, 'sound.wav'), Buffer.alloc(2000, 1));
    server = await startBenchServer(0, [{ prefix: '/game/', root }]);
    base = `http://127.0.0.1:${server.port}/game/`;
  });
  afterAll(() => server.close());

  /** Raw response bytes, without the client undoing the compression. */
  async function raw(path: string, encoding: string) {
    const { request } = await import('node:http');
    return new Promise<{ headers: Record<string, unknown>; status: number; body: Buffer }>(
      (resolve, reject) => {
        request(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              headers: response.headers,
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks),
            }),
          );
        })
          .on('error', reject)
          .end();
      },
    );
  }

  it('gzips scripts for clients that accept it, and serves them plain otherwise', async () => {
    const zipped = await raw('app.js', 'gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(script);
    const plain = await raw('app.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('serves audio as it is, index.html for the folder, and 404 outside the mount', async () => {
    const sound = await raw('sound.wav', 'gzip');
    expect(sound.headers['content-encoding']).toBeUndefined();
    expect(sound.headers['content-type']).toBe('audio/wav');
    expect(sound.body.length).toBe(2000);
    expect((await raw('', 'identity')).body.toString()).toContain('<title>t</title>');
    expect((await raw('missing.js', 'gzip')).status).toBe(404);
    expect((await raw('../../etc/hostname', 'gzip')).status).toBe(404);
  });
});
