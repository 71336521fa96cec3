import type { Page } from '@playwright/test';
import {
  answerQuestion,
  enterMap,
  expect,
  playRound,
  progressSettled,
  readProgress,
  regionButton,
  test,
  waitForMenu,
} from './fixtures';
import { EUROPEAN_RUSSIA, TEST_BUILD } from '../support/e2eBoot';

const DAY = 86_400_000;

/** Moves the game's clock forward and reloads, as if the learner came back later. */
async function comeBackAfter(page: Page, ms: number): Promise<void> {
  await progressSettled(page);
  await page.evaluate((by) => window.borderlinesTestClock?.advance(by), ms);
  await page.reload();
  await waitForMenu(page);
}

/** The number in the menu's "Flashcards (N to study)" button. */
async function toStudy(page: Page): Promise<number> {
  const text =
    (await page.getByRole('button', { name: /^Flashcards \(\d+ to study\)$/ }).textContent()) ?? '';
  return Number(/\((\d+) to study\)/.exec(text)?.[1]);
}

/** Flips the shown card with Space and, once the ratings show, rates it with a number key. */
async function flipAndRate(page: Page, key: '1' | '2' | '3' | '4'): Promise<void> {
  await page.keyboard.press(' ');
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
  await page.keyboard.press(key);
}

test('the production build has no test clock', async ({ page }) => {
  await page.goto('./');
  await waitForMenu(page);
  expect(await page.evaluate(() => 'borderlinesTestClock' in window)).toBe(false);
});

test('answers become flashcards that come due, are rated by keyboard with intervals, undone, and counted in stats', async ({
  page,
}) => {
  await page.goto(TEST_BUILD);
  await waitForMenu(page);
  await expect(page.getByText('0 of 20 answers and reviews today.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Review mistakes/ })).toHaveCount(0);

  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await playRound(page, 3);
  await page.getByRole('button', { name: 'Back to map' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByText('5 of 20 answers and reviews today.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Daily goal' })).toHaveAttribute('value', '5');
  await expect(page.getByRole('button', { name: 'Review mistakes (2)' })).toBeVisible();
  // The round introduced five new cards (now in their first learning steps, back within minutes), so 15
  // of the day's 20 new cards are left: 20 to study in all.
  expect(await toStudy(page)).toBe(20);

  // The next day, the round's five cards are due as well as the day's 20 new ones.
  await comeBackAfter(page, DAY);
  await expect(page.getByText('0 of 20 answers and reviews today.')).toBeVisible();
  expect(await toStudy(page)).toBe(25);
  await page.getByRole('button', { name: 'Progress and stats' }).click();
  await expect(page.getByText(/\b5 reviews on 1 of the last 182 days/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);
  await page.getByRole('button', { name: /^Flashcards/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Flashcards' })).toBeVisible();
  await expect(page.locator('.study-counts')).toHaveText('Left today: 20 new · 5 learning · 0 to review');
  await expect(page.locator('.study-kind')).toHaveText('Learning');
  const firstFront = await page.locator('.card-front').textContent();

  await page.keyboard.press(' ');
  const ratings = page.getByRole('group', { name: 'How well did you remember?' });
  await expect(ratings.getByRole('button')).toHaveCount(4);
  await expect(ratings.getByRole('button', { name: /^Again, next in \d+m$/ })).toBeVisible();
  await expect(ratings.getByRole('button', { name: /^Good, next in \d+(m|h|d)$/ })).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.locator('.study-counts')).toHaveText('Left today: 20 new · 4 learning · 0 to review');
  await expect(page.locator('.card-front')).not.toHaveText(firstFront ?? '');

  // Undo brings the same card back, unrated.
  await page.keyboard.press('u');
  await expect(page.locator('.card-front')).toHaveText(firstFront ?? '');
  await expect(page.locator('.study-counts')).toHaveText('Left today: 20 new · 5 learning · 0 to review');
  await expect(page.getByRole('button', { name: 'Undo last rating' })).toBeHidden();

  for (let i = 0; i < 5; i++) await flipAndRate(page, '4');
  await expect(page.locator('.study-counts')).toHaveText('Left today: 20 new · 0 learning · 0 to review');
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await expect(page.getByText('5 of 20 answers and reviews today.')).toBeVisible();

  // The five Easy ratings are saved: five review cards and ten log entries (the undone rating is gone), kept across a reload.
  await progressSettled(page);
  await page.reload();
  await waitForMenu(page);
  const saved = (await readProgress(page)) as {
    cards: Record<string, { state: number }>;
    reviewLog: unknown[];
  };
  expect(Object.values(saved.cards).filter((card) => card.state === 2)).toHaveLength(5);
  expect(saved.reviewLog).toHaveLength(10);

  await page.getByRole('button', { name: 'Progress and stats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByText(/\b10 reviews on 2 of the last 182 days/)).toBeVisible();
  await expect(page.locator('.stats-screen')).toContainText('2 days');
});

test('recent mistakes are reviewed in one session, and a forgotten region fades until refreshed', async ({
  page,
}) => {
  await page.goto(TEST_BUILD);
  await waitForMenu(page);
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await playRound(page, 4);
  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, cleared`);
  await page.getByRole('button', { name: 'Menu' }).click();

  // A week later the mistake is still there to review, from the menu.
  await comeBackAfter(page, 7 * DAY);
  await page.getByRole('button', { name: 'Review mistakes (1)' }).click();
  await expect(page.locator('.quiz-progress')).toContainText('Recent mistakes · Question 1 of 1');
  await answerQuestion(page, true);
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByText(/review of your recent mistakes/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to map' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: /^Review mistakes/ })).toHaveCount(0);

  // Two months on, European Russia's cards are mostly forgotten: the region fades.
  await comeBackAfter(page, 60 * DAY);
  await enterMap(page);
  const fading = `${EUROPEAN_RUSSIA}, cleared, fading: review to refresh`;
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(fading);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 1 of 5`);
  for (let i = 0; i < 5; i++) {
    await answerQuestion(page, true);
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  await expect(page.getByText(`${EUROPEAN_RUSSIA} is refreshed`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, cleared`);
});

test('study settings are checked, saved and used', async ({ page }) => {
  await page.goto(TEST_BUILD);
  await waitForMenu(page);
  expect(await toStudy(page)).toBe(20);
  await page.getByText('Study settings').click();
  const perDay = page.getByRole('spinbutton', { name: 'New cards per day' });
  await perDay.fill('500');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('New cards per day: enter a whole number from 0 to 200.')).toBeVisible();
  await expect(perDay).toBeFocused();
  expect(await toStudy(page)).toBe(20);

  await perDay.fill('5');
  await page.getByRole('spinbutton', { name: 'Daily goal (answers and reviews)' }).fill('8');
  await page.getByRole('spinbutton', { name: 'Desired retention (%)' }).fill('85');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  expect(await toStudy(page)).toBe(5);
  await expect(page.getByText('0 of 8 answers and reviews today.')).toBeVisible();
  await expect
    .poll(
      async () => ((await readProgress(page)) as { settings?: { newPerDay?: number } } | undefined)?.settings,
    )
    .toMatchObject({ newPerDay: 5, dailyGoal: 8, retention: 0.85 });

  await page.reload();
  await waitForMenu(page);
  expect(await toStudy(page)).toBe(5);
  await page.getByText('Study settings').click();
  await expect(page.getByRole('spinbutton', { name: 'Desired retention (%)' })).toHaveValue('85');
});
