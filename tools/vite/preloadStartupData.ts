import type { Plugin } from 'vite';

/**
 * Adds `<link rel="preload" as="fetch" crossorigin>` to the built `index.html` for the data files the first
 * screen fetches (the built-in question packs and the map geometry), chosen by their source path.
 *
 * Why: the game fetches them from its script, which the browser reaches only after downloading, parsing and
 * running the main chunk (a few hundred milliseconds on a slow laptop). Preloading starts the downloads
 * while the HTML is parsed, so they are ready when the script asks. `crossorigin` makes the preload match
 * the script's plain `fetch()` (CORS mode, same-origin credentials), so the browser uses it, not a second
 * download. Only the production build is affected; the dev server fetches as before.
 */
export function preloadStartupData(isStartupData: (sourcePath: string) => boolean): Plugin {
  return {
    name: 'borderlines-preload-startup-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        return Object.values(bundle)
          .filter(
            (output) =>
              output.type === 'asset' &&
              (output.originalFileNames ?? []).some((name) => isStartupData(name.replace(/\\/g, '/'))),
          )
          .map((output) => output.fileName)
          .sort()
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
