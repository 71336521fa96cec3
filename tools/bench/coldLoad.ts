/**
 * Cold loads: navigation → usable (a performance mark the page sets) and the compressed bytes loaded
 * before that moment, in a fresh context each time (no cache, no storage, no service worker yet).
 */
import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { type LoadedResource, bytesLoadedBy } from './pageLog';

/** One cold load: ms from navigation start to the mark, and bytes loaded by then. */
export interface ColdLoad {
  usableMs: number;
  bytes: number;
}

/** Loads `url` once in a fresh context and reads when `mark` was set and what had been loaded by then. */
async function coldLoad(browser: Browser, url: string, mark: string, cpuSlowdown: number): Promise<ColdLoad> {
  const { context, page } = await freshPage(browser, cpuSlowdown);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
      polling: 100,
      timeout: 120_000,
    });
    const { at, resources } = await page.evaluate((name) => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      return {
        // Mark times and resource times count from the same origin, the navigation's start.
        at: performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN,
        resources: entries.map((entry): LoadedResource => ({
          responseEnd: entry.responseEnd,
          encodedBodySize: entry.encodedBodySize,
        })),
      };
    }, mark);
    return { usableMs: at, bytes: bytesLoadedBy(resources, at) };
  } finally {
    await context.close();
  }
}

/** `runs` cold loads of `url`, one after the other. */
export async function coldLoads(
  browser: Browser,
  url: string,
  mark: string,
  cpuSlowdown: number,
  runs: number,
): Promise<ColdLoad[]> {
  const loads: ColdLoad[] = [];
  for (let run = 0; run < runs; run++) loads.push(await coldLoad(browser, url, mark, cpuSlowdown));
  return loads;
}
