import type { Page } from '@playwright/test';
import {
  answerQuestion,
  audibleSounds,
  enterMap,
  expect,
  progressSettled,
  regionButton,
  test,
  waitForMenu,
} from './fixtures';
import { EUROPEAN_RUSSIA, TEST_BUILD } from '../support/e2eBoot';

const DAY = 86_400_000;

/** The stack of progress toasts (a polite status region). */
const toasts = (page: Page) => page.getByRole('status', { name: 'Progress' });

/** The menu's progress summary. */
const summary = (page: Page) => page.getByRole('region', { name: 'Your level and streak' });

/** Moves the game's clock forward and reloads, as if the learner came back later. */
async function comeBackAfter(page: Page, ms: number): Promise<void> {
  await progressSettled(page);
  await page.evaluate((by) => window.borderlinesTestClock?.advance(by), ms);
  await page.reload();
  await waitForMenu(page);
}

/** From the menu, starts a round in European Russia and answers its first question right: the day's first. */
async function firstAnswerOfTheDay(page: Page, streak: string): Promise<void> {
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerQuestion(page, true);
  await expect(toasts(page)).toContainText(streak);
}

/** Answers the question on screen and goes on to the next one (or the results). */
async function answerAndGoOn(page: Page, right: boolean): Promise<void> {
  await answerQuestion(page, right);
  await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
}

/** From the round's results back to the menu. */
async function backToMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to map' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
}

test('answers earn XP shown on the menu, a level up is celebrated, and a region gains a star on the map', async ({
  page,
}) => {
  await page.goto(TEST_BUILD);
  await waitForMenu(page);
  await firstAnswerOfTheDay(page, 'Day streak: 1 day.');
  await page.getByRole('button', { name: 'Next question' }).click();
  for (let i = 1; i < 5; i++) await answerAndGoOn(page, true);
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  await backToMenu(page);

  // Five right answers: 10 XP each.
  await expect(summary(page)).toContainText('Level 1 Border guard');
  await expect(summary(page)).toContainText('50 XP: 50 more to Customs officer.');
  await expect(page.getByRole('progressbar', { name: 'XP to level 2, Customs officer' })).toHaveAttribute(
    'value',
    '50',
  );
  await expect(summary(page)).toContainText('Day streak: 1 day, today done.');

  // Five more right answers in the cleared region: the tenth reaches 100 XP, level 2.
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  for (let i = 0; i < 4; i++) await answerAndGoOn(page, true);
  const before = (await audibleSounds(page)).length;
  await answerQuestion(page, true);
  await expect(toasts(page)).toContainText('Level up! You are now level 2: Customs officer.');
  // The answer's own sound and the level-up's.
  await expect.poll(async () => (await audibleSounds(page)).length).toBeGreaterThanOrEqual(before + 2);
  await page.getByRole('button', { name: 'See results' }).click();
  await page.getByRole('button', { name: 'Back to map' }).click();

  // Ten of the region's questions remembered (a region has at most 40): at least a fifth, one star.
  const stars = page.getByRole('navigation', { name: 'Regions' }).getByRole('img', {
    name: new RegExp(`^${EUROPEAN_RUSSIA}: [1-3] of 3 stars$`),
  });
  await expect(stars).toBeVisible();
  await expect(stars).toHaveText(/^★+☆*$/);
  await expect(page.getByRole('navigation', { name: 'Regions' })).toContainText(
    /Map \d+% complete: 1 of \d+ regions cleared\./,
  );

  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
  await expect(summary(page)).toContainText('Level 2 Customs officer');
  await expect(summary(page)).toContainText('100 XP: 200 more to Interpreter.');
  await expect(summary(page)).toContainText(/Map \d+% complete: 1 of \d+ regions cleared\./);

  await page.getByRole('button', { name: 'Progress and stats' }).click();
  const bests = page.getByRole('region', { name: 'Personal bests' });
  await expect(bests.getByRole('row', { name: new RegExp(`^${EUROPEAN_RUSSIA}`) })).toContainText(
    '5 of 5, 5 of 5',
  );
});

test('the day streak grows on the next day, and a missed day is covered by the week’s freeze', async ({
  page,
}) => {
  await page.goto(TEST_BUILD);
  await waitForMenu(page);
  await firstAnswerOfTheDay(page, 'Day streak: 1 day.');
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
  await expect(summary(page)).toContainText('Day streak: 1 day, today done.');

  // The next day: the streak is alive but not yet extended; the first answer makes it two days.
  await comeBackAfter(page, DAY);
  await expect(summary(page)).toContainText('Day streak: 1 day. Play today to keep it.');
  await expect(summary(page)).toContainText('Streak freeze ready');
  await enterMap(page);
  await answerQuestion(page, true);
  await expect(toasts(page)).toContainText('Day streak: 2 days.');
  await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
  await expect(summary(page)).toContainText('Day streak: 2 days, today done.');

  // A day missed, back the day after: the freeze covers the missed day, so the streak is still two.
  await comeBackAfter(page, 2 * DAY);
  await expect(summary(page)).toContainText('Day streak: 2 days. Play today to keep it.');
  // Three days missed in a row: they touch at most two weeks, one freeze each, so one of them is not
  // covered and the streak ends.
  await comeBackAfter(page, 3 * DAY);
  await expect(summary(page)).toContainText('No day streak now');
});
