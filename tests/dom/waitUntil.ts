import { vi } from 'vitest';

/**
 * Waits until `check` stops throwing (or its promise resolves), as `vi.waitFor` does, but for up to 30 s
 * instead of vitest's default 1 s: the condition is what the test waits for, and on a busy machine the
 * page can take several seconds to get there.
 */
export function waitUntil<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 30_000, interval: 20 });
}
