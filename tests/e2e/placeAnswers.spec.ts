import type { Page } from '@playwright/test';
import { projectToMap } from '../../src/core/map/projection';
import type { MapClickQuestion } from '../../src/core/model/pack';
// The fixtures first: they load the answerers (which read the fixtures back) in the order that works.
import { MAP, expect, regionButton, shownPointOf, test } from './fixtures';
import { serveOnlyQuestions } from './testPack';
import { answerMapClick } from './answer/mapclick';
import { tabTo } from './answer/answerer';
import { NORTH_CHINA, boot } from '../support/e2eBoot';

/** A place question in a starting region, with a name for the feedback. */
const BEIJING = {
  id: 't-place-named-beijing',
  type: 'mapclick',
  region: 'north-china',
  prompt: 'PLACE: click the capital of China.',
  target: { point: [116.4, 39.9], radiusKm: 60, name: 'Beijing, the capital' },
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
} as const;

/** Beijing's spot in map units. */
const TARGET = projectToMap(MAP.projection, BEIJING.target.point[0], BEIJING.target.point[1]);

/** Counts the pixels in a small square around a screen point whose colour is near `rgb`. */
async function pixelsNear(page: Page, at: { x: number; y: number }, rgb: [number, number, number]) {
  const size = 24;
  const png = await page.screenshot({
    clip: { x: at.x - size / 2, y: at.y - size / 2, width: size, height: size },
  });
  return page.evaluate(
    async ({ data, rgb: [r, g, b] }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) < 60)
          count++;
      return count;
    },
    { data: png.toString('base64'), rgb },
  );
}

test('a keyboard-only player answers a place question by choosing a numbered mark, never the region', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [BEIJING]);
  await boot(page, { screen: 'map' });
  const region = regionButton(page, NORTH_CHINA);
  await tabTo(page, region);
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
  const marks = page.getByRole('group', { name: 'Marks on the map' }).getByRole('button');
  await expect(marks).toHaveText([/Mark 1/, /Mark 2/, /Mark 3/, /Mark 4/]);
  // The round's own region is no answer: the region list is out of reach while a place is asked.
  await expect(page.getByRole('navigation', { name: 'Regions' })).toHaveJSProperty('inert', true);
  await answerMapClick(page, BEIJING as unknown as MapClickQuestion, { right: true, keyboard: true });
  await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
  await expect(page.locator('.your-answer')).toHaveText(/^Your answer: mark \d, 0 km from the place$/);
});

test('a wrong click shows a pin on the place, a line from the click, the distance, and names the place', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [BEIJING]);
  await boot(page, { screen: 'map' });
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
  // A click some 400 km south-west of Beijing, still in North China.
  const wrong = projectToMap(MAP.projection, 113.0, 37.5);
  const at = await shownPointOf(page, wrong[0], wrong[1]);
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.verdict')).toHaveText(/Not quite|Partly right/);
  await expect(page.locator('.feedback .answer')).toHaveText('The answer: Beijing, the capital');
  await expect(page.locator('.your-answer')).toHaveText(
    new RegExp(`^Your answer: ${NORTH_CHINA.replace('&', '\\&')}, (3|4)\\d\\d km from the place$`),
  );
  // The camera frames both ends, and draws the pin (green) on the place and the line (red) from the click.
  const pin = await shownPointOf(page, TARGET[0], TARGET[1]);
  const click = await shownPointOf(page, wrong[0], wrong[1]);
  const viewport = page.viewportSize()!;
  for (const point of [pin, click]) {
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(viewport.width);
    expect(point.y).toBeGreaterThan(0);
    expect(point.y).toBeLessThan(viewport.height);
  }
  await page.screenshot({ path: 'test-results/place-answer-desktop.png' });
  expect(await pixelsNear(page, pin, [0x1b, 0x7f, 0x3a])).toBeGreaterThan(20);
  const middle = { x: (pin.x + click.x) / 2, y: (pin.y + click.y) / 2 };
  expect(await pixelsNear(page, middle, [0xb3, 0x26, 0x1e])).toBeGreaterThan(10);
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  test(`on a ${viewport.width}×${viewport.height} phone the place and its marks stay tappable above the card`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await serveOnlyQuestions(page, [BEIJING]);
    await boot(page, { screen: 'map' });
    await regionButton(page, NORTH_CHINA).click();
    await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
    const at = await shownPointOf(page, TARGET[0], TARGET[1]);
    await page.screenshot({ path: `test-results/place-asked-${viewport.width}.png` });
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at);
    expect(under).toBe('CANVAS');
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
    await page.screenshot({ path: `test-results/place-answered-${viewport.width}.png` });
  });
}
