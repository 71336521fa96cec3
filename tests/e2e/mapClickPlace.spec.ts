import type { Page } from '@playwright/test';
import { MAP, expect, regionButton, shownPointOf, test } from './fixtures';
import { serveOnlyQuestions } from './testPack';
import { NORTH_CHINA, boot } from '../support/e2eBoot';

/**
 * A place question whose wide circle reaches into Jilin & Liaoning: a click there must be graded as that
 * region. Beijing and the Jilin & Liaoning label stay clear of the quiz panel on a desktop screen.
 */
const BEIJING = {
  id: 't-place-beijing',
  type: 'mapclick',
  region: 'north-china',
  prompt: 'PLACE: click Beijing.',
  target: { point: [116.4, 39.9], radiusKm: 1000 },
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
};

/** Clicks the map where a map point appears on screen. */
async function clickMapPoint(page: Page, [x, y]: readonly [number, number]): Promise<void> {
  const point = await shownPointOf(page, x, y);
  await page.mouse.click(point.x, point.y);
}

/** The Jilin & Liaoning label point, some 800 km from Beijing. */
const JILIN_LIAONING = MAP.regions.find((region) => region.id === 'jilin-liaoning')!.label;

test('a click on another region inside a place’s circle is graded as that region, not as the place', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [BEIJING]);
  await boot(page, { screen: 'map' });
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click Beijing.');
  await clickMapPoint(page, JILIN_LIAONING);
  await expect(page.locator('.verdict')).toHaveText(/^✗/);
  await expect(page.locator('.your-answer')).toHaveText(
    /^Your answer: Jilin & Liaoning, a different place, \d+ km from the place$/,
  );

  await page.getByRole('button', { name: /Next question|See results/ }).click();
  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click Beijing.');
  await clickMapPoint(page, [MAP.poi.beijing!.x, MAP.poi.beijing!.y]);
  await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
});
