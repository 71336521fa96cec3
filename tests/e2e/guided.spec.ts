import type { Page } from '@playwright/test';
import { GUIDE_FLAG_KEY } from '../../src/services/guideFlag';
import { expectNoSeriousViolations } from './axe';
import {
  answerQuestion,
  enterMap,
  expect,
  playRound,
  progressSettled,
  regionButton,
  regionNames,
  test,
  waitForMenu,
} from './fixtures';

/** These specs start from a really fresh browser: nothing skips the tour for them. */
test.use({ tour: true });

const EUROPEAN_RUSSIA = regionNames.get('european-russia') ?? '';
const NORTH_CHINA = regionNames.get('north-china') ?? '';

/** The tour's coach mark for step `n` (of 6), by its role and name. */
function step(page: Page, n: number) {
  return page.getByRole('dialog', { name: `Tour, step ${n} of 6` });
}

/** Any coach mark of the tour. */
function anyStep(page: Page) {
  return page.getByRole('dialog', { name: /^Tour, step/ });
}

/** The tour's flag as the page stored it (null when absent). */
function storedFlag(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), GUIDE_FLAG_KEY);
}

test('a new player is guided through a short first round to its result, one hint at a time', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  await expect(step(page, 1)).toContainText('Press Play for a 30-second first round of 3 easy questions.');
  await expectNoSeriousViolations(page, 'menu with the tour');

  await enterMap(page);
  await expect(step(page, 1)).toBeHidden();
  await expect(step(page, 2)).toContainText(`Click ${EUROPEAN_RUSSIA} or ${NORTH_CHINA} to start`);
  await expectNoSeriousViolations(page, 'map with the tour');
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveCSS('animation-name', 'guide-pulse');
  await regionButton(page, EUROPEAN_RUSSIA).click();

  await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 1 of 3`);
  await expect(step(page, 3)).toContainText('Click the answer you think is right, or press its number key.');
  // The hint takes no focus: the answers keep it, so number keys answer at once.
  await expect(page.getByRole('group', { name: 'Answers' })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') === null)).toBe(true);
  await answerQuestion(page, true, true);

  await expect(step(page, 4)).toContainText('the source: the article the fact comes from');
  await expectNoSeriousViolations(page, 'feedback with the tour');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(anyStep(page)).toHaveCount(0);
  await answerQuestion(page, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  await answerQuestion(page, true);
  expect(await storedFlag(page), 'not finished before the results').toBeNull();
  await page.getByRole('button', { name: 'See results' }).click();

  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  await expect(step(page, 5)).toContainText(
    `That cleared ${EUROPEAN_RUSSIA}. Go back to the map to see its neighbours open.`,
  );
  expect(await storedFlag(page)).toBe('finished');
  await page.getByRole('button', { name: 'Back to map' }).click();

  await expect(step(page, 6)).toContainText('Pick a newly opened region next.');
  await expect(step(page, 6).getByRole('button', { name: 'Skip the tour' })).toBeHidden();
  await step(page, 6).getByRole('button', { name: 'Finish the tour' }).click();
  await expect(anyStep(page)).toHaveCount(0);

  await progressSettled(page);
  await page.reload();
  await waitForMenu(page);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(anyStep(page)).toHaveCount(0);
});

test('each hint can be closed, and the next step still shows its own', async ({ page }) => {
  await page.goto('./');
  await waitForMenu(page);
  await step(page, 1).getByRole('button', { name: 'Got it' }).click();
  await expect(anyStep(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  await enterMap(page);
  await expect(step(page, 2)).toBeVisible();
  await step(page, 2).getByRole('button', { name: 'Got it' }).click();
  await expect(anyStep(page)).toHaveCount(0);
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.locator('.quiz-progress')).toContainText(`${NORTH_CHINA} · Question 1 of 3`);
  await expect(step(page, 3)).toBeVisible();
});

test('"Skip the tour" ends it for good: not after a reload, and the first round is an ordinary one', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  // Tab reaches the hint's buttons after the menu's own: the keyboard alone can skip the tour.
  const skip = step(page, 1).getByRole('button', { name: 'Skip the tour' });
  for (
    let presses = 0;
    presses < 20 && !(await skip.evaluate((node) => node === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(anyStep(page)).toHaveCount(0);
  expect(await storedFlag(page)).toBe('skipped');

  await page.reload();
  await waitForMenu(page);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(anyStep(page)).toHaveCount(0);
  await enterMap(page);
  await expect(anyStep(page)).toHaveCount(0);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 1 of 5`);
});

test('a returning player never sees the tour, even when its flag is gone', async ({ page }) => {
  await page.goto('./');
  await waitForMenu(page);
  await step(page, 1).getByRole('button', { name: 'Skip the tour' }).click();
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await playRound(page, 5);
  await page.getByRole('button', { name: 'Back to map' }).click();
  await progressSettled(page);
  await page.evaluate((key) => localStorage.removeItem(key), GUIDE_FLAG_KEY);

  await page.reload();
  await waitForMenu(page);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(anyStep(page)).toHaveCount(0);
  await enterMap(page);
  await expect(anyStep(page)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the hints say tap, never keys, and the ring stands still with reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await waitForMenu(page);
    await expect(step(page, 1)).toContainText('Tap Play');
    await enterMap(page);
    await expect(step(page, 2)).toContainText(`Tap ${EUROPEAN_RUSSIA} or ${NORTH_CHINA}`);
    for (const button of await step(page, 2).getByRole('button').all()) {
      const box = await button.boundingBox();
      expect(box?.height, 'a finger-sized target').toBeGreaterThanOrEqual(44);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    const pointed = regionButton(page, EUROPEAN_RUSSIA);
    await expect(pointed).toHaveCSS('animation-name', 'none');
    await pointed.click();
    await expect(step(page, 3)).toHaveText(/Tap the answer you think is right\./);
    await expect(step(page, 3)).toBeInViewport();
    await answerQuestion(page, false);
    await expect(step(page, 4)).toBeVisible();
    for (const hint of await anyStep(page).allTextContents()) expect(hint).not.toMatch(/press|\bkeys?\b/i);
  });
});
