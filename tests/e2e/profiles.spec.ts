import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerQuestion, enterMap, expect, regionButton, test, waitForMenu } from './fixtures';
import { EUROPEAN_RUSSIA } from '../support/e2eBoot';

/** Opens the learners panel on the menu. */
async function openLearners(page: Page, name: string): Promise<void> {
  await page.getByText(`Learner: ${name}`).click();
  await expect(page.getByRole('list', { name: 'Learners on this device' })).toBeVisible();
}

/** Answers `count` questions of a European Russia round and returns to the menu. */
async function answerSome(page: Page, count: number): Promise<void> {
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  for (let i = 0; i < count; i++) {
    await answerQuestion(page, true);
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  if (await page.getByRole('heading', { name: 'Round complete' }).isVisible())
    await page.getByRole('button', { name: 'Back to map' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
}

test('learners on a shared computer each keep their own progress; rename and delete ask first', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  await answerSome(page, 2);
  await expect(page.getByText(/answered 2 questions\./)).toBeVisible();

  await openLearners(page, 'Learner 1');
  await page.getByRole('textbox', { name: 'New learner' }).fill('Ana');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await waitForMenu(page);
  await expect(page.getByText('Learner: Ana')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await answerSome(page, 1);

  await openLearners(page, 'Ana');
  await page.getByRole('button', { name: 'Switch to Learner 1' }).click();
  await waitForMenu(page);
  await expect(page.getByText(/answered 2 questions\./)).toBeVisible();

  await openLearners(page, 'Learner 1');
  await page.getByRole('button', { name: 'Rename Learner 1' }).click();
  await page.getByRole('textbox', { name: 'New name for Learner 1' }).fill('Boris');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Learner: Boris')).toBeVisible();

  await page.getByRole('button', { name: 'Delete Ana' }).click();
  const confirm = page.getByRole('group', { name: 'Delete Ana?' });
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByRole('button', { name: 'Delete Ana' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Ana' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete Ana' }).click();
  await expect(page.getByRole('button', { name: 'Switch to Ana' })).toHaveCount(0);
  await expect(page.getByText(/answered 2 questions\./)).toBeVisible();
});

test('a backup exported on one device restores the same progress on another, and restoring twice changes nothing', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  await answerSome(page, 3);
  await openLearners(page, 'Learner 1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up Learner 1’s progress' }).click(),
  ]);
  const backupPath = (await download.path()) ?? '';
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
    format: string;
    progress: { answers: unknown[] };
  };
  expect(backup.format).toBe('borderlines-backup');
  expect(backup.progress.answers).toHaveLength(3);

  const other = await browser.newContext();
  const device = await other.newPage();
  await device.goto('./');
  await waitForMenu(device);
  await openLearners(device, 'Learner 1');
  await device.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(device.getByText(/Backup of Learner 1 from \d{4}-\d\d-\d\d: 3 answers\./)).toBeVisible();
  await device.getByRole('button', { name: 'Add Learner 1 as a learner' }).click();
  await waitForMenu(device);
  await expect(device.getByText(/answered 3 questions\./)).toBeVisible();

  await openLearners(device, 'Learner 1');
  await device.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(device.getByText(/It is already on this device; nothing was changed\./)).toBeVisible();

  await device.getByLabel('Restore from a backup file').setInputFiles({
    name: 'not-a-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "borderlines-pack"}'),
  });
  await expect(device.getByText('not-a-backup.json cannot be restored; nothing was changed:')).toBeVisible();
  await expect(device.getByText(/not a Borderlines backup/)).toBeVisible();
  await other.close();
});
