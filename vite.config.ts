import { defineConfig } from 'vite';

/**
 * Vite build for Borderlines.
 *
 * - `base: './'` makes every URL in the build relative, so `dist/` works from any sub-path of a static host.
 * - Phaser goes into its own chunk: it is a fixed ~355 kB (gzip) cost that changes less often than our code,
 *   and it is loaded by a dynamic import only when the map is needed.
 * - Nothing is inlined as a data URI: question packs, the map and sounds are fetched at run time, so a
 *   missing or broken file is reported by name in the page.
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
});
