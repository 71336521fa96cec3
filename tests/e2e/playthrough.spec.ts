import {
  answerOne,
  audibleSounds,
  audioLog,
  enterMap,
  expect,
  neighbours,
  playRound,
  regionButton,
  readProgress,
  regionNames,
  test,
  waitForMenu,
} from './fixtures';
import { boot, EUROPEAN_RUSSIA, NORTH_CHINA } from '../support/e2eBoot';

test('a new player loads the game, clears a region, sees its neighbours open, and finds it all after a reload', async ({
  page,
}) => {
  let releaseMap = () => {};
  const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
  await page.route(/\/assets\/map-[^/]+\.json$/, async (route) => {
    await mapHeld;
    await route.continue();
  });
  await page.goto('./');
  const bar = page.getByRole('progressbar', { name: 'Loading' });
  await expect(bar).toBeVisible();
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
  releaseMap();
  await waitForMenu(page);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await audioLog(page), 'no audio before the first gesture').toEqual([]);

  await enterMap(page);
  await expect(page.locator('#game-root canvas')).toBeVisible();
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, open`);
  await expect(regionButton(page, NORTH_CHINA)).toHaveAccessibleName(`${NORTH_CHINA}, open`);
  const unlocking = (neighbours.get('european-russia') ?? []).filter((id) => id !== 'north-china');
  expect(unlocking.length).toBeGreaterThan(0);
  for (const id of unlocking) {
    await expect(regionButton(page, regionNames.get(id) ?? id)).toHaveAccessibleName(/, locked$/);
  }

  await regionButton(page, EUROPEAN_RUSSIA).click();
  await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 1 of 5`);
  await playRound(page, 5);
  await expect(page.getByText('You scored 5 of 5.')).toBeVisible();
  await expect(page.getByText(`${EUROPEAN_RUSSIA} is cleared! New regions are open:`)).toBeVisible();

  await expect
    .poll(async () => (await audibleSounds(page)).length, { message: 'a sound for each answer and click' })
    .toBeGreaterThanOrEqual(5);
  expect(
    (await audioLog(page)).every((entry) => entry.activated),
    'every audio context and sound came after a user gesture',
  ).toBe(true);

  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, cleared`);
  for (const id of unlocking) {
    await expect(regionButton(page, regionNames.get(id) ?? id)).toHaveAccessibleName(/, open$/);
  }

  await page.reload();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(page.getByText('You have cleared 1 of')).toBeVisible();
  await enterMap(page);
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, cleared`);
  for (const id of unlocking) {
    await expect(regionButton(page, regionNames.get(id) ?? id)).toHaveAccessibleName(/, open$/);
  }
});

test('a round below 4 of 5 does not clear the region, and a locked region cannot be played', async ({
  page,
}) => {
  await boot(page, { screen: 'map' });
  const locked = regionNames.get('mongolia') ?? 'Mongolia';
  await regionButton(page, locked).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.map-status')).toHaveText(
    `${locked} is locked. Clear a neighbouring region to open it.`,
  );
  await expect(page.locator('#quiz-heading')).toHaveCount(0);

  await regionButton(page, NORTH_CHINA).click();
  await playRound(page, 3);
  await expect(page.getByText(/^You scored 3(\.\d)? of 5\.$/)).toBeVisible();
  await expect(page.getByText(`You need 4 of 5 to clear ${NORTH_CHINA}. Try again!`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'To review' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(regionButton(page, NORTH_CHINA)).toHaveAccessibleName(`${NORTH_CHINA}, open`);
});

test('an unfinished round and the sound setting survive a reload', async ({ page }) => {
  await boot(page);
  await page.getByRole('button', { name: 'Sound' }).click();
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerOne(page, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.quiz-progress')).toContainText('Question 2 of 5');
  // Saving is asynchronous: reload once the second question is stored, as a player would a moment later.
  await expect
    .poll(async () => ((await readProgress(page)) as { round?: { index: number } } | undefined)?.round?.index)
    .toBe(1);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
  await enterMap(page);
  await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 2 of 5`);
  expect(await audibleSounds(page), 'muted: no sound plays').toEqual([]);
});

test('timed mode shows a countdown, scores points for speed and remembers the setting', async ({ page }) => {
  await boot(page);
  const timed = page.getByRole('button', { name: 'Timed mode' });
  await expect(timed).toHaveAttribute('aria-pressed', 'false');
  await timed.click();
  await expect(timed).toHaveAttribute('aria-pressed', 'true');
  await enterMap(page);
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toContainText(/\d+ s left/);
  await answerOne(page, true);
  await expect(page.locator('.points')).toHaveText(/^\+\d{3,4} points$/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Timed mode' })).toHaveAttribute('aria-pressed', 'true');
});
