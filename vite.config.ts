import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ICON_FILES } from './tools/icons/iconSet';
import { precompress } from './tools/vite/precompress';
import { preloadStartupData } from './tools/vite/preloadStartupData';

/**
 * The web manifest that makes the game installable. Every URL in it is relative to the manifest, which
 * sits next to `index.html`, so an installed copy opens and stays within the sub-path it came from. The
 * theme colour is the UI's accent (`--accent` in `src/ui/ui.css`, also the icon's background); the
 * background colour is the loading screen's, which is what the splash screen gives way to.
 */
const MANIFEST = {
  name: 'Borderlines',
  short_name: 'Borderlines',
  description:
    'A map study game about the facts behind Russia–China relations: treaties, pipelines, trade, arms and summits.',
  lang: 'en',
  start_url: '.',
  scope: '.',
  display: 'standalone',
  theme_color: '#1d3557',
  background_color: '#23344d',
  icons: ICON_FILES.flatMap(({ file, size, purpose }) =>
    purpose ? [{ src: `icons/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose }] : [],
  ),
} as const;

/**
 * Vite build for Borderlines.
 *
 * - `base: './'` makes every URL in the build relative, so `dist/` works from any sub-path of a static host.
 * - Phaser goes into its own chunk: it is a fixed ~355 kB (gzip) cost that changes less often than our code,
 *   and it is loaded by a dynamic import only when the map is needed.
 * - Nothing is inlined as a data URI: question packs, the map and sounds are fetched at run time, so a
 *   missing or broken file is reported by name in the page. The packs and the map, which the menu needs,
 *   are preloaded from `index.html` so their downloads start before the script runs.
 * - Every compressible file gets Brotli and gzip copies beside it (`tools/vite/precompress.ts`) for hosts
 *   that serve precompressed files.
 * - Offline play: vite-plugin-pwa writes `manifest.webmanifest` (linked from `index.html`) and a Workbox
 *   service worker, `sw.js`, that precaches every file of the build under revisioned URLs and serves them
 *   cache first, with navigations answered by the cached `index.html`. Nothing else is cached (no
 *   cross-origin requests, no teachers' packs opened by `?pack=`). A new version waits until the player
 *   chooses to reload (`src/services/offline.ts`), and the worker claims the page on the first visit only
 *   because nothing runs an older version then. The app registers it itself, in production builds only,
 *   so `npm start` never has a worker serving stale files.
 */
export default defineConfig({
  base: './',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 10 }],
        },
      },
    },
  },
  plugins: [
    preloadStartupData(
      (path) =>
        (/(^|\/)questions\/[^/]+\.json$/.test(path) && !path.endsWith('.schema.json')) ||
        /(^|\/)assets\/map\.json$/.test(path),
    ),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      mode: 'production',
      manifest: MANIFEST,
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,wav,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Only the game's own page: deeper paths under the sub-path stay the host's (its 404 page).
        navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
        runtimeCaching: [],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
    precompress(),
  ],
});
