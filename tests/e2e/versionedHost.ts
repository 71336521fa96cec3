/**
 * A static host of its own for one test, to publish a new version of the game while a page has it open.
 * It serves the production build (`dist/`) under a sub-path on a free port; after `publishNextVersion`,
 * `sw.js` comes with extra code appended, which is what a browser sees when a new build is deployed:
 * a service worker script that differs byte for byte. (Playwright's request routing cannot stand in for
 * this: it never sees the browser's own fetch of the worker script.)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** A running host: the game's URL, the switch to the next version, and how to stop it. */
export interface VersionedHost {
  url: string;
  publishNextVersion: (appendedCode: string) => void;
  close: () => Promise<void>;
}

/** Starts serving `dist/` at `http://127.0.0.1:<free port><subPath>`. */
export async function startVersionedHost(subPath: string): Promise<VersionedHost> {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  const serve = sirv(dist, { dev: false, etag: true, single: false });
  let appended: string | null = null;
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(subPath)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = `/${url.slice(subPath.length)}`;
    if (appended !== null && request.url.split('?')[0] === '/sw.js') {
      response.setHeader('Content-Type', 'text/javascript');
      response.setHeader('Cache-Control', 'no-cache');
      response.end(readFileSync(`${dist}/sw.js`, 'utf8') + appended);
      return;
    }
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    publishNextVersion: (code) => {
      appended = code;
    },
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
