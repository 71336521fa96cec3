import { defineConfig } from 'vitest/config';

/**
 * Two test projects: `unit` runs the pure core (and tools) in Node with no DOM at all, which is how the
 * core is kept honest; `dom` runs the DOM UI in happy-dom and queries it by role and name.
 *
 * `testTimeout` only catches a test that hangs: a property test or a lint run takes well under a second
 * on a quiet machine but many on a busy one, and vitest's default of 5 s failed such tests under load.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.ts'] },
      },
    ],
  },
});
