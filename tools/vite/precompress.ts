import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text formats and uncompressed audio, above a size where it pays. */
const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|wav)$/;
const MIN_BYTES = 1024;

/** Every file under `folder`, recursively, as paths joined to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of the build, when that
 * copy is smaller.
 *
 * Why: a static host that serves precompressed files (nginx `gzip_static`/`brotli_static`, Caddy
 * `precompressed`, sirv, most CDNs) then sends the game's ~2.3 MB as ~0.6 MB without compressing on every
 * request, and at Brotli's highest level, which is too slow to use on the fly. Hosts that compress on
 * their own simply ignore the copies. The service worker precaches only the originals.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'borderlines-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const path of filesUnder(outDir)) {
          if (!COMPRESSIBLE.test(path)) continue;
          const original = readFileSync(path);
          if (original.length < MIN_BYTES) continue;
          const brotli = brotliCompressSync(original, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
            },
          });
          const gzip = gzipSync(original, { level: 9 });
          if (brotli.length < original.length) writeFileSync(`${path}.br`, brotli);
          if (gzip.length < original.length) writeFileSync(`${path}.gz`, gzip);
        }
      },
    },
  };
}
