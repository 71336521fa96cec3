/**
 * How this project starts Debian's Chromium (Playwright's own browser downloads do not work on our
 * machines): the end-to-end tests and the benchmarks share it.
 */

/** The Chromium binary: Debian's, unless `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless runs as root with no GPU (SwiftShader WebGL) and no background network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
