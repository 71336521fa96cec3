import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  answerOne,
  collectPageErrors,
  enterMap,
  expect,
  regionButton,
  regionNames,
  skipTour,
  test,
  waitForMenu,
} from './fixtures';

test('progress survives closing the browser and opening it again', async ({ baseURL }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'borderlines-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      viewport: { width: 1280, height: 800 },
    });
  const europeanRussia = regionNames.get('european-russia') ?? '';
  const errors: string[] = [];
  try {
    const first = await launch();
    await skipTour(first);
    const page = first.pages()[0] ?? (await first.newPage());
    collectPageErrors(page, errors);
    await page.goto('./');
    await waitForMenu(page);
    await page.getByRole('button', { name: 'Sound' }).click();
    await enterMap(page);
    await regionButton(page, europeanRussia).click();
    await answerOne(page, true);
    await expect(page.locator('.quiz-progress')).toContainText('1 point so far');
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    collectPageErrors(again, errors);
    await again.goto('./');
    await waitForMenu(again);
    await expect(again.getByText(/answered 1 question\./)).toBeVisible();
    await expect(again.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
    await enterMap(again);
    await expect(again.locator('.quiz-progress')).toContainText(
      `${europeanRussia} · Question 1 of 5 · 1 point so far`,
    );
    await second.close();
    expect(errors, 'console errors or uncaught exceptions in the page').toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
