/**
 * How an end-to-end test starts: a new player opens the game (with or without the test pack of every
 * question type) and waits for the menu, or goes on to the map once it is drawn. Also the names of the
 * regions the tests play most, read from the map as the region list shows them.
 */
import type { Page } from '@playwright/test';
import { enterMap, openMenu, regionNames } from '../e2e/fixtures';
import { serveTestPack } from '../e2e/testPack';

/** A region's display name, from the map asset; throws for an id the map does not have. */
export function regionName(id: string): string {
  const name = regionNames.get(id);
  if (name === undefined) throw new Error(`the map has no region ${id}`);
  return name;
}

/** The region a new player can play first. */
export const EUROPEAN_RUSSIA = regionName('european-russia');

/** China's first open region. */
export const NORTH_CHINA = regionName('north-china');

/** The test build (`vite build --mode e2e`, served beside the real one), whose clock and timeouts tests can set. */
export const TEST_BUILD = '../borderlines-e2e/';

/** Where {@link boot} leaves the player, and whether the test pack is served in place of the built-in packs. */
export interface BootOptions {
  /** `menu` (the default) or `map`: the region list shown and the map drawn. */
  screen?: 'menu' | 'map';
  /** Serve `tests/e2e/testPack.ts`'s pack (one question of every type) instead of `questions/`. */
  testPack?: boolean;
}

/** Opens the game as a fresh player and waits until the chosen screen is usable. */
export async function boot(page: Page, options: BootOptions = {}): Promise<void> {
  if (options.testPack) await serveTestPack(page);
  await openMenu(page);
  if (options.screen === 'map') await enterMap(page);
}
