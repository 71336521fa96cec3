import type { Page } from '@playwright/test';
import { answerQuestion, enterMap, expect, regionButton, test, waitForMenu } from './fixtures';
import { startVersionedHost } from './versionedHost';
import { EUROPEAN_RUSSIA } from '../support/e2eBoot';

// The suite blocks service workers (see playwright.config.ts); these tests are about the worker.
test.use({ serviceWorkers: 'allow' });

/** Code appended to a served `sw.js` so its worker answers a `VERSION` message with `version`. */
function answersVersion(version: string): string {
  return `
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'VERSION') event.ports[0].postMessage('${version}');
});
`;
}

/**
 * The version first published, and a newly published one: the worker is otherwise the same, but each
 * answers a `VERSION` message with its name, so the test can tell which version controls the page.
 */
const FIRST_VERSION = answersVersion('first');
const NEXT_VERSION = answersVersion('next');

/** Waits until the service worker has precached the game and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/**
 * Which version controls the page, as its worker says: 'first' ({@link FIRST_VERSION}), 'next' once the
 * worker with {@link NEXT_VERSION} has taken over, or 'none' when no worker controls the page.
 */
function controllingVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve('none');
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage({ type: 'VERSION' }, [channel.port2]);
      }),
  );
}

/** Every URL in the page's caches (the service worker's precache). */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

test('after the first visit the game loads and plays offline, every file from the service worker', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/play\/borderlines\/sw\.js$/,
  );
  const cached = await cachedUrls(page);
  const origin = new URL(page.url()).origin;
  expect(cached.filter((url) => !url.startsWith(`${origin}/play/borderlines/`))).toEqual([]);
  for (const file of [
    /\/index\.html\?__WB_REVISION__=/,
    /\/assets\/map-[^/]+\.json$/,
    /\/assets\/phaser-/,
    /\/assets\/unbounded-latin-700-normal-[^/]+\.woff2$/,
    /\/assets\/atkinson-hyperlegible-latin-400-normal-[^/]+\.woff2$/,
  ])
    expect(cached.some((url) => file.test(url))).toBe(true);

  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  await page.reload();
  await waitForMenu(page);
  // The title's face comes from the cache too, so an offline game looks the same.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.fonts].some((face) => face.family.includes('Unbounded') && face.status === 'loaded'),
      ),
    )
    .toBe(true);
  await enterMap(page);
  await expect(page.locator('#game-root canvas')).toBeVisible();
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerQuestion(page, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  await answerQuestion(page, false);
  expect(fromNetwork, 'files fetched from the network while offline').toEqual([]);
});

test('a pack link opens under the service worker, and the downloaded pack is not cached', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  await waitForServiceWorker(page);
  const navigation = await page.goto('./?pack=/test-packs/week3.gift&mode=quiz&count=3&seed=7');
  expect(navigation?.fromServiceWorker(), 'the page itself comes from the cache').toBe(true);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Preview: Week 3 treaties' })).toBeVisible();
  expect((await cachedUrls(page)).filter((url) => url.includes('test-packs'))).toEqual([]);
});

test('the test build registers its own worker for its own sub-path', async ({ page }) => {
  await page.goto('../borderlines-e2e/');
  await waitForMenu(page);
  await waitForServiceWorker(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toMatch(
    /\/play\/borderlines-e2e\/$/,
  );
});

test('the game is installable: a linked manifest, a theme colour and icons that are real PNGs', async ({
  page,
  request,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref, 'manifest linked with a relative URL').toMatch(/^\.\//);
  const manifestUrl = new URL(manifestHref ?? '', page.url());
  const manifestResponse = await request.get(manifestUrl.href);
  expect(manifestResponse.ok()).toBe(true);
  const manifest = JSON.parse(await manifestResponse.text()) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  } & Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: 'Borderlines',
    short_name: 'Borderlines',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    theme_color: '#1d3557',
    background_color: '#23344d',
  });
  expect(String(manifest.description)).toContain('Russia–China');
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d3557');
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);

  const appleHref = (await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')) ?? '';
  const icons = [
    ...manifest.icons.map((icon) => ({ url: new URL(icon.src, manifestUrl).href, sizes: icon.sizes })),
    { url: new URL(appleHref, page.url()).href, sizes: '180x180' },
  ];
  for (const icon of icons) {
    const response = await request.get(icon.url);
    expect(response.ok(), `${icon.url} reachable`).toBe(true);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 8)], `${icon.url} is a PNG`).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, `${icon.url} size`).toBe(icon.sizes);
  }
});

test('a new version waits for the player: the notice appears, "Later" keeps the old one, "Reload to update" switches', async ({
  page,
}) => {
  const host = await startVersionedHost('/games/borderlines/');
  host.publishNextVersion(FIRST_VERSION);
  try {
    await page.goto(host.url);
    await waitForMenu(page);
    await waitForServiceWorker(page);
    const notice = page.getByRole('region', { name: 'Update available' });
    await expect(notice).toHaveCount(0);

    host.publishNextVersion(NEXT_VERSION);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(notice.getByRole('status')).toHaveText(
      'A new version of Borderlines is ready. Reloading keeps your progress.',
    );
    await notice.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toHaveCount(0);
    expect(await controllingVersion(page), 'nothing switched under the player').toBe('first');

    // The new version is still waiting on the next visit, and is offered again.
    await page.reload();
    await waitForMenu(page);
    expect(await controllingVersion(page)).toBe('first');
    await expect(notice).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await waitForMenu(page);
    expect(await controllingVersion(page)).toBe('next');
    await expect(notice).toHaveCount(0);
  } finally {
    await host.close();
  }
});
