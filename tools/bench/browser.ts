/** Starting the benchmark's Chromium and pages in it, optionally with the CPU slowed down. */
import { type Browser, type BrowserContext, type CDPSession, type Page, chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';

/** Port of the benchmark server (`BENCH_PORT`, 4319 unless set). */
export const PORT = Number(process.env.BENCH_PORT ?? 4319);

/** Where the game's production build is served. */
export const GAME_URL = `http://127.0.0.1:${PORT}/play/borderlines/`;

/** Where the bare-Phaser baseline build is served. */
export const BARE_URL = `http://127.0.0.1:${PORT}/bare-phaser/`;

/** Launches Debian's Chromium headless, as the end-to-end tests do (SwiftShader WebGL). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A page in a fresh context (empty cache and storage) with a DevTools session on it. */
export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * Opens a page in a new context, with `script` added before the page's own scripts and the CPU slowed
 * `cpuSlowdown` times (Chromium's DevTools throttling: 4 stands for a low-end school laptop).
 */
export async function freshPage(browser: Browser, cpuSlowdown: number, script?: string): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  if (script) await context.addInitScript(script);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { context, page, cdp };
}

/** Waits until the game's first menu can be used. */
export async function waitForMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).waitFor({ timeout: 60_000 });
}
