import { readFileSync } from 'node:fs';
import {
  answerOne,
  enterMap,
  expect,
  readStored,
  regionButton,
  storedKeys,
  test,
  waitForMenu,
  writeProgress,
  readProgress,
  storedAnswerCount,
} from './fixtures';
import { boot, EUROPEAN_RUSSIA } from '../support/e2eBoot';
import { SAVE_SCHEMA_VERSION } from '../../src/core/save/saveData';

test('a broken question file is reported by file and line, the rest still plays, and saved progress is untouched', async ({
  page,
}) => {
  await boot(page, { screen: 'map' });
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerOne(page, true);
  // Saving is asynchronous: wait until the answer is stored before taking the reference copy.
  await expect.poll(() => storedAnswerCount(page)).toBe(1);
  const before = await readProgress(page);
  expect(before).toMatchObject({ schemaVersion: SAVE_SCHEMA_VERSION });

  // border-geography holds no European Russia questions, so the unfinished round can resume.
  await page.route(/\/assets\/border-geography-[^/]+\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{\n  "format": "borderlines-pack",\n  "title": \n}',
    }),
  );
  await page.reload();
  await waitForMenu(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Some questions could not be loaded' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    'questions/border-geography.json, line 4, column 1: not valid JSON: expected a value',
  );
  await expect(notice).toContainText(/The game goes on with the \d+ questions that loaded\./);
  expect(await readProgress(page)).toEqual(before);

  await enterMap(page);
  await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 1 of 5`);
});

test('a missing question file is named in the page and the game goes on', async ({ page, pageErrors }) => {
  await page.route(/\/assets\/arms-military-[^/]+\.json$/, (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await boot(page);
  await expect(page.getByRole('alert')).toContainText(
    'questions/arms-military.json: could not be downloaded (HTTP 404)',
  );
  await enterMap(page);
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, open`);
  // The browser itself logs the failed download; that one console error is the point of this test.
  const notFound = pageErrors.filter((error) => error.includes('404'));
  expect(notFound).toHaveLength(1);
  pageErrors.splice(pageErrors.indexOf(notFound[0] ?? ''), 1);
});

test('a question file that breaks the schema is reported by line and field', async ({ page }) => {
  const brokenPack = {
    format: 'borderlines-pack',
    formatVersion: 1,
    id: 'broken',
    version: 1,
    title: 'Broken',
    author: 'Test',
    license: 'CC0-1.0',
    language: 'en',
    sources: [{ id: 's', title: 'T', outlet: 'O', author: 'A', date: '2024' }],
    questions: [
      {
        id: 'q1',
        type: 'single',
        region: 'european-russia',
        explanation: 'E.',
        source: 's',
        difficulty: 1,
        tags: [],
        choices: [],
      },
    ],
  };
  await page.route(/\/assets\/summits-diplomacy-[^/]+\.json$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(brokenPack, null, 2) }),
  );
  await boot(page);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    'questions/summits-diplomacy.json, line 20, column 5 (questions[0].prompt): "prompt" is missing',
  );
});

test('unreadable saved progress is explained, never overwritten, and can be set aside', async ({ page }) => {
  await boot(page);
  const corrupt = {
    schemaVersion: 1,
    savedAt: 5,
    regions: { 'european-russia': 'conquered' },
    answers: [],
    settings: { muted: false },
    round: null,
  };
  await writeProgress(page, corrupt);
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('saved progress (regions.european-russia):');
  await expect(notice).toContainText('Nothing has been changed or deleted.');
  await expect(page.getByRole('button', { name: /^(Play|Continue)$/ })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'))).toEqual(corrupt);
  await expect(page.getByRole('button', { name: /continue from the last good save/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Play without saving' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Progress is not being saved' })).toBeVisible();
  await enterMap(page);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerOne(page, true);
  expect(await readProgress(page)).toEqual(corrupt);

  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Set it aside and start fresh' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const asideKey = (await storedKeys(page)).find((key) => key.startsWith('unreadable/'));
  expect(asideKey, 'the unreadable data is kept under its own key').toBeDefined();
  expect(await readStored(page, asideKey ?? '')).toEqual(corrupt);
  expect(await readProgress(page)).toMatchObject({ schemaVersion: SAVE_SCHEMA_VERSION, answers: [] });
});

test('a damaged map file gives a clear message instead of a blank page', async ({ page }) => {
  await page.route(/\/assets\/map-[^/]+\.json$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ version: 1, regions: [] }) }),
  );
  await page.goto('./');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The map could not be loaded');
  await expect(notice).toContainText('assets/map.json');
});

test('damaged newest progress can be set aside to continue from the last good save', async ({ page }) => {
  await boot(page, { screen: 'map' });
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await answerOne(page, true);
  await expect.poll(() => storedAnswerCount(page)).toBe(1);
  const good = await readProgress(page);
  await writeProgress(page, { schemaVersion: 2, answers: 'torn' });
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(notice).toContainText('saved progress (answers)');
  await page.getByRole('button', { name: 'Set it aside and continue from the last good save' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(page.getByText(/answered 1 question\./)).toBeVisible();
  expect(await readProgress(page)).toMatchObject({ answers: (good as { answers: unknown[] }).answers });
  const aside = (await storedKeys(page)).filter((key) => key.startsWith('unreadable/'));
  expect(aside).toHaveLength(1);
  expect(await readStored(page, aside[0] ?? '')).toEqual({ schemaVersion: 2, answers: 'torn' });
});
