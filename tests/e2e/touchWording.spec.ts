/**
 * Keyboard wording only for keyboards: a touch phone is not told to "Press 1–4" nor shown the number
 * badges of the keys, while a desktop with a mouse is; the words for every device show on both.
 */
import type { Page } from '@playwright/test';
import { expect, regionButton, regionNames, test } from './fixtures';
import { serveTestPack } from './testPack';
import { boot } from '../support/e2eBoot';

/** Opens the first region with only the test pack's question `id` in play, so that question shows. */
async function openQuestion(page: Page, id: string): Promise<void> {
  await serveTestPack(page, [id]);
  await boot(page, { screen: 'map' });
  await regionButton(page, regionNames.get('european-russia') ?? '').click();
  await expect(page.locator('#quiz-heading')).toBeVisible();
}

/** Whether the page's device has a fine pointer that hovers (a mouse or trackpad), as the style sheet asks. */
function finePointer(page: Page): Promise<boolean> {
  return page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches);
}

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a choice question gives no key hint and no key badges', async ({ page }) => {
    await openQuestion(page, 't-single');
    expect(await finePointer(page)).toBe(false);
    const answers = page.getByRole('group', { name: 'Answers' });
    await expect(answers.getByRole('button').first()).toBeVisible();
    await expect(page.getByText(/Press 1–\d to answer\./)).toBeHidden();
    await expect(answers.locator('kbd').first()).toBeHidden();
    await answers.getByRole('button').first().tap();
    await expect(page.locator('.verdict')).toBeVisible();
  });

  test('a select-all question says what to do, without its keys', async ({ page }) => {
    await openQuestion(page, 't-multiple');
    await expect(page.getByText('Select every right answer, then check.')).toBeVisible();
    await expect(page.getByText(/Keys 1–\d select, Enter checks\./)).toBeHidden();
  });
});

test.describe('on a desktop with a mouse', () => {
  test('a choice question names its keys and shows their badges', async ({ page }) => {
    await openQuestion(page, 't-single');
    expect(await finePointer(page)).toBe(true);
    const answers = page.getByRole('group', { name: 'Answers' });
    await expect(page.getByText(/^Press 1–\d to answer\.$/)).toBeVisible();
    await expect(answers.locator('kbd').first()).toBeVisible();
  });

  test('a select-all question says what to do and names its keys', async ({ page }) => {
    await openQuestion(page, 't-multiple');
    await expect(page.locator('.hint')).toHaveText(
      /^Select every right answer, then check\. Keys 1–\d select, Enter checks\.$/,
    );
  });
});
