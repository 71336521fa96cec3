import type { Page } from '@playwright/test';
import {
  answerQuestion,
  expect,
  playRound,
  regionButton,
  regionNames,
  test,
  MAP,
  screenPointOf,
} from './fixtures';
import { boot } from '../support/e2eBoot';
import { animationFrames } from '../support/e2eFrames';

/** Where a region's label point appears on screen. */
async function screenPoint(page: Page, regionId: string): Promise<{ x: number; y: number }> {
  const region = MAP.regions.find((candidate) => candidate.id === regionId);
  if (!region) throw new Error(`no region ${regionId}`);
  return screenPointOf(page, region.label[0], region.label[1]);
}

test('hovering a region on the canvas names it, and clicking an open region starts its round', async ({
  page,
}) => {
  await boot(page, { screen: 'map' });
  const mongolia = await screenPoint(page, 'mongolia');
  await page.mouse.move(mongolia.x, mongolia.y);
  await expect(page.locator('.map-status')).toHaveText(`${regionNames.get('mongolia')}: locked`);
  await page.mouse.click(mongolia.x, mongolia.y);
  await expect(page.locator('.map-status')).toHaveText(
    /is locked\. Clear a neighbouring region to open it\./,
  );

  const northChina = await screenPoint(page, 'north-china');
  await page.mouse.move(northChina.x, northChina.y);
  await expect(page.locator('.map-status')).toHaveText(`${regionNames.get('north-china')}: open`);
  await page.mouse.click(northChina.x, northChina.y);
  await expect(page.locator('.quiz-progress')).toContainText(
    `${regionNames.get('north-china')} · Question 1 of 5`,
  );
});

test('clearing a region plays a visible unlock animation on the map, which then comes to rest', async ({
  page,
}) => {
  test.slow(); // A screencast of an animation drawn in software WebGL.
  await boot(page, { screen: 'map' });
  await regionButton(page, regionNames.get('european-russia') ?? '').click();
  await playRound(page, 4);
  await expect(page.getByText(/^You scored 4(\.\d)? of 5\.$/)).toBeVisible();
  // Screenshots take up to a second under SwiftShader, longer than the animation's steps, so the test
  // records the frames Chromium composites instead (a screencast sends a frame only when the page changes).
  const frames: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push(frame.data);
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId });
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  await page.getByRole('button', { name: 'Back to map' }).click();
  // A status change alone gives two pictures (before, after); an animation gives more.
  await expect
    .poll(() => new Set(frames).size, { message: 'the unlocked regions animate' })
    .toBeGreaterThanOrEqual(4);
  // The map says when its animation has ended and its render loop sleeps (data-motion="still"); the
  // pictures composited until then, and a few frames' worth more, belong to the animation. Phaser steps
  // at most 1/60 s per frame after waking, so the animation takes some 150 frames, which SwiftShader on a
  // busy machine draws at a few a second: the wait is a guard against a map that never rests.
  await expect(page.locator('#game-root')).toHaveAttribute('data-motion', 'still', { timeout: 120_000 });
  await animationFrames(page, 10);

  const seen = frames.length;
  await animationFrames(page, 30);
  const later = frames.slice(seen);
  expect(
    later.every((frame) => frame === frames[seen - 1]),
    'the map is still once the animation ends',
  ).toBe(true);
  await cdp.send('Page.stopScreencast');
  await expect(regionButton(page, regionNames.get('ukraine') ?? '')).toHaveAccessibleName(/, open$/);
});

test('a whole round can be played with the keyboard alone', async ({ page }) => {
  await boot(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Regions' })).toBeVisible();
  await page.keyboard.press('Tab');
  const first = regionButton(page, regionNames.get('european-russia') ?? '');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');

  for (let i = 0; i < 5; i++) {
    await answerQuestion(page, true, true);
    await expect(page.locator('#quiz-verdict')).toBeFocused();
    await page.keyboard.press('Enter');
    if (i < 4) await expect(page.locator('.quiz-progress')).toContainText(`Question ${i + 2} of 5`);
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back to map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAccessibleName(/, cleared$/);
});
