import { expect, regionButton, regionNames, test } from './fixtures';
import { QUESTIONS, answerShownQuestion, playUntil, serveTestPack } from './testPack';
import { boot } from '../support/e2eBoot';

test('every question type can be answered, several by keyboard alone, with feedback', async ({ page }) => {
  await boot(page, { testPack: true, screen: 'map' });
  const answered = new Set<string>();
  for (let round = 0; round < 3 && answered.size < QUESTIONS.length; round++) {
    await regionButton(page, regionNames.get('european-russia') ?? '').click();
    while (!(await page.getByRole('heading', { name: 'Round complete' }).isVisible())) {
      await answerShownQuestion(page, answered);
      await expect(page.locator('#quiz-verdict')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('.verdict')).toHaveCount(0);
    }
    await expect(page.getByText(/^You scored (\d) of \1\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Back to map' }).click();
  }
  expect([...answered].sort()).toEqual(
    QUESTIONS.map((question) => /^([A-Z]+):/.exec(question.prompt)?.[1]?.toLowerCase()).sort(),
  );
});

test('partly right answers earn partial credit and say so', async ({ page }) => {
  await serveTestPack(page, ['t-numeric', 't-matching']);
  await boot(page, { screen: 'map' });
  await regionButton(page, regionNames.get('european-russia') ?? '').click();
  await playUntil(page, 'NUMERIC');
  await page.getByRole('textbox', { name: 'Your answer' }).fill('18 furlongs');
  await page.keyboard.press('Enter');
  await expect(page.locator('.unreadable')).toContainText('"furlongs" is not a unit this game knows');
  await page.getByRole('button', { name: /Next question|See results/ }).click();
  if (await page.getByRole('heading', { name: 'Round complete' }).isVisible()) {
    await page.getByRole('button', { name: 'Play again' }).click();
  }
  await playUntil(page, 'MATCHING');
  await page.getByRole('combobox', { name: 'Match for “Aigun”' }).selectOption({ label: '1858' });
  await page.getByRole('combobox', { name: 'Match for “Peking”' }).selectOption({ label: '1689' });
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.verdict')).toHaveText('◐ Partly right: 50% of the credit.');
  const matches = page.getByRole('list', { name: 'Your matches' });
  await expect(matches.getByRole('listitem')).toHaveText(['Aigun → 1858 ✓', 'Peking → 1689 ✗ (right: 1860)']);
});

test('gaps filled the wrong way round are wrong, and the feedback says why', async ({ page }) => {
  await serveTestPack(page, ['t-cloze']);
  await boot(page, { screen: 'map' });
  await regionButton(page, regionNames.get('european-russia') ?? '').click();
  await playUntil(page, 'CLOZE');
  await page.getByRole('textbox', { name: 'Gap 1' }).fill('1860');
  await page.getByRole('textbox', { name: 'Gap 2' }).fill('Convention of Peking');
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict')).toHaveText('✗ Not quite.');
  await expect(page.locator('.why')).toHaveText(
    'Gap 1: “1860” is the answer to another gap of this text, not this one. ' +
      'Gap 2: “Convention of Peking” is the answer to another gap of this text, not this one.',
  );
});

test('ordering items can be dragged into place', async ({ page }) => {
  await serveTestPack(page, ['t-ordering']);
  await boot(page, { screen: 'map' });
  await regionButton(page, regionNames.get('european-russia') ?? '').click();
  await playUntil(page, 'ORDERING');
  const before = await page.locator('.order-text').allTextContents();
  await page.locator('.order-item').first().dragTo(page.locator('.order-item').last());
  const after = await page.locator('.order-text').allTextContents();
  expect(after).not.toEqual(before);
  expect(after[after.length - 1]).toBe(before[0]);
  expect([...after].sort()).toEqual([...before].sort());
});
