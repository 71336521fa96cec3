/**
 * Nothing a student earned is lost, nothing they press is dead: a reload in the middle of a round keeps
 * the score shown (partial credit and timed points included) and stops a timed question's countdown until
 * the question is back on screen; "Play again" replays the same kind of round; the map bar says what is
 * happening now.
 */
import type { Page } from '@playwright/test';
import { checkButton } from './answer/answerer';
import {
  answerQuestion,
  enterMap,
  expect,
  playRound,
  readProgress,
  regionButton,
  test,
  waitForMenu,
} from './fixtures';
import { answerShownQuestion, serveTestPack } from './testPack';
import { EUROPEAN_RUSSIA, TEST_BUILD, boot } from '../support/e2eBoot';

/** The saved round's position, as stored: answers given, question index and phase. */
async function savedRound(page: Page): Promise<string> {
  const round = (
    (await readProgress(page)) as { round?: { answers: unknown[]; index: number; phase: string } }
  )?.round;
  return round ? `${round.answers.length} answers, question ${round.index + 1}, ${round.phase}` : 'no round';
}

/**
 * Reloads the page once the round is stored as `stored`, serving the same test questions again, and comes
 * back to the map (the round waits there).
 */
async function reloadAndComeBack(page: Page, ids: readonly string[], stored: string): Promise<void> {
  await expect.poll(() => savedRound(page)).toBe(stored);
  await serveTestPack(page, ids);
  await page.reload();
  await waitForMenu(page);
  await enterMap(page);
}

/** Answers the multiple-response or the matching test question half right. */
async function answerHalfRight(page: Page): Promise<void> {
  const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
  if (heading.startsWith('MULTIPLE')) {
    await page.locator('label.choice').filter({ hasText: 'Aigun' }).first().click();
    await checkButton(page).click();
  } else {
    await page.getByRole('combobox', { name: 'Match for “Aigun”' }).selectOption({ label: '1858' });
    await page.getByRole('combobox', { name: 'Match for “Peking”' }).selectOption({ label: '1689' });
    await checkButton(page).click();
  }
  await expect(page.locator('.verdict')).toHaveText('◐ Partly right: 50% of the credit.');
}

const HALF_RIGHT = ['t-multiple', 't-matching'];

test('a reload after every answer and every next question keeps the score shown, partial credit included', async ({
  page,
}) => {
  await serveTestPack(page, HALF_RIGHT);
  await boot(page, { screen: 'map' });
  await regionButton(page, EUROPEAN_RUSSIA).click();
  const progress = page.locator('.quiz-progress');
  const status = page.locator('.map-status');
  await expect(status).toHaveText(`Question 1 of 2 — ${EUROPEAN_RUSSIA}`);

  await answerHalfRight(page);
  await expect(progress).toHaveText(`${EUROPEAN_RUSSIA} · Question 1 of 2 · 0.5 points so far`);
  await expect(status).toHaveText(`Question 1 of 2 — ${EUROPEAN_RUSSIA}: answered, 0.5 points so far`);
  await page.screenshot({ path: test.info().outputPath('feedback-status.png') });
  await reloadAndComeBack(page, HALF_RIGHT, '1 answers, question 1, feedback');
  await expect(page.locator('.verdict')).toHaveText('◐ Partly right: 50% of the credit.');
  await expect(progress).toHaveText(`${EUROPEAN_RUSSIA} · Question 1 of 2 · 0.5 points so far`);

  await page.getByRole('button', { name: 'Next question' }).click();
  await reloadAndComeBack(page, HALF_RIGHT, '1 answers, question 2, asking');
  await expect(progress).toHaveText(`${EUROPEAN_RUSSIA} · Question 2 of 2 · 0.5 points so far`);
  await expect(status).toHaveText(`Question 2 of 2 — ${EUROPEAN_RUSSIA}`);
  await page.screenshot({ path: test.info().outputPath('question-status.png') });

  await answerHalfRight(page);
  await reloadAndComeBack(page, HALF_RIGHT, '2 answers, question 2, feedback');
  await expect(progress).toHaveText(`${EUROPEAN_RUSSIA} · Question 2 of 2 · 1 point so far`);
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByText('You scored 1 of 2.')).toBeVisible();
  await expect(status).toHaveText('Round complete: 1 of 2 right.');
  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(status).toHaveText('Choose an open region on the map or in the list.');
});

test('a timed round keeps its points through a reload, and the countdown stands still on the menu', async ({
  page,
}) => {
  await serveTestPack(page, HALF_RIGHT);
  await page.goto(TEST_BUILD);
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Timed mode' }).click();
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerHalfRight(page);
  const points = (await page.locator('.points').textContent()) ?? '';
  expect(points).toMatch(/^\+\d{3} points$/);

  await reloadAndComeBack(page, HALF_RIGHT, '1 answers, question 1, feedback');
  await expect(page.locator('.points')).toHaveText(points);
  await page.getByRole('button', { name: 'Next question' }).click();
  const timer = page.getByRole('timer', { name: 'Time left' });
  await expect(timer).toContainText(/\d+ s left/);
  const secondsLeft = async () => Number(/(\d+) s left/.exec((await timer.textContent()) ?? '')?.[1]);
  const atStart = await secondsLeft();

  // Eight seconds spent on the question, then a reload: those seconds stay spent.
  await expect.poll(() => savedRound(page)).toBe('1 answers, question 2, asking');
  await page.evaluate(() => window.borderlinesTestClock?.advance(8_000));
  await expect.poll(secondsLeft).toBeLessThanOrEqual(atStart - 8);
  const beforeReload = await secondsLeft();
  // Reloaded into the menu, where the player stays for ten minutes: the question has not timed out.
  await serveTestPack(page, HALF_RIGHT);
  await page.reload();
  await waitForMenu(page);
  await page.evaluate(() => window.borderlinesTestClock?.advance(10 * 60_000));
  await enterMap(page);
  await expect(timer).toContainText(/\d+ s left/);
  const afterReload = await secondsLeft();
  // Neither a fresh countdown nor one run down by the menu: what was left before the reload, or less.
  expect(afterReload).toBeLessThanOrEqual(beforeReload);
  // The ten minutes on the menu did not count: at most the reload itself did (had the pause made on the
  // way out not been written in time).
  expect(afterReload).toBeGreaterThanOrEqual(beforeReload - 10);
  await answerHalfRight(page);
  await expect(page.locator('.points')).toHaveText(/^\+\d{3} points$/);
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByText('You scored 1 of 2.')).toBeVisible();
});

test('"Play again" after a pack round plays the pack again', async ({ page }) => {
  const ids = ['t-single', 't-truefalse'];
  await serveTestPack(page, ids);
  await boot(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  // The test pack is served in place of every built-in pack file, the others empty: play the full one.
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Test · 2 questions' })
    .getByRole('button', { name: 'Play “Test”' })
    .click();
  const progress = page.locator('.quiz-progress');
  await expect(progress).toContainText('Test · Question 1 of 2');
  await expect(page.locator('.map-status')).toHaveText('Question 1 of 2 — Test');
  for (const label of ['Next question', 'See results']) {
    await answerShownQuestion(page, new Set());
    await page.getByRole('button', { name: label }).click();
  }
  await expect(page.getByText('You scored 2 of 2.')).toBeVisible();
  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(progress).toContainText('Test · Question 1 of 2 · 0 points so far');
});

test('"Play again" after "Review mistakes" reviews the mistakes left, and is not offered when none are', async ({
  page,
}) => {
  await boot(page, { screen: 'map' });
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await playRound(page, 3);
  await page.getByRole('button', { name: 'Back to map' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Review mistakes (2)' }).click();
  const progress = page.locator('.quiz-progress');
  await expect(progress).toContainText('Recent mistakes · Question 1 of 2');
  await answerQuestion(page, false);
  await page.getByRole('button', { name: 'Next question' }).click();
  await answerQuestion(page, true);
  await page.getByRole('button', { name: 'See results' }).click();

  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(progress).toContainText('Recent mistakes · Question 1 of 1');
  await answerQuestion(page, true);
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByRole('button', { name: 'Back to map' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play again' })).toHaveCount(0);
});
