import { defineConfig } from 'vitest/config';

/**
 * Two test projects: `unit` runs the pure core (and tools) in Node with no DOM at all, which is how the
 * core is kept honest; `dom` runs the DOM UI in happy-dom and queries it by role and name.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.ts'] },
      },
    ],
  },
});
