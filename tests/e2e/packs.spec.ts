import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForMenu } from './fixtures';

const GIFT_FILE = 'tests/e2e/packs/week3.gift';
const CSV_TEXT = readFileSync('tests/e2e/packs/capitals.csv', 'utf8');

/** Answers to the test packs' questions, by prompt. */
const ANSWERS: Record<string, { choose?: string; type?: string; truth?: boolean }> = {
  'In which year was the Treaty of Aigun signed?': { choose: '1858' },
  'True or false? The Convention of Peking gave Russia the land east of the Ussuri.': { truth: true },
  'Name the Russian Pacific port founded in 1860.': { type: 'Vladivostok' },
  'How long is the Power of Siberia pipeline, in kilometres?': { type: '3000' },
};

/** Answers the shown question of the test GIFT pack rightly and goes on. */
async function answerShown(page: Page): Promise<string> {
  const prompt = (await page.locator('#quiz-heading').textContent()) ?? '';
  const answer = ANSWERS[prompt];
  if (!answer) throw new Error(`unexpected question: ${prompt}`);
  const answers = page.getByRole('group', { name: 'Answers' });
  if (answer.choose) await answers.getByRole('button', { name: answer.choose, exact: true }).click();
  else if (answer.truth !== undefined)
    await answers.getByRole('button', { name: answer.truth ? 'True' : 'False' }).click();
  else {
    await page.getByRole('textbox', { name: 'Your answer' }).fill(answer.type ?? '');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
  await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  return prompt;
}

/** The pack manager's status line. */
function packStatus(page: Page) {
  return page.getByRole('region', { name: 'Question packs' }).getByRole('status');
}

async function openPackManager(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Question packs' })).toBeVisible();
}

test('a teacher imports a GIFT file, sees its errors, installs it, and a learner plays it and hands in results', async ({
  page,
}) => {
  await openPackManager(page);
  const installed = page.getByRole('region', { name: 'Installed packs' });
  await expect(installed.getByRole('listitem')).toHaveCount(7);
  await expect(installed.getByRole('listitem').filter({ hasText: 'Voices and arguments' })).toHaveCount(1);

  await page.getByLabel('Choose a file').setInputFiles(GIFT_FILE);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Preview: Week 3 treaties' })).toBeVisible();
  await expect(preview).toContainText('week3.gift, read as GIFT (Moodle): 4 questions, 1 error');
  await expect(preview.getByRole('list', { name: 'Problems found' })).toContainText(/Error: .*line 14/);
  await expect(preview.getByRole('list', { name: 'Questions found' }).getByRole('listitem')).toHaveCount(4);
  await expect(installed.getByRole('listitem')).toHaveCount(7);

  await preview.getByRole('button', { name: 'Install pack' }).click();
  await expect(packStatus(page)).toHaveText('Installed “Week 3 treaties” with 4 questions.');
  await expect(installed.getByRole('listitem')).toHaveCount(8);

  await page.getByRole('button', { name: 'Play “Week 3 treaties”' }).click();
  await expect(page.locator('.quiz-progress')).toContainText('Week 3 treaties · Question 1 of 4');
  for (let i = 0; i < 4; i++) await answerShown(page);
  await expect(page.getByText('You scored 4 of 4.')).toBeVisible();

  const handIn = page.getByRole('group', { name: 'Hand in your results' });
  await handIn.getByRole('button', { name: 'Download CSV' }).click();
  await expect(handIn.getByText('Enter your name first')).toBeVisible();
  await handIn.getByRole('textbox', { name: 'Your name' }).fill('Ana Petrova');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    handIn.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('week3-results-ana-petrova.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'learner,pack,version,seed,number,questionId,prompt,answer,correctAnswer,score,seconds,answeredAt',
  );
  expect(lines).toHaveLength(5);
  expect(lines.slice(1).every((line) => line.startsWith('Ana Petrova,week3,1,,'))).toBe(true);

  // The pack survives a reload.
  await openPackManager(page);
  await expect(page.getByRole('region', { name: 'Installed packs' }).getByRole('listitem')).toHaveCount(8);

  // Its questions have no region, so it is a stage of its own beside the map's regions.
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  // The finished round comes back as it was left, with its results; from there, back to the map.
  await expect(page.getByRole('region', { name: 'Round complete' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to map' }).click();
  const stage = page
    .getByRole('navigation', { name: 'Regions' })
    .getByRole('button', { name: 'Week 3 treaties, pack, 4 questions' });
  await stage.click();
  await expect(page.locator('.quiz-progress')).toContainText('Week 3 treaties · Question 1 of 4');
});

test('pasted CSV is previewed with its row errors, installed, exported and removed with confirmation', async ({
  page,
}) => {
  await openPackManager(page);
  await page.getByRole('textbox', { name: 'Paste questions' }).fill(CSV_TEXT);
  await page
    .getByRole('combobox', { name: 'Format' })
    .selectOption({ label: 'CSV or TSV with a header row' });
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(
    'pasted text, read as CSV or TSV with a header row: 3 questions, 1 error',
  );
  await expect(preview.getByRole('list', { name: 'Problems found' })).toContainText(/Error: .*line 4/);

  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(packStatus(page)).toHaveText('Nothing was installed.');
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  await preview.getByRole('button', { name: 'Install pack' }).click();
  await expect(packStatus(page)).toHaveText(/^Installed “.+” with 3 questions\.$/);
  const title = /“(.+)”/.exec((await packStatus(page).textContent()) ?? '')?.[1] ?? '';

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export “${title}”` }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
    format: string;
    questions: { prompt: string }[];
  };
  expect(exported.format).toBe('borderlines-pack');
  expect(exported.questions.map((question) => question.prompt)).toEqual([
    'Capital of China?',
    'Capital of Russia?',
    'Capital of Kazakhstan?',
  ]);

  await page.getByRole('button', { name: `Remove “${title}”` }).click();
  const confirm = page.getByRole('group', { name: 'Confirm removal' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('button', { name: `Remove “${title}”` })).toBeFocused();
  await page.getByRole('button', { name: `Remove “${title}”` }).click();
  await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(packStatus(page)).toHaveText(`Removed “${title}”.`);
  await expect(page.getByRole('button', { name: `Remove “${title}”` })).toHaveCount(0);
});

test('an assignment link opens the pack, and every student gets the same questions in the same order', async ({
  browser,
}) => {
  const orders: string[][] = [];
  for (let student = 0; student < 2; student++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('./?pack=/test-packs/week3.gift&mode=quiz&count=3&seed=7');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: 'Preview: Week 3 treaties' })).toBeVisible();
    await preview.getByRole('button', { name: 'Install pack' }).click();
    await expect(page.locator('.quiz-progress')).toContainText('Week 3 treaties · Question 1 of 3');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) order.push(await answerShown(page));
    await expect(page.getByText('Assignment finished')).toBeVisible();
    orders.push(order);
    await context.close();
  }
  expect(orders[1]).toEqual(orders[0]);
});

test('a pack link that fails says why, and the game still works', async ({ page, pageErrors }) => {
  await page.goto('./?pack=/test-packs/missing.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Question packs' })).toBeVisible();
  await expect(packStatus(page)).toContainText('could not be opened');
  await expect(packStatus(page)).toContainText('HTTP 404');
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);
  // The browser itself logs the failed download; that one console error is the point of this test.
  const notFound = pageErrors.filter((error) => error.includes('404'));
  expect(notFound).toHaveLength(1);
  pageErrors.splice(pageErrors.indexOf(notFound[0] ?? ''), 1);
});
