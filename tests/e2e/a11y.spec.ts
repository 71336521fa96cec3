import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import {
  answerQuestion,
  enterMap,
  expect,
  openMenu,
  regionButton,
  regionNames,
  test,
  waitForMenu,
  writeProgress,
} from './fixtures';
import { answerShownQuestion, serveTestPack } from './testPack';
import { startVersionedHost } from './versionedHost';

const EUROPEAN_RUSSIA = regionNames.get('european-russia') ?? 'European Russia';

/** The heading that has keyboard focus now (the panel a screen change moved to), by its text. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

test.describe('axe-core audit (WCAG 2.2 AA, serious and critical)', () => {
  test('loading screen, menu, learners panel and study settings', async ({ page }) => {
    let releaseMap = () => {};
    const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
    await page.route(/\/assets\/map-[^/]+\.json$/, async (route) => {
      await mapHeld;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByRole('progressbar', { name: 'Loading' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the loading screen');
    releaseMap();
    await waitForMenu(page);
    await expectNoSeriousViolations(page, 'the menu');

    await page.getByText(/^Learner: /).click();
    await expect(page.getByRole('button', { name: 'Add learner' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the menu with the learners panel open');

    await page.getByText('Study settings').click();
    await expect(page.getByRole('button', { name: /^Save/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'the menu with the study settings open');
  });

  test('map with region list, a question of every type, feedback and results', async ({ page }) => {
    await serveTestPack(page);
    await openMenu(page);
    await enterMap(page);
    await expectNoSeriousViolations(page, 'the map screen with the region list');

    await regionButton(page, EUROPEAN_RUSSIA).click();
    const audited = new Set<string>();
    for (let round = 0; round < 3 && audited.size < 10; round++) {
      if (round > 0) await page.getByRole('button', { name: 'Play again' }).click();
      while (!(await page.getByRole('heading', { name: 'Round complete' }).isVisible())) {
        const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
        const type = /^([A-Z]+):/.exec(heading)?.[1] ?? heading;
        if (!audited.has(type)) await expectNoSeriousViolations(page, `a ${type} question`);
        await answerShownQuestion(page, new Set());
        if (!audited.has(type)) await expectNoSeriousViolations(page, `the feedback on a ${type} question`);
        audited.add(type);
        await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
      }
      await expectNoSeriousViolations(page, 'the round results');
    }
    expect(audited.size, 'every question type was audited').toBe(10);
  });

  test('results with missed questions, flashcards front and back, and stats', async ({ page }) => {
    await openMenu(page);
    await enterMap(page);
    await regionButton(page, EUROPEAN_RUSSIA).click();
    for (let i = 0; i < 5; i++) {
      await answerQuestion(page, i < 2);
      if (i === 4) await expectNoSeriousViolations(page, 'the feedback on a wrong answer');
      await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    }
    await expect(page.getByRole('heading', { name: 'To review' })).toBeVisible();
    await expectNoSeriousViolations(page, 'results of a failed round with questions to review');
    await page.getByRole('button', { name: 'Back to map' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await waitForMenu(page);

    await page.getByRole('button', { name: /^Flashcards/ }).click();
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await expectNoSeriousViolations(page, 'a flashcard, front');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
    await expectNoSeriousViolations(page, 'a flashcard, back');
    await page.getByRole('group', { name: 'How well did you remember?' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Back to menu' }).click();
    await waitForMenu(page);

    await page.getByRole('button', { name: 'Progress and stats' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the stats screen');
  });

  test('pack manager, empty and with a preview showing problems', async ({ page }) => {
    await openMenu(page);
    await page.getByRole('button', { name: 'Question packs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Question packs' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the pack manager');
    await page.getByLabel('Choose a file').setInputFiles('tests/e2e/packs/week3.gift');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('list', { name: 'Problems found' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the pack manager with a preview showing problems');
  });

  test('error notices: a broken question file and unreadable saved progress', async ({ page }) => {
    await page.route(/\/assets\/border-geography-[^/]+\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: '{\n  "format": "borderlines-pack",\n' }),
    );
    await openMenu(page);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Some questions could not be loaded' }),
    ).toBeVisible();
    await expectNoSeriousViolations(page, 'the menu with a broken question file');

    await writeProgress(page, { schemaVersion: 1, regions: { 'european-russia': 'conquered' } });
    await page.reload();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' }),
    ).toBeVisible();
    await expectNoSeriousViolations(page, 'the menu with unreadable saved progress');
    await page.getByRole('button', { name: 'Play without saving' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Progress is not being saved' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the warning banner');
  });

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' });
    test('the update notice', async ({ page }) => {
      const host = await startVersionedHost('/games/borderlines/');
      try {
        await page.goto(host.url);
        await waitForMenu(page);
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          if (navigator.serviceWorker.controller) return;
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
          );
        });
        host.publishNextVersion('\n// next version\n');
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        await expect(page.getByRole('region', { name: 'Update available' }).getByRole('status')).toHaveText(
          /A new version/,
        );
        await expectNoSeriousViolations(page, 'the menu with the update notice');
      } finally {
        await host.close();
      }
    });
  });
});

test.describe('keyboard and focus', () => {
  test('every screen change moves focus to the new panel heading', async ({ page }) => {
    await openMenu(page);
    expect(await focusedText(page)).toBe('Borderlines');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Regions' })).toBeFocused();
    await regionButton(page, EUROPEAN_RUSSIA).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#quiz-heading')).toBeFocused();
  });
});
