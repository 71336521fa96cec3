import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import {
  answerQuestion,
  enterMap,
  escape as escapeText,
  expect,
  neighbours,
  regionButton,
  regionNames,
  test,
  waitForMenu,
  writeProgress,
} from './fixtures';
import { expectSoundLayout, unreachableControls } from './layout';
import { answerShownQuestion } from './testPack';
import { startVersionedHost } from './versionedHost';
import { boot, EUROPEAN_RUSSIA, NORTH_CHINA } from '../support/e2eBoot';
import { animationFrames } from '../support/e2eFrames';

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
    test.slow(); // Over twenty axe audits.
    await boot(page, { testPack: true, screen: 'map' });
    await expectNoSeriousViolations(page, 'the map screen with the region list');

    await regionButton(page, EUROPEAN_RUSSIA).click();
    const audited = new Set<string>();
    for (let round = 0; round < 3 && audited.size < 10; round++) {
      if (round > 0) await page.getByRole('button', { name: 'Play again' }).click();
      // Each step waits for the screen it audits: question n, then its feedback, then the results.
      let next = '';
      for (let question = 1; next !== 'See results'; question++) {
        await expect(page.locator('.quiz-progress')).toContainText(`Question ${question} of `);
        const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
        const type = /^([A-Z]+):/.exec(heading)?.[1] ?? heading;
        if (!audited.has(type)) await expectNoSeriousViolations(page, `a ${type} question`);
        await answerShownQuestion(page, new Set());
        if (!audited.has(type)) await expectNoSeriousViolations(page, `the feedback on a ${type} question`);
        audited.add(type);
        const button = page.getByRole('button', { name: /^(Next question|See results)$/ });
        next = (await button.textContent()) ?? '';
        await button.click();
      }
      await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the round results');
    }
    expect(audited.size, 'every question type was audited').toBe(10);
  });

  test('results with missed questions, flashcards front and back, and stats', async ({ page }) => {
    await boot(page, { screen: 'map' });
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
    await boot(page);
    await page.getByRole('button', { name: 'Question packs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Question packs' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the pack manager');
    await page.getByLabel('Choose a file').setInputFiles('tests/e2e/packs/week3.gift');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('list', { name: 'Problems found' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the pack manager with a preview showing problems');
  });

  test('article editor, empty and with drafts, one opened for editing', async ({ page }) => {
    await boot(page);
    await page.getByRole('button', { name: 'Question packs' }).click();
    await page.getByRole('button', { name: 'New pack from article' }).click();
    const editor = page.getByRole('region', { name: 'New pack from article' });
    await expect(editor.getByRole('heading', { name: 'New pack from article' })).toBeFocused();
    await expectNoSeriousViolations(page, 'the article editor');
    await editor.getByLabel('Headline').fill('Power of Siberia in figures');
    await editor
      .getByLabel('Article text')
      .fill(
        'The Power of Siberia pipeline runs 3,000 km from Yakutia to the Chinese border. It was formally opened in December 2019 by Gazprom.',
      );
    await editor.getByRole('button', { name: 'Draft questions' }).click();
    await expect(editor.getByRole('list', { name: 'Drafts' }).getByRole('listitem').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the article editor with drafts');
    await editor.getByRole('button', { name: 'Edit draft 1' }).click();
    await expectNoSeriousViolations(page, 'the article editor editing a draft');
  });

  test('error notices: a broken question file and unreadable saved progress', async ({ page }) => {
    await page.route(/\/assets\/border-geography-[^/]+\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: '{\n  "format": "borderlines-pack",\n' }),
    );
    await boot(page);
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

/** What has keyboard focus: its tag, and its accessible text, for readable failures. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const node = document.activeElement;
    if (!node || node === document.body) return 'body';
    const text = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${node.tagName.toLowerCase()}: ${text.slice(0, 60)}`;
  });
}

/**
 * Presses Tab up to `limit` times and checks focus never sticks: every press moves it, and it comes back
 * round to where it started (through the browser's own UI, as Tab does), so nothing traps the keyboard.
 * Every element reached shows a visible focus indicator. Returns the elements reached.
 */
async function expectNoKeyboardTrap(page: Page, limit = 120): Promise<string[]> {
  await page.keyboard.press('Tab');
  const first = await focused(page);
  const seen = [first];
  for (let i = 0; i < limit; i++) {
    await expectVisibleFocus(page);
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === first) return seen;
    seen.push(now);
  }
  throw new Error(
    `focus did not come back round after ${limit} presses of Tab: ${seen.slice(-5).join(' | ')}`,
  );
}

/** The focused element (if any control has focus) shows a clear outline, as :focus-visible styles it. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const node = document.activeElement;
    if (!node || node === document.body) return null;
    const style = getComputedStyle(node);
    return {
      what: `${node.tagName} ${node.textContent?.trim().slice(0, 40)}`,
      visible: node.matches(':focus-visible'),
      outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  if (!focus) return;
  expect(focus.visible, `${focus.what} matches :focus-visible`).toBe(true);
  expect(focus.outline, `${focus.what} has a focus outline`).not.toBe('none');
  expect(focus.width, `${focus.what} focus outline width`).toBeGreaterThanOrEqual(2);
}

test.describe('keyboard and focus', () => {
  test('every screen change moves focus to the new panel, and Tab never gets stuck', async ({ page }) => {
    await boot(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Borderlines' })).toBeFocused();
    expect((await expectNoKeyboardTrap(page)).length).toBeGreaterThan(6);

    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Regions' })).toBeFocused();
    await expectNoKeyboardTrap(page);

    await regionButton(page, EUROPEAN_RUSSIA).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-panel')).toBeVisible();
    expect(
      await page.evaluate(() => document.querySelector('.quiz-panel')?.contains(document.activeElement)),
      'focus is in the question',
    ).toBe(true);
    for (let i = 0; i < 5; i++) {
      await answerQuestion(page, true, true);
      await expect(page.locator('.verdict')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: 'Round complete' })).toBeFocused();
    await expectNoKeyboardTrap(page);
    await page.getByRole('button', { name: 'Back to map' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Regions' })).toBeFocused();
    await page.getByRole('button', { name: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Borderlines' })).toBeFocused();

    await page.getByRole('button', { name: /^Flashcards/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.card-front')).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page.locator('.card-front')).toBeFocused();
    await expectNoKeyboardTrap(page);
    await page.getByRole('button', { name: 'Back to menu' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Borderlines' })).toBeFocused();

    await page.getByRole('button', { name: 'Progress and stats' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeFocused();
    await expectNoKeyboardTrap(page);
    await page.getByRole('button', { name: 'Back to menu' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: 'Question packs' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Question packs' })).toBeFocused();
    await expectNoKeyboardTrap(page);
  });

  test('arrow keys walk the region list and the focus ring on the map follows', async ({ page }) => {
    await boot(page, { screen: 'map' });
    const map = page.locator('#game-root');
    const canvas = page.locator('#game-root canvas');
    await expect(map).toHaveAttribute('aria-label', /: 2 open, 0 cleared, \d+ locked\. The region list/);
    const plain = await canvas.screenshot();

    await page.keyboard.press('Tab');
    await expect(regionButton(page, EUROPEAN_RUSSIA)).toBeFocused();
    await expect(map).toHaveAttribute('aria-label', new RegExp(`Highlighted: ${EUROPEAN_RUSSIA}, open\\.`));
    const first = await canvas.screenshot();
    expect(first.equals(plain), 'the focused region is outlined on the map').toBe(false);

    await page.keyboard.press('ArrowDown');
    await expect(regionButton(page, NORTH_CHINA)).toBeFocused();
    await expect(map).toHaveAttribute(
      'aria-label',
      new RegExp(`Highlighted: ${escapeText(NORTH_CHINA)}, open\\.`),
    );
    const second = await canvas.screenshot();
    expect(second.equals(first), 'the ring moved to the next region').toBe(false);

    await page.keyboard.press('End');
    const entries = page.getByRole('navigation', { name: 'Regions' }).locator('button.region-entry');
    await expect(entries.last()).toBeFocused();
    const lastName = ((await entries.last().getAttribute('aria-label')) ?? '').replace(/, locked$/, '');
    await expect(map).toHaveAttribute(
      'aria-label',
      new RegExp(`Highlighted: ${escapeText(lastName)}, locked\\.`),
    );
    await page.keyboard.press('Home');
    await expect(regionButton(page, EUROPEAN_RUSSIA)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(regionButton(page, EUROPEAN_RUSSIA)).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-progress')).toContainText(`${EUROPEAN_RUSSIA} · Question 1 of 5`);
  });
});

test.describe('screen reader announcements', () => {
  test('a round announces each question, each score, the result and the unlocks once each', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      document.addEventListener('DOMContentLoaded', () => {
        const live = document.getElementById('a11y-live');
        if (!live) return;
        new MutationObserver(() => {
          if (live.textContent) said.push(live.textContent);
        }).observe(live, { childList: true, characterData: true, subtree: true });
      });
    });
    const said = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    await boot(page, { screen: 'map' });
    expect(await said(), 'nothing is announced before play').toEqual([]);
    await regionButton(page, EUROPEAN_RUSSIA).click();
    for (let i = 0; i < 5; i++) {
      await answerQuestion(page, true);
      await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    }
    await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to map' }).click();
    const unlocked = (neighbours.get('european-russia') ?? [])
      .filter((id) => id !== 'north-china')
      .map((id) => regionNames.get(id) ?? id);
    await expect.poll(said).toHaveLength(12);
    const messages = await said();
    expect(messages.slice(0, 10)).toEqual([
      'Question 1 of 5.',
      '1 point so far.',
      'Question 2 of 5.',
      '2 points so far.',
      'Question 3 of 5.',
      '3 points so far.',
      'Question 4 of 5.',
      '4 points so far.',
      'Question 5 of 5.',
      '5 points so far.',
    ]);
    expect(messages[10]).toBe(`Round complete: 5 of 5 right. ${EUROPEAN_RUSSIA} is cleared.`);
    expect(messages[11]).toMatch(
      new RegExp(`^${escapeText(EUROPEAN_RUSSIA)} cleared! New regions open: .+\\.$`),
    );
    for (const name of unlocked) expect(messages[11]).toContain(name);
    await expect(page.locator('#game-root')).toHaveAttribute('data-motion', 'still');
    await animationFrames(page, 30);
    expect(await said(), 'nothing more is said while the map is idle').toHaveLength(12);
  });
});

test.describe('motion and text size', () => {
  test('with reduced motion, clearing a region changes the map without an animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await boot(page, { screen: 'map' });
    await regionButton(page, EUROPEAN_RUSSIA).click();
    for (let i = 0; i < 5; i++) {
      await answerQuestion(page, true);
      await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    }
    const frames: { data: string; at: number }[] = [];
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Page.screencastFrame', (frame) => {
      frames.push({ data: frame.data, at: frame.metadata.timestamp ?? 0 });
      void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId });
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    await page.getByRole('button', { name: 'Back to map' }).click();
    // The map has drawn the new statuses once its description counts the cleared region; an animation
    // would then go on changing the picture frame after frame.
    await expect(page.locator('#game-root')).toHaveAttribute('aria-label', /\b1 cleared\b/);
    await animationFrames(page, 60);
    await cdp.send('Page.stopScreencast');
    await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(/, cleared$/);
    // Without motion the page settles in a few composited steps (panel closed, statuses drawn: about 5
    // distinct pictures here); the unlock animation (see mapAndKeyboard.spec.ts) gives over 20.
    expect(new Set(frames.map((frame) => frame.data)).size, 'distinct pictures').toBeLessThan(10);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe(
      'smooth',
    );
  });

  test('text enlarged to 200% loses nothing: no clipping, overlap or sideways scrolling on any screen', async ({
    page,
  }, testInfo) => {
    await boot(page, { testPack: true });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const check = async (step: string) => {
      await expectSoundLayout(page, testInfo, `200% ${step}`);
      expect(await unreachableControls(page), `controls out of reach at 200%, ${step}`).toEqual([]);
    };
    await check('menu');
    await enterMap(page);
    await check('map');
    await regionButton(page, EUROPEAN_RUSSIA).click();
    const seen = new Set<string>();
    for (let round = 0; round < 3 && seen.size < 10; round++) {
      if (round > 0) await page.getByRole('button', { name: 'Play again' }).click();
      while (!(await page.getByRole('heading', { name: 'Round complete' }).isVisible())) {
        const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
        const type = /^([A-Z]+):/.exec(heading)?.[1] ?? heading;
        if (!seen.has(type)) await check(`${type} question`);
        await answerShownQuestion(page, new Set());
        if (!seen.has(type)) await check(`${type} feedback`);
        seen.add(type);
        await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
      }
    }
    expect(seen.size, 'every question type was checked').toBe(10);
    await check('results');
    await page.getByRole('button', { name: 'Back to map' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: /^Flashcards/ }).click();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await check('flashcard back');
    await page.getByRole('button', { name: 'Back to menu' }).click();
    await page.getByRole('button', { name: 'Progress and stats' }).click();
    await check('stats');
    await page.getByRole('button', { name: 'Back to menu' }).click();
    await page.getByRole('button', { name: 'Question packs' }).click();
    await check('pack manager');
  });
});
