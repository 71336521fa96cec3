import type { Page } from '@playwright/test';
import { projectToMap } from '../../src/core/map/projection';
import { MAP, expect, regionButton, shownPointOf, test } from './fixtures';
import { BEIJING_PLACE_QUESTION, serveOnlyQuestions } from './testPack';
import { NORTH_CHINA, boot } from '../support/e2eBoot';
import { pixelsNear } from './pixels';

const BEIJING = BEIJING_PLACE_QUESTION;

/** Harbin's spot in map units (a place the built-in bank asks about). */
const HARBIN = projectToMap(MAP.projection, 126.63, 45.75);

/** Beijing's spot in map units. */
const TARGET = projectToMap(MAP.projection, BEIJING.target.point[0], BEIJING.target.point[1]);

/** The names of the places labelled on the map now, once the map is at rest. */
async function labelledPlaces(page: Page): Promise<string[]> {
  const root = page.locator('#game-root');
  await expect(root).toHaveAttribute('data-motion', 'still');
  const names = (await root.getAttribute('data-places')) ?? '';
  return names === '' ? [] : names.split('|');
}

test('zooming in shows the names of more places, beside their dots, and none over another', async ({
  page,
}) => {
  await boot(page, { screen: 'map' });
  const whole = await labelledPlaces(page);
  expect(whole.length).toBeGreaterThan(0);
  // Zoom in on Harbin with the mouse wheel, one step at a time.
  let at = await shownPointOf(page, HARBIN[0], HARBIN[1]);
  for (let step = 0; step < 6; step++) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -100);
    at = await shownPointOf(page, HARBIN[0], HARBIN[1]);
  }
  const zoomed = await labelledPlaces(page);
  expect(zoomed.length).toBeGreaterThan(whole.length);
  expect(zoomed).toContain('Harbin');
  await page.mouse.move(5, 5);
  at = await shownPointOf(page, HARBIN[0], HARBIN[1]);
  await page.screenshot({ path: 'test-results/place-labels-zoomed.png' });
  // Harbin's dot is drawn on its spot (dark ink), with its name's ink beside it.
  expect(await pixelsNear(page, at, 6, [0x1d, 0x35, 0x57])).toBeGreaterThan(6);
  expect(await pixelsNear(page, { x: at.x + 30, y: at.y }, 40, [0x1d, 0x35, 0x57])).toBeGreaterThan(20);
});

test.describe('on a phone drawn at twice its CSS pixels', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: false });

  test('the canvas has the device’s pixels, a click lands on the right place, and the dots wait for the answer', async ({
    page,
  }) => {
    await serveOnlyQuestions(page, [BEIJING]);
    await boot(page, { screen: 'map' });
    const sizes = await page.locator('#game-root canvas').evaluate((canvas: HTMLCanvasElement) => ({
      width: canvas.width,
      height: canvas.height,
      css: canvas.getBoundingClientRect().width,
      cssHeight: canvas.getBoundingClientRect().height,
    }));
    expect(sizes.width).toBe(Math.round(sizes.css * 2));
    expect(sizes.height).toBe(Math.round(sizes.cssHeight * 2));
    expect(await labelledPlaces(page)).toContain('Beijing');
    await regionButton(page, NORTH_CHINA).click();
    await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
    // While the question waits, no dot or name gives the answer away.
    expect(await labelledPlaces(page)).toEqual([]);
    const at = await shownPointOf(page, TARGET[0], TARGET[1]);
    await page.screenshot({ path: 'test-results/place-labels-asked-dpr2.png' });
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
    // After the answer the places are back.
    await expect.poll(async () => (await labelledPlaces(page)).length).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/place-labels-answered-dpr2.png' });
  });
});
