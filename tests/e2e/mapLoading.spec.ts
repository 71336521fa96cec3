import type { Route } from '@playwright/test';
import { answerOne, expect, regionButton, storedAnswerCount, test } from './fixtures';
import { boot, EUROPEAN_RUSSIA } from '../support/e2eBoot';

/** The map engine's chunk (Phaser), which the game loads only after the menu is on screen. */
const ENGINE_CHUNK = /\/assets\/phaser-[^/]+\.js$/;

test('the menu and the region list work before the map engine has arrived, and the map joins a round under way', async ({
  page,
}) => {
  const held: Route[] = [];
  await page.route(ENGINE_CHUNK, (route) => {
    held.push(route);
  });
  await boot(page);
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  await expect(page.getByRole('navigation', { name: 'Regions' })).toBeVisible();
  await expect(page.locator('#game-root')).toHaveAttribute('data-map', 'loading');
  await expect(page.locator('#game-root')).toHaveAttribute('aria-busy', 'true');
  expect(held.length, 'the engine was requested after the menu').toBe(1);

  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerOne(page, true);
  await expect.poll(() => storedAnswerCount(page)).toBe(1);

  for (const route of held) await route.continue();
  await expect(page.locator('#game-root')).toHaveAttribute('data-map', 'ready');
  await expect(page.locator('#game-root canvas')).toBeVisible();
  await expect(page.locator('#game-root')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
});

test('when the map engine cannot be loaded, a warning says so and the region list still plays', async ({
  page,
  pageErrors,
}) => {
  await page.route(ENGINE_CHUNK, (route) => route.abort('failed'));
  await boot(page);
  await expect(page.getByRole('alert')).toContainText('The map could not be drawn');
  await expect(page.getByRole('alert')).toContainText('You can still play from the region list');
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  await expect(page.locator('#game-root')).toHaveAttribute('data-map', 'failed');
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerOne(page, true);
  await expect.poll(() => storedAnswerCount(page)).toBe(1);
  // The failed download itself is the browser's console error, expected here.
  const failed = pageErrors.filter((error) => /Failed to load resource|phaser/i.test(error));
  for (const error of failed) pageErrors.splice(pageErrors.indexOf(error), 1);
});

test('the data the menu needs is preloaded by the page, downloaded once each and compressed', async ({
  page,
}) => {
  const encodings = new Map<string, string>();
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop() ?? '';
    encodings.set(name, response.headers()['content-encoding'] ?? 'none');
  });
  await boot(page);
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => ({
        name: new URL(entry.name).pathname.split('/').pop() ?? '',
        initiator: (entry as PerformanceResourceTiming).initiatorType,
      }))
      .filter((entry) => entry.name.endsWith('.json')),
  );
  const names = fetched.map((entry) => entry.name).sort();
  expect(names.filter((name) => /^map-/.test(name))).toHaveLength(1);
  expect(names.filter((name) => /^border-geography-/.test(name))).toHaveLength(1);
  expect(new Set(names).size, 'no file downloaded twice').toBe(names.length);
  for (const entry of fetched) expect(entry.initiator, entry.name).toBe('link');
  for (const name of names) expect(encodings.get(name), name).toBe('br');
});
