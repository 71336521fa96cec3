import type { Page } from '@playwright/test';
import {
  answerQuestion,
  enterMap,
  expect,
  storedAnswerCount,
  regionButton,
  test,
  waitForMenu,
} from './fixtures';
import { EUROPEAN_RUSSIA, NORTH_CHINA } from '../support/e2eBoot';

/** Answers the shown question rightly and moves on to the next one. */
async function answerAndGoOn(page: Page): Promise<void> {
  await answerQuestion(page, true);
  await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
}

test('two tabs answering alternately lose nothing, and each sees the other’s answers', async ({
  page,
  context,
}) => {
  const first = page;
  await first.goto('./');
  await waitForMenu(first);
  const second = await context.newPage();
  await second.goto('./');
  await waitForMenu(second);

  await enterMap(first);
  await regionButton(first, EUROPEAN_RUSSIA).click();
  await enterMap(second);
  await regionButton(second, NORTH_CHINA).click();

  for (let turn = 0; turn < 3; turn++) {
    await answerAndGoOn(first);
    await expect.poll(() => storedAnswerCount(first)).toBe(turn * 2 + 1);
    await answerAndGoOn(second);
    await expect.poll(() => storedAnswerCount(second)).toBe(turn * 2 + 2);
  }

  // Each tab has merged the other's answers into its own state: its menu counts all six.
  for (const tab of [first, second]) {
    await tab.getByRole('button', { name: 'Menu' }).click();
    await expect(tab.getByText(/answered 6 questions\./)).toBeVisible();
  }
  await first.reload();
  await waitForMenu(first);
  await expect(first.getByText(/answered 6 questions\./)).toBeVisible();
});

test('with storage blocked, a dismissible warning says progress will not be kept, and play goes on', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await waitForMenu(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Progress cannot be saved in this browser' });
  await expect(warning).toContainText('your progress will be lost when you close the page');
  await expect(page.getByText(/^Learner:/)).toHaveCount(0);

  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerAndGoOn(page);
  // Nothing can be remembered, not even a skipped tour: this new player gets the guided first round.
  await expect(page.locator('.quiz-progress')).toContainText('Question 2 of 3');
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toBeHidden();
});

test('when the disk is full, a warning says so and play goes on in memory', async ({ page }) => {
  await page.goto('./');
  await waitForMenu(page);
  await enterMap(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerAndGoOn(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Your progress could not be saved' });
  await expect(warning).toContainText('quota');
  await answerAndGoOn(page);
  await expect(page.locator('.quiz-progress')).toContainText('Question 3 of 5');
});
