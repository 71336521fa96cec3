/**
 * Builds the bare-Phaser baseline page (`tools/bench/bare-phaser/`) with the project's Vite, the same
 * build target and relative base as the game, into a temporary folder, in the same run as the game's
 * measurements.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import gameConfig from '../../vite.config';

/** Builds the baseline page and returns the folder holding the build. */
export async function buildBarePhaser(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-bare-phaser-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./bare-phaser/', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: gameConfig.build?.target ?? 'es2022',
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1500,
    },
  });
  return outDir;
}
