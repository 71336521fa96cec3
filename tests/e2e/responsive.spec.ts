import type { Page, TestInfo } from '@playwright/test';
import {
  answerQuestion,
  enterMap,
  expect,
  openMenu,
  regionButton,
  regionNames,
  test,
  waitForMenu,
} from './fixtures';
import { type LayoutOptions, expectSoundLayout } from './layout';
import { playUntil, serveTestPack } from './testPack';

const EUROPEAN_RUSSIA = regionNames.get('european-russia') ?? 'European Russia';

/** Touch targets must be at least this many CSS px each way on a phone (WCAG 2.5.5, platform guides). */
const TOUCH_TARGET = 44;

/**
 * The main flow, checking the layout and taking a screenshot at every step: menu, map, a round with its
 * feedback, the results, flashcards front and back, and stats.
 */
async function mainFlow(page: Page, testInfo: TestInfo, options: LayoutOptions): Promise<void> {
  await openMenu(page);
  await expectSoundLayout(page, testInfo, 'menu', options);
  await page.getByText(/^Learner: /).click();
  await page.getByText('Study settings').click();
  await expectSoundLayout(page, testInfo, 'menu with learners and settings open', options);

  await enterMap(page);
  await expectSoundLayout(page, testInfo, 'map', options);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  for (let i = 0; i < 5; i++) {
    await expect(page.locator('#quiz-heading')).toBeVisible();
    await expectSoundLayout(page, testInfo, `question ${i + 1}`, options);
    await answerQuestion(page, i !== 2);
    await expectSoundLayout(page, testInfo, `feedback ${i + 1}`, options);
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'results', options);
  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(/, cleared$/);
  await expectSoundLayout(page, testInfo, 'map after clearing a region', options);

  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
  await page.getByRole('button', { name: /^Flashcards/ }).click();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'flashcard front', options);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'flashcard back', options);
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);

  await page.getByRole('button', { name: 'Progress and stats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'stats', options);
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  await page.getByLabel('Choose a file').setInputFiles('tests/e2e/packs/week3.gift');
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'pack manager with a preview', options);
}

test.describe('phone, 360×640 portrait, touch', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('the main flow fits the screen, nothing overlaps, and every target is at least 44 px', async ({
    page,
  }, testInfo) => {
    await mainFlow(page, testInfo, { minTarget: TOUCH_TARGET });
  });

  test('a map-click question leaves the region list and the question both usable', async ({
    page,
  }, testInfo) => {
    await serveTestPack(page, ['t-single', 't-mapclick']);
    await openMenu(page);
    await enterMap(page);
    await regionButton(page, EUROPEAN_RUSSIA).click();
    await playUntil(page, 'MAPCLICK');
    await expectSoundLayout(page, testInfo, 'map-click question', { minTarget: TOUCH_TARGET });
    // Ukraine is locked, so its entry is aria-disabled; a map-click question still takes it as an answer.
    const entry = regionButton(page, regionNames.get('ukraine') ?? 'Ukraine');
    await entry.scrollIntoViewIfNeeded();
    const ukraine = await entry.boundingBox();
    if (!ukraine) throw new Error('the Ukraine entry is not on screen');
    await page.touchscreen.tap(ukraine.x + ukraine.width / 2, ukraine.y + ukraine.height / 2);
    await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
    await expectSoundLayout(page, testInfo, 'map-click feedback', { minTarget: TOUCH_TARGET });
  });
});

test.describe('desktop, 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the main flow fits the screen and nothing overlaps', async ({ page }, testInfo) => {
    await mainFlow(page, testInfo, {});
  });
});
