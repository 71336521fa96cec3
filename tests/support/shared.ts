/**
 * `../shared` beside the checkout holds what the project reads but does not redistribute: the source
 * articles and third-party importer fixtures (and the design data the map was built from). CI has it; a
 * clone of the project alone does not. Tests that read it are registered only when it is there, and
 * otherwise say on the console, by name, what did not run and why, so a missing folder is never mistaken
 * for a pass.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

/** The `shared` folder beside the project's root (tests run from the root, as npm runs them). */
export const SHARED_DIR = resolve(process.cwd(), '..', 'shared');

/** Whether `../shared` is there. */
export const HAS_SHARED = existsSync(SHARED_DIR);

/** The path of a file or folder inside `../shared`, e.g. `sharedPath('articles', 'README.md')`. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** Prints that the tests named `name` were not registered because `../shared` is missing. */
function reportNotRun(kind: 'tests' | 'test', name: string): void {
  console.warn(`Not run (${SHARED_DIR} is missing; CI has it): the ${kind} "${name}".`);
}

/**
 * `describe` for tests that read `../shared`: registers `body` when the folder is there, and otherwise
 * registers nothing and prints the group's name as not run.
 */
export function describeWithShared(name: string, body: () => void): void {
  if (HAS_SHARED) describe(name, body);
  else reportNotRun('tests', name);
}

/**
 * `it` for one test that reads `../shared`: registers it when the folder is there, and otherwise prints
 * its name as not run.
 */
export function itWithShared(name: string, body: () => void | Promise<void>): void {
  if (HAS_SHARED) it(name, body);
  else reportNotRun('test', name);
}
