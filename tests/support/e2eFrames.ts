/**
 * Waiting on the browser's own frames instead of the clock: "nothing changed for N frames" scales with
 * the machine, where "nothing changed for 500 ms" fails on a busy one.
 */
import type { Page } from '@playwright/test';

/** Resolves after the page has run `count` more animation frames. */
export async function animationFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(frames);
      }),
    count,
  );
}
