/**
 * Serves the builds under sub-paths on localhost, the way a static host would: the production build
 * (`dist/`) at `/play/borderlines/` and the test build (`dist-e2e/`, made with `--mode e2e`, which adds
 * the test clock hook) at `/play/borderlines-e2e/`, sending the build's precompressed Brotli or gzip copies
 * when the browser accepts them. Used by the end-to-end tests; anything outside the
 * sub-paths is a 404, so absolute URLs in a build fail. Test packs in `tests/e2e/packs/` are served at
 * `/test-packs/`, for opening a pack from a link.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4318);
const subPath = process.argv[3] ?? '/play/borderlines/';
const testSubPath = `${subPath.replace(/\/$/, '')}-e2e/`;
const serveFrom = (folder: string) =>
  sirv(fileURLToPath(new URL(`../../${folder}`, import.meta.url)), {
    dev: false,
    etag: true,
    single: false,
    brotli: true,
    gzip: true,
  });
const mounts = [
  { path: '/test-packs/', serve: serveFrom('tests/e2e/packs') },
  { path: testSubPath, serve: serveFrom('dist-e2e') },
  { path: subPath, serve: serveFrom('dist') },
];

createServer((request, response) => {
  const url = request.url ?? '/';
  const mount = mounts.find(({ path }) => url.startsWith(path));
  if (!mount) {
    response.statusCode = 404;
    response.end('not found');
    return;
  }
  request.url = `/${url.slice(mount.path.length)}`;
  mount.serve(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  });
}).listen(port, '127.0.0.1', () =>
  console.log(
    `dist/ at http://127.0.0.1:${port}${subPath}, dist-e2e/ at http://127.0.0.1:${port}${testSubPath}`,
  ),
);
