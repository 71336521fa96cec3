/**
 * Serves `dist/` under a sub-path (e.g. `/play/borderlines/`) on localhost, the way a static host would.
 * Used by the end-to-end tests; anything outside the sub-path is a 404, so absolute URLs in the build fail.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4318);
const subPath = process.argv[3] ?? '/play/borderlines/';
const root = fileURLToPath(new URL('../../dist', import.meta.url));
const serve = sirv(root, { dev: false, etag: true, single: false });

createServer((request, response) => {
  const url = request.url ?? '/';
  if (!url.startsWith(subPath)) {
    response.statusCode = 404;
    response.end('not found');
    return;
  }
  request.url = `/${url.slice(subPath.length)}`;
  serve(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  });
}).listen(port, '127.0.0.1', () => console.log(`dist/ served at http://127.0.0.1:${port}${subPath}`));
